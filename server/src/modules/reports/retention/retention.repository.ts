import type { RetentionGrouping, RetentionPopulation } from "@otagai/shared/reports/retention";
import { retentionOutcomeTypes } from "@otagai/shared/reports/retention";
import { asc, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { selectRows } from "../../../platform/db/select-rows.ts";
import { programs } from "../../programs/programs.tables.ts";

export type RetentionFilter = {
  groupBy: RetentionGrouping;
  programId: string | null;
  /** Outcomes started on or after April 1st of this year. */
  fromYear: number | null;
  population: RetentionPopulation;
};

/** One work outcome: its group, days in work so far and how that span ended. No names. */
export type RetentionRow = {
  groupKey: string;
  groupLabel: string;
  /** Null: no follow-up done yet (nothing known). */
  days: number | null;
  stopped: boolean;
  stoppedReason: string | null;
};

/** Age at the outcome's start, in bands (a birth date not recorded: "unknown"). */
const ageBand = sql`case
  when p.birth_date is null then 'unknown'
  when extract(year from age(o.started_on, p.birth_date)) < 30 then '15-29'
  when extract(year from age(o.started_on, p.birth_date)) < 40 then '30-39'
  when extract(year from age(o.started_on, p.birth_date)) < 50 then '40-49'
  when extract(year from age(o.started_on, p.birth_date)) < 65 then '50-64'
  else '65+' end`;

const groupColumns: Record<RetentionGrouping, { key: SQL; label: SQL }> = {
  program: { key: sql`c.program_id::text`, label: sql`pr.name` },
  outcomeType: { key: sql`o.outcome_type`, label: sql`o.outcome_type` },
  ageBand: { key: ageBand, label: ageBand },
};

/**
 * Each work outcome in the filter with its span in days: to the first follow-up that found the
 * person no longer working (its stop date, else the follow-up's day) — the event; else to the last
 * follow-up done — censored; null when none is done yet. "After a placement": the same person had a
 * placement that started (not only planned) on or before the outcome's start, in any case.
 */
export function findRetentionRows(db: Database, filter: RetentionFilter): Promise<RetentionRow[]> {
  const group = groupColumns[filter.groupBy];
  const types = sql.join(
    retentionOutcomeTypes.map((type) => sql`${type}`),
    sql`, `,
  );
  return selectRows<RetentionRow>(
    db,
    sql`
    select ${group.key} as "groupKey", ${group.label} as "groupLabel",
      case when stop.on_date is not null then greatest(stop.on_date - o.started_on, 0)
        when last_done.on_date is not null then greatest(last_done.on_date - o.started_on, 0)
      end as "days",
      (stop.on_date is not null) as "stopped",
      stop.reason as "stoppedReason"
    from case_outcomes o
      join cases c on c.id = o.case_id
      join programs pr on pr.id = c.program_id
      join participants p on p.id = c.participant_id
      left join lateral (
        select coalesce(f.stopped_on, f.done_on) as on_date, nullif(btrim(f.stopped_reason), '') as reason
        from case_follow_ups f
        where f.outcome_id = o.id and f.done_on is not null and f.still_working = false
        order by coalesce(f.stopped_on, f.done_on), f.offset_months
        limit 1
      ) stop on true
      left join lateral (
        select max(f.done_on) as on_date from case_follow_ups f
        where f.outcome_id = o.id and f.done_on is not null
      ) last_done on true
    where o.outcome_type in (${types})
      ${filter.programId === null ? sql`` : sql`and c.program_id = ${filter.programId}::uuid`}
      ${filter.fromYear === null ? sql`` : sql`and o.started_on >= make_date(${filter.fromYear}::int, 4, 1)`}
      ${
        filter.population === "all"
          ? sql``
          : sql`and exists (
            select 1 from placements pl join cases pc on pc.id = pl.case_id
            where pc.participant_id = c.participant_id and pl.status <> 'planned'
              and pl.start_on <= o.started_on)`
      }
    order by 1, o.id`,
  );
}

/** The programs to filter by, in code order. */
export function findRetentionPrograms(db: Database): Promise<{ id: string; name: string }[]> {
  return db.select({ id: programs.id, name: programs.name }).from(programs).orderBy(asc(programs.code));
}
