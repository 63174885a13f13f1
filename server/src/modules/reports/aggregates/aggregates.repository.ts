import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { selectRows } from "../../../platform/db/select-rows.ts";

/**
 * The aggregate tables' counts (issue 14), each one GROUP BY in the database: a row key, a column
 * key and a count, nothing else leaves it — no name, no id of a person. A period is two days in
 * Japan, both included; a program of null is every program.
 */
export type Period = { from: string; to: string };
export type CountRow = { rowKey: string; columnKey: string; count: number };

const inProgram = (programId: string | null) =>
  programId === null ? sql`true` : sql`c.program_id = ${programId}::uuid`;
const dateIn = (column: SQL, period: Period) =>
  sql`${column} between ${period.from}::date and ${period.to}::date`;

function countRows(db: Database, query: SQL): Promise<CountRow[]> {
  return selectRows<CountRow>(db, query);
}

/** The programs, in code order: the rows of the program tables (names of programs only). */
export function findPrograms(db: Database) {
  return selectRows<{ id: string; name: string; active: boolean }>(
    db,
    sql`select id::text as id, name, active from programs order by code, id`,
  );
}

/**
 * New intakes (cases whose intake was received in the period) by program and age band, the age on
 * the day of the intake; "unknown" without a birth date. Bands as the participants' filter's.
 */
export function countIntakesByAgeBand(db: Database, period: Period, programId: string | null) {
  return countRows(
    db,
    sql`with aged as (
      select c.program_id, extract(year from age(i.received_on, p.birth_date))::int as age
      from case_intakes i
        join cases c on c.id = i.case_id
        join participants p on p.id = c.participant_id
      where ${inProgram(programId)} and ${dateIn(sql`i.received_on`, period)})
    select program_id::text as "rowKey",
      case when age is null then 'unknown'
        when age < 20 then 'under20' when age < 30 then '20s' when age < 40 then '30s'
        when age < 50 then '40s' when age < 60 then '50s' else '60plus' end as "columnKey",
      count(*)::int as count
    from aged group by 1, 2`,
  );
}

/** Work and other outcomes that started in the period, by program and outcome type. */
export function countOutcomesByType(db: Database, period: Period, programId: string | null) {
  return countRows(
    db,
    sql`select c.program_id::text as "rowKey", o.outcome_type as "columnKey", count(*)::int as count
    from case_outcomes o join cases c on c.id = o.case_id
    where ${inProgram(programId)} and ${dateIn(sql`o.started_on`, period)}
    group by 1, 2`,
  );
}

/**
 * The desk's consultations in the period by concern topic (one count under each topic named) and
 * area as recorded (trimmed; "" when none). The desk serves everybody, not a program.
 */
export function countConsultationsByTopicAndArea(db: Database, period: Period) {
  return countRows(
    db,
    sql`select topic as "rowKey", btrim(area) as "columnKey", count(*)::int as count
    from consultations, unnest(concern_topics) as topic
    where consulted_at >= (${period.from}::date::timestamp at time zone 'Asia/Tokyo')
      and consulted_at < ((${period.to}::date + 1)::timestamp at time zone 'Asia/Tokyo')
    group by 1, 2`,
  );
}

/** Placements that started in the period (a planned one has not), by program and month. */
export function countPlacementsByMonth(db: Database, period: Period, programId: string | null) {
  return countRows(
    db,
    sql`select c.program_id::text as "rowKey", to_char(pl.start_on, 'YYYY-MM') as "columnKey",
      count(*)::int as count
    from placements pl join cases c on c.id = pl.case_id
    where ${inProgram(programId)} and ${dateIn(sql`pl.start_on`, period)} and pl.status <> 'planned'
    group by 1, 2`,
  );
}
