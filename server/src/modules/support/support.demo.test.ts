import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions, todayInJapan } from "../../platform/demo-data.ts";
import { addDays } from "../../test/scale/dates.ts";
import { useTestApp } from "../../test/test-app.ts";
import { programsDemoContribution } from "../programs/programs.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../users/users.demo.ts";
import { demoCollectiveStartedDaysAgo, outcomesDemoContribution } from "./outcomes/outcomes.demo.ts";
import { outcomeTodayKinds } from "./outcomes/outcomes.today.ts";
import { supportDemoContribution, supportDemoSizes } from "./support.demo.ts";
import { workplacesDemoContribution } from "./workplaces/workplaces.demo.ts";

// The support area's demo data: realistic people and cases at every step, and work on the demo
// coordinator's "today" list.

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
    [
      programsDemoContribution,
      demoAccountsContribution(accounts),
      supportDemoContribution,
      workplacesDemoContribution,
      outcomesDemoContribution,
    ],
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

describe("the outcomes' demo data", () => {
  it("holds a worker-collective membership of about a month, with income before and after, and a part-time job of four months", async () => {
    const outcomes = await rows<{
      outcome_type: string;
      started_on: string;
      workplace: string | null;
      income_before_yen: number | null;
      income_after_yen: number | null;
      done: number;
      still_working: number;
      scheduled: number;
      lead: string | null;
      code: string;
    }>(sql`
      select o.outcome_type, o.started_on::text as started_on, w.name as workplace,
             o.income_before_yen, o.income_after_yen, p.code, u.email as lead,
             (select count(*)::int from case_follow_ups f where f.outcome_id = o.id) as scheduled,
             (select count(*)::int from case_follow_ups f where f.outcome_id = o.id and f.done_on is not null) as done,
             (select count(*)::int from case_follow_ups f where f.outcome_id = o.id and f.still_working) as still_working
      from case_outcomes o join cases c on c.id = o.case_id join programs p on p.id = c.program_id
      left join users u on u.id = c.lead_coordinator_id
      left join partner_workplaces w on w.id = o.workplace_id
      where c.opened_on <= o.started_on
      order by o.started_on desc`);
    expect(outcomes).toHaveLength(2);
    const [collective, partTime] = outcomes;
    expect(collective).toMatchObject({
      outcome_type: "collective_member",
      started_on: addDays(today, -demoCollectiveStartedDaysAgo),
      workplace: "ワーカーズ・コレクティブ 菜の花キッチン",
      scheduled: 4,
      done: 0,
      lead: "coordinator@demo.otagai.example",
    });
    expect(collective?.income_after_yen).toBeGreaterThan(collective?.income_before_yen ?? 0);
    expect(partTime).toMatchObject({ outcome_type: "part_time", scheduled: 4, done: 2, still_working: 2 });
    expect(["yokohama-readiness", "zama-readiness"]).toContain(partTime?.code);
    const [future] = await rows<{ n: number }>(sql`
      select count(*)::int as n from case_follow_ups where done_on > ${today}::date`);
    expect(future?.n).toBe(0);
  });

  it("puts the 1-month follow-up on the demo coordinator's today list, due within days", async () => {
    const coordinator = await t.loginWith("coordinator@demo.otagai.example", password);
    const response = await t.request({ method: "GET", url: "/api/today", session: coordinator });
    expect(response.statusCode, response.body).toBe(200);
    const group = (
      response.json().groups as {
        kind: string;
        items: { dueOn: string; mine: boolean; params: Record<string, string> }[];
      }[]
    ).find((candidate) => candidate.kind === outcomeTodayKinds.followUpDue);
    expect(group?.items).toHaveLength(1);
    expect(group?.items[0]).toMatchObject({ mine: true, params: { months: "1" } });
    const dueOn = group?.items[0]?.dueOn ?? "";
    expect(dueOn >= today && dueOn <= addDays(today, 7)).toBe(true);
  });
});
