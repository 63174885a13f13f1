import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../platform/demo-data.ts";
import { useTestApp } from "../../test/test-app.ts";
import { programsDemoContribution } from "../programs/programs.demo.ts";
import { supportDemoContribution } from "../support/support.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../users/users.demo.ts";
import {
  consultationsDemoContribution,
  demoConsultations,
  demoNextActionsDue,
} from "./consultations.demo.ts";
import { consultationTodayKinds } from "./consultations.today.ts";

const t = useTestApp();
const password = "demo-password-for-tests-1";

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

beforeAll(async () => {
  const accounts = await prepareDemoAccounts(password);
  const loaded = await loadDemoContributions(
    t.database.db,
    [
      programsDemoContribution,
      demoAccountsContribution(accounts),
      supportDemoContribution,
      consultationsDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the consultation desk's demo data", () => {
  it("holds twelve consultations over three months, every category and channel, each kind of person", async () => {
    const [counts] = await rows<Record<string, number>>(sql`
      select count(*)::int as consultations,
             count(distinct category_id)::int as categories,
             count(distinct channel)::int as channels,
             count(*) filter (where person_kind = 'participant')::int as participants,
             count(*) filter (where person_kind = 'new_person')::int as new_persons,
             count(*) filter (where person_kind = 'anonymous')::int as anonymous,
             count(*) filter (where consulted_at < now() - interval '92 days')::int as older,
             count(*) filter (where person_kind <> 'anonymous' and search_key = '')::int as unkeyed
        from consultations`);
    expect(counts).toEqual({
      consultations: demoConsultations.length,
      categories: 6,
      channels: 5,
      participants: 3,
      new_persons: 6,
      anonymous: 3,
      older: 0,
      unkeyed: 0,
    });
    expect(demoConsultations).toHaveLength(12);
  });

  it("shows the demo consultant the next actions due this week, as theirs", async () => {
    const consultant = await t.loginWith("consultant@demo.otagai.example", password);
    const response = await t.request({ method: "GET", url: "/api/today", session: consultant });
    expect(response.statusCode, response.body).toBe(200);
    const group = (response.json().groups as { kind: string; items: { mine: boolean }[] }[]).find(
      (candidate) => candidate.kind === consultationTodayKinds.nextActionDue,
    );
    expect(group?.items).toHaveLength(demoNextActionsDue);
    expect(group?.items.every((item) => item.mine)).toBe(true);
  });

  it("finds a demo new person by kana through the list", async () => {
    const consultant = await t.loginWith("consultant@demo.otagai.example", password);
    const response = await t.request({
      method: "GET",
      url: "/api/consultations?q=まつだ",
      session: consultant,
    });
    expect(response.json().items.map((item: { personName: string }) => item.personName)).toEqual([
      "松田 恵子",
    ]);
  });
});
