import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { supportDemoContribution } from "../../support/support.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { consultationsDemoContribution } from "../consultations.demo.ts";
import { referralsDemoContribution } from "./referrals.demo.ts";
import { referralTodayKinds } from "./referrals.today.ts";

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
      referralsDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the referral desk's demo data", () => {
  it("holds eight agencies of every kind, three advisors on contract, three referrals (one shared on a consent)", async () => {
    const [counts] = await rows<Record<string, number>>(sql`
      select (select count(*)::int from agencies) as agencies,
             (select count(distinct kind)::int from agencies) as kinds,
             (select count(*)::int from advisors) as advisors,
             (select count(*)::int from referrals) as referrals,
             (select count(*)::int from referrals r join consents c on c.id = r.consent_id
               where r.personal_data_shared and btrim(c.agency) = (select name from agencies a where a.id = r.agency_id)
                 and c.purpose = r.purpose) as shared,
             (select count(*)::int from referrals where advisor_id is not null) as escalations`);
    expect(counts).toEqual({ agencies: 8, kinds: 8, advisors: 3, referrals: 3, shared: 1, escalations: 1 });
  });

  it("puts the escalation that has not moved on the desk's today list", async () => {
    const consultant = await t.loginAs("consultant");
    const response = await t.request({ method: "GET", url: "/api/today", session: consultant });
    const groups = response.json().groups as { kind: string; items: unknown[] }[];
    expect(groups.find((group) => group.kind === referralTodayKinds.stale)?.items).toHaveLength(1);
    expect(groups.find((group) => group.kind === referralTodayKinds.followUpDue)?.items).toHaveLength(1);
  });
});
