import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions, todayInJapan } from "../../../platform/demo-data.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { outcomesDemoContribution } from "../outcomes/outcomes.demo.ts";
import { supportDemoContribution } from "../support.demo.ts";
import { workplacesDemoContribution } from "../workplaces/workplaces.demo.ts";
import { addDays } from "./placement-calendar.ts";
import {
  demoOngoingStartedDaysAgo,
  demoPlacementWorkplaces,
  demoPlannedStartsInDays,
  placementsDemoContribution,
} from "./placements.demo.ts";

// The placements' demo data: one ongoing, one planned and one completed placement, attendance and
// evaluations, and the demo partner account at the ongoing placement's workplace.

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
      placementsDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

type PlacementFacts = {
  status: string;
  workplace: string;
  startOn: string;
  caseStatus: string;
  attendance: number;
  absent: number;
  absentWithoutReason: number;
  late: number;
  evaluations: number;
  lastDay: string | null;
};

async function placementFacts(): Promise<PlacementFacts[]> {
  return rows<PlacementFacts>(sql`
    select p.status, w.name as workplace, p.start_on::text as "startOn", c.status as "caseStatus",
           (select count(*)::int from placement_attendance a where a.placement_id = p.id) as attendance,
           (select count(*)::int from placement_attendance a where a.placement_id = p.id and a.status = 'absent') as absent,
           (select count(*)::int from placement_attendance a
             where a.placement_id = p.id and a.status = 'absent' and a.absence_reason = '') as "absentWithoutReason",
           (select count(*)::int from placement_attendance a where a.placement_id = p.id and a.status = 'late') as late,
           (select count(*)::int from placement_evaluations e where e.placement_id = p.id) as evaluations,
           (select max(day)::text from placement_attendance a where a.placement_id = p.id) as "lastDay"
      from placements p
      join partner_workplaces w on w.id = p.workplace_id
      join cases c on c.id = p.case_id
     order by p.start_on`);
}

describe("the placements' demo data", () => {
  it("holds one completed, one ongoing and one planned placement at demo workplaces, of different people", async () => {
    const facts = await placementFacts();
    expect(facts.map(({ status, workplace }) => [status, workplace])).toEqual([
      ["completed", demoPlacementWorkplaces.completed],
      ["ongoing", demoPlacementWorkplaces.ongoing],
      ["planned", demoPlacementWorkplaces.planned],
    ]);
    expect(facts[1]?.startOn).toBe(addDays(today, -demoOngoingStartedDaysAgo));
    expect(facts[2]?.startOn).toBe(addDays(today, demoPlannedStartsInDays));
    expect(facts[1]?.caseStatus).toBe("active");
    const [people] = await rows<{ count: number }>(
      sql`select count(distinct c.participant_id)::int as count from placements p join cases c on c.id = p.case_id`,
    );
    expect(people?.count).toBe(3);
  });

  it("places the ongoing one at a workplace certified today", async () => {
    const [row] = await rows<{ certified: boolean }>(sql`
      select exists (select 1 from workplace_certifications wc
                      where wc.workplace_id = p.workplace_id
                        and wc.valid_from <= ${today} and wc.valid_until >= ${today}) as certified
        from placements p where p.status = 'ongoing'`);
    expect(row?.certified).toBe(true);
  });

  it("has attendance for the ongoing (up to yesterday) and completed ones, mostly present, absences with reasons", async () => {
    const [completed, ongoing, planned] = await placementFacts();
    for (const placement of [completed, ongoing]) {
      expect(placement?.attendance).toBeGreaterThan(20);
      expect(placement?.absent).toBeGreaterThan(0);
      expect(placement?.late).toBeGreaterThan(0);
      expect(placement?.absentWithoutReason).toBe(0);
      expect((placement?.absent ?? 0) + (placement?.late ?? 0)).toBeLessThan(
        (placement?.attendance ?? 0) / 4,
      );
    }
    expect(ongoing?.lastDay && ongoing.lastDay < today).toBe(true);
    expect(planned?.attendance).toBe(0);
  });

  it("has both sides' evaluations of every finished term, none in the future", async () => {
    const [completed, ongoing, planned] = await placementFacts();
    expect(completed?.evaluations).toBe(4);
    expect(ongoing?.evaluations).toBe(2);
    expect(planned?.evaluations).toBe(0);
    const [future] = await rows<{ count: number }>(
      sql`select count(*)::int as count from placement_evaluations where evaluated_on > ${today}`,
    );
    expect(future?.count).toBe(0);
  });

  it("makes the demo partner account belong to the ongoing placement's workplace", async () => {
    const partners = await rows<{ email: string; workplace: string | null }>(sql`
      select u.email, w.name as workplace from users u
        left join partner_workplaces w on w.id = u.workplace_id
       where u.role = 'partner'`);
    expect(partners).toEqual([
      { email: "partner@demo.otagai.example", workplace: demoPlacementWorkplaces.ongoing },
    ]);
  });

  it("shows the demo coordinator the ongoing placement's workplace with one place fewer free", async () => {
    const coordinator = await t.loginWith("coordinator@demo.otagai.example", password);
    const response = await t.request({
      method: "GET",
      url: `/api/workplaces?q=${encodeURIComponent("菜の花")}`,
      session: coordinator,
    });
    expect(response.statusCode, response.body).toBe(200);
    const [kitchen] = response.json().items;
    expect(kitchen).toMatchObject({ traineeCapacity: 3, freeCapacity: 2 });
  });
});
