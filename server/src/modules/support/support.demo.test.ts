import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions, todayInJapan } from "../../platform/demo-data.ts";
import { addDays } from "../../test/scale/dates.ts";
import { useTestApp } from "../../test/test-app.ts";
import { programsDemoContribution } from "../programs/programs.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../users/users.demo.ts";
import { supportDemoContribution, supportDemoSizes } from "./support.demo.ts";

// The support area's demo data: realistic people and cases at every step, and work on the demo
// coordinator's "today" list.

const t = useTestApp();
const today = todayInJapan();

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

beforeAll(async () => {
  const accounts = await prepareDemoAccounts("demo-password-for-tests-1");
  const loaded = await loadDemoContributions(
    t.database.db,
    [programsDemoContribution, demoAccountsContribution(accounts), supportDemoContribution],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the support demo data", () => {
  it("holds about sixty participants with consents, some sensitive sections, cases at every step and activities", async () => {
    const [counts] = await rows<Record<string, number>>(sql`
      select (select count(*)::int from participants) as participants,
             (select count(*)::int from consents) as consents,
             (select count(*)::int from participant_sensitive) as sensitive,
             (select count(*)::int from cases) as cases,
             (select count(*)::int from activities) as activities,
             (select count(distinct status)::int from cases) as statuses`);
    expect(counts).toMatchObject({
      participants: supportDemoSizes.participants,
      cases: supportDemoSizes.cases,
      activities: supportDemoSizes.activities,
      statuses: 7,
    });
    expect(counts?.consents).toBeGreaterThan(30);
    expect(counts?.sensitive).toBeGreaterThan(3);
  });

  it("gives the demo coordinator the cases of their two programs, with work due today", async () => {
    const cases = await rows<{
      code: string;
      status: string;
      received_on: string | null;
      review_on: string | null;
    }>(sql`
      select p.code, c.status, i.received_on::text as received_on,
             (select max(review_on)::text from support_plans sp where sp.case_id = c.id) as review_on
      from cases c join programs p on p.id = c.program_id
      join users u on u.id = c.lead_coordinator_id left join case_intakes i on i.case_id = c.id
      where u.email = 'coordinator@demo.otagai.example'`);
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(["yokohama-readiness", "zama-readiness"]));
    // An intake waiting for its assessment for two weeks or more.
    expect(
      cases.some((c) => c.status === "intake" && c.received_on && c.received_on <= addDays(today, -14)),
    ).toBe(true);
    expect(cases.some((c) => c.status === "conference")).toBe(true);
    // An active case whose plan is due for review within a week (or overdue).
    expect(cases.some((c) => c.status === "active" && c.review_on && c.review_on <= addDays(today, 7))).toBe(
      true,
    );
    const [others] = await rows<{ n: number }>(sql`
      select count(*)::int as n from cases c join programs p on p.id = c.program_id
      where p.code not in ('yokohama-readiness', 'zama-readiness')
        and c.lead_coordinator_id = (select id from users where email = 'coordinator@demo.otagai.example')`);
    expect(others?.n).toBe(0);
  });

  it("dates nothing after today", async () => {
    const [future] = await rows<{ n: number }>(sql`
      select (select count(*)::int from cases where opened_on > ${today}::date or closed_on > ${today}::date)
           + (select count(*)::int from support_plans where made_on > ${today}::date) as n`);
    expect(future?.n).toBe(0);
  });
});
