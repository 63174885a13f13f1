import { certificationReminderDays } from "@otagai/shared/support/workplaces";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions, todayInJapan } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { demoWorkplaces, workplacesDemoContribution } from "./workplaces.demo.ts";
import { workplaceTodayKinds } from "./workplaces.today.ts";

const t = useTestApp();
const today = todayInJapan();
const password = "demo-password-for-tests-1";

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

beforeAll(async () => {
  const accounts = await prepareDemoAccounts(password);
  const loaded = await loadDemoContributions(
    t.database.db,
    [programsDemoContribution, demoAccountsContribution(accounts), workplacesDemoContribution],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the partner workplaces' demo data", () => {
  it("holds eight workplaces with search keys, one paused, three of them certified", async () => {
    const [counts] = await rows<Record<string, number>>(sql`
      select (select count(*)::int from partner_workplaces) as workplaces,
             (select count(*)::int from partner_workplaces where status = 'paused') as paused,
             (select count(*)::int from partner_workplaces where reading_key = '' or search_key = '') as unkeyed,
             (select count(distinct workplace_id)::int from workplace_certifications) as certified`);
    expect(counts).toEqual({ workplaces: demoWorkplaces.length, paused: 1, unkeyed: 0, certified: 3 });
    expect(demoWorkplaces).toHaveLength(8);
  });

  it("shows the demo coordinator the certification that ends within 60 days", async () => {
    const coordinator = await t.loginWith("coordinator@demo.otagai.example", password);
    const response = await t.request({ method: "GET", url: "/api/today", session: coordinator });
    expect(response.statusCode, response.body).toBe(200);
    const group = (response.json().groups as { kind: string; items: { dueOn: string }[] }[]).find(
      (candidate) => candidate.kind === workplaceTodayKinds.certificationExpiring,
    );
    expect(group?.items).toHaveLength(1);
    const dueOn = group?.items[0]?.dueOn ?? "";
    expect(dueOn > today && dueOn <= addDays(today, certificationReminderDays)).toBe(true);
  });

  it("finds a demo workplace by kana through the list", async () => {
    const coordinator = await t.loginWith("coordinator@demo.otagai.example", password);
    const response = await t.request({
      method: "GET",
      url: "/api/workplaces?q=ひだまり",
      session: coordinator,
    });
    expect(response.json().items.map((item: { name: string }) => item.name)).toEqual([
      "ワーカーズ・コレクティブ 陽だまり",
    ]);
  });
});
