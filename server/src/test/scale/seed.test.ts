import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { participantKeysOf } from "../../modules/support/participants/participant-keys.ts";
import type { DatabaseHandle } from "../../platform/db/client.ts";
import { openTestDatabase } from "../database.ts";
import { countScaleRecords, seedScaleData } from "./seed.ts";
import { generatorSettings } from "./settings.ts";

// The scale seed, small: it writes what it says, a second run of the same size adds nothing, a
// bigger one adds only the difference, and every row is consistent with the app's rules.

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

const settings = generatorSettings({ today: "2026-11-27" });

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe("seedScaleData", () => {
  it("fills participants, cases and activities, then adds nothing for the same size", {
    timeout: 120_000,
  }, async () => {
    const sizes = { participants: 200, cases: 300, activities: 2000, workplaces: 20, placements: 60 };
    const first = await seedScaleData(database.db, settings, sizes, {
      batchSize: 64,
      activityBatchSize: 500,
    });
    expect(first.before).toEqual({ participants: 0, cases: 0, activities: 0, workplaces: 0, placements: 0 });
    expect(first.after).toEqual(sizes);
    const again = await seedScaleData(database.db, settings, sizes);
    expect(again.after).toEqual(sizes);
    const [runs] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'import' and actor_email = 'seed:scale (command line)'`,
    );
    expect(runs?.n).toBe(1);
  });

  it("adds only the difference for a bigger size", { timeout: 120_000 }, async () => {
    const bigger = { participants: 260, cases: 390, activities: 2600, workplaces: 25, placements: 80 };
    const result = await seedScaleData(database.db, settings, bigger, {
      batchSize: 64,
      activityBatchSize: 500,
    });
    expect(result.before).toEqual({
      participants: 200,
      cases: 300,
      activities: 2000,
      workplaces: 20,
      placements: 60,
    });
    expect(result.after).toEqual(bigger);
    expect(await countScaleRecords(database.db)).toEqual(bigger);
  });

  it("stores the derived search keys participantKeysOf gives", async () => {
    const stored = await rows<{
      family_name: string;
      given_name: string;
      family_name_kana: string;
      given_name_kana: string;
      phone: string;
      search_key: string;
      reading_key: string;
      bigram_keys: string[];
      phone_normalized: string;
    }>(sql`select family_name, given_name, family_name_kana, given_name_kana, phone, search_key, reading_key,
             bigram_keys, phone_normalized from participants`);
    expect(stored.length).toBe(260);
    for (const row of stored) {
      const keys = participantKeysOf({
        familyName: row.family_name,
        givenName: row.given_name,
        familyNameKana: row.family_name_kana,
        givenNameKana: row.given_name_kana,
        phone: row.phone,
      });
      expect({
        searchKey: row.search_key,
        readingKey: row.reading_key,
        bigramKeys: row.bigram_keys,
        phoneNormalized: row.phone_normalized,
      }).toEqual(keys);
    }
  });

  it("keeps every row consistent: leads limited to the case's program, activities on the case's person within its life", async () => {
    const [wrongLead] = await rows<{ n: number }>(sql`
      select count(*)::int as n from cases c
      where c.lead_coordinator_id is null
         or not exists (select 1 from user_programs up where up.user_id = c.lead_coordinator_id and up.program_id = c.program_id)`);
    expect(wrongLead?.n).toBe(0);
    const [strayActivity] = await rows<{ n: number }>(sql`
      select count(*)::int as n from activities a join cases c on c.id = a.case_id
      where a.participant_id <> c.participant_id
         or (a.occurred_at at time zone 'Asia/Tokyo')::date < c.opened_on
         or (a.occurred_at at time zone 'Asia/Tokyo')::date > coalesce(c.closed_on, date '2026-11-27')`);
    expect(strayActivity?.n).toBe(0);
    const statuses = await rows<{ status: string }>(sql`select distinct status from cases order by status`);
    expect(statuses.map((row) => row.status)).toEqual([
      "active",
      "assessment",
      "closed",
      "conference",
      "evaluation",
      "intake",
      "plan",
    ]);
    const [steps] = await rows<{ closures: number; closed: number; activeWithoutApproval: number }>(sql`
      select (select count(*)::int from case_closures) as closures,
             (select count(*)::int from cases where status = 'closed') as closed,
             (select count(*)::int from cases c where status = 'active' and not exists (
                select 1 from case_conferences cc where cc.case_id = c.id and cc.decision = 'approved')) as "activeWithoutApproval"`);
    expect(steps?.closures).toBe(steps?.closed);
    expect(steps?.activeWithoutApproval).toBe(0);
  });

  it("adds no placements past the cases that went active, and nothing on a second run", {
    timeout: 120_000,
  }, async () => {
    const many = { participants: 260, cases: 390, activities: 2600, workplaces: 25, placements: 10_000 };
    const first = await seedScaleData(database.db, settings, many);
    expect(first.after.placements).toBeGreaterThan(80);
    expect(first.after.placements).toBeLessThan(260);
    const again = await seedScaleData(database.db, settings, many);
    expect(again.after).toEqual(first.after);
    expect(again.after).toBe(again.before);
  });

  it("keeps placements consistent: on an active case's person, never overlapping, attendance inside the period", async () => {
    const [counts] = await rows<Record<string, number>>(sql`
      select (select count(*)::int from partner_workplaces) as workplaces,
             (select count(*)::int from workplace_certifications) as certifications,
             (select count(*)::int from placement_attendance) as attendance,
             (select count(*)::int from placement_evaluations) as evaluations,
             (select count(*)::int from case_outcomes) as outcomes,
             (select count(*)::int from case_follow_ups) as "followUps"`);
    expect(counts?.workplaces).toBe(25);
    for (const table of ["certifications", "attendance", "evaluations", "outcomes", "followUps"])
      expect(counts?.[table], table).toBeGreaterThan(0);
    const statuses = await rows<{ status: string }>(
      sql`select distinct status from placements order by status`,
    );
    expect(statuses.map((row) => row.status)).toEqual(
      expect.arrayContaining(["completed", "ended_early", "ongoing"]),
    );
    const [overlaps] = await rows<{ n: number }>(sql`
      select count(*)::int as n from placements a join cases ca on ca.id = a.case_id
      join placements b on b.id <> a.id join cases cb on cb.id = b.case_id and cb.participant_id = ca.participant_id
      where a.start_on <= coalesce(b.ended_on, b.end_on) and b.start_on <= coalesce(a.ended_on, a.end_on)`);
    expect(overlaps?.n).toBe(0);
    const [stray] = await rows<{
      attendance: number;
      evaluations: number;
      periods: number;
      cases: number;
    }>(sql`
      select (select count(*)::int from placement_attendance pa join placements p on p.id = pa.placement_id
                where pa.day < p.start_on or pa.day > coalesce(p.ended_on, p.end_on) or pa.day >= date '2026-11-27'
                   or not (to_char(pa.day, 'dy') = any (p.work_days))
                   or (pa.status = 'absent') <> (pa.absence_reason <> '')
                   or (pa.status = 'absent') <> (pa.hours is null)) as attendance,
             (select count(*)::int from placement_evaluations e join placements p on p.id = e.placement_id
                where e.term > p.term_count or e.evaluated_on < p.start_on) as evaluations,
             (select count(*)::int from placements p
                where p.end_on <> (p.start_on + make_interval(months => p.term_count * p.term_months))::date - 1
                   or (p.status = 'ended_early') <> (p.ended_on is not null)
                   or (p.status = 'planned' and p.start_on <= date '2026-11-27')
                   or (p.status = 'ongoing' and p.end_on < date '2026-11-27')) as periods,
             (select count(*)::int from placements p join cases c on c.id = p.case_id
                where p.start_on < c.opened_on or p.start_on > coalesce(c.closed_on, p.start_on)
                   or not exists (select 1 from case_transitions t where t.case_id = c.id and t.to_status = 'active')
                   or p.coordinator_id is distinct from c.lead_coordinator_id) as cases`);
    expect(stray).toEqual({ attendance: 0, evaluations: 0, periods: 0, cases: 0 });
    // Certified training only at a workplace certified for the type on the first day.
    const [uncertified] = await rows<{ n: number }>(sql`
      select count(*)::int as n from placements p join cases c on c.id = p.case_id
      join programs pr on pr.id = c.program_id and pr.code = 'yokohama-certified-training'
      where not exists (select 1 from workplace_certifications wc where wc.workplace_id = p.workplace_id
        and p.employment_type = any (wc.employment_types) and p.start_on between wc.valid_from and wc.valid_until)`);
    expect(uncertified?.n).toBe(0);
    // Follow-ups only for work outcomes, four each, and nothing done before it was due by much.
    const [followUps] = await rows<{ wrong: number }>(sql`
      select count(*)::int as wrong from case_outcomes o
      where (o.outcome_type in ('general_employment', 'part_time', 'collective_member'))
        <> ((select count(*) from case_follow_ups f where f.outcome_id = o.id) = 4)`);
    expect(followUps?.wrong).toBe(0);
  });
});
