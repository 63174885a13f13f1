import type { ContractIndicator } from "@otagai/shared/reports/indicators";
import { type SQL, sql } from "drizzle-orm";

/**
 * The indicators, defined once (issue 14). Each is one SQL query listing the records behind it, one
 * row per record (and per month for spans such as an open case), in the same columns:
 *
 *   part, participant_id, case_id, record_kind, record_id, on_date, amount
 *
 * `on_date` is the day the record counts on, a date in Japan (a timestamp is converted with
 * Asia/Tokyo), so months and fiscal years split where they do in Japan. The figures group these rows
 * by month (indicators.repository.ts) and the drill-down lists them: one query, so the figure and
 * the list cannot disagree. Plain-language definitions: the reports catalogs.
 */
export type ReportScope = {
  /** One program, or null: every program (the association's overview). */
  programId: string | null;
  /** One funding stream (counted apart), or null: the whole program. */
  fundingStreamId: string | null;
};
/** Two days in Japan, both included. */
export type Period = { from: string; to: string };

type RowsQuery = (scope: ReportScope, period: Period) => SQL;

/** The program's (and stream's) cases, as `c`; every case for the association's figures. */
const caseInScope = (scope: ReportScope) =>
  sql`${scope.programId === null ? sql`true` : sql`c.program_id = ${scope.programId}::uuid`}
    ${scope.fundingStreamId === null ? sql`` : sql`and c.funding_stream_id = ${scope.fundingStreamId}::uuid`}`;

const dateIn = (column: SQL, period: Period) =>
  sql`${column} between ${period.from}::date and ${period.to}::date`;

/** Outcomes that are work: general employment, a worker-collective member, part-time work. */
const workOutcome = sql`o.outcome_type in ('general_employment', 'collective_member', 'part_time')`;
const raisedIncome = sql`(o.income_after_yen is not null and o.income_after_yen > coalesce(o.income_before_yen, 0))`;
/** A plan with a goal in the work area (就労自立). */
const workGoal = sql`sp.goals @> '[{"area":"work"}]'::jsonb`;

/** Plans with a work goal made in the period: 就労支援対象者 (one row per plan). */
const workPlanRows = (part: string, scope: ReportScope, period: Period) => sql`
  select ${part}::text as part, c.participant_id, c.id as case_id, 'plan'::text as record_kind,
    sp.id::text as record_id, sp.made_on as on_date, 1::numeric as amount
  from support_plans sp join cases c on c.id = sp.case_id
  where ${caseInScope(scope)} and ${dateIn(sql`sp.made_on`, period)} and ${workGoal}`;

const outcomeRows = (part: SQL, condition: SQL, scope: ReportScope, period: Period) => sql`
  select ${part} as part, c.participant_id, c.id as case_id, 'outcome'::text as record_kind,
    o.id::text as record_id, o.started_on as on_date, 1::numeric as amount
  from case_outcomes o join cases c on c.id = o.case_id
  where ${caseInScope(scope)} and ${dateIn(sql`o.started_on`, period)} and ${condition}`;

export const indicatorRows: Record<ContractIndicator, RowsQuery> = {
  // 新規相談受付件数: cases whose intake was received in the period.
  newIntakes: (scope, period) => sql`
    select 'intakes'::text as part, c.participant_id, c.id as case_id, 'case'::text as record_kind,
      c.id::text as record_id, i.received_on as on_date, 1::numeric as amount
    from case_intakes i join cases c on c.id = i.case_id
    where ${caseInScope(scope)} and ${dateIn(sql`i.received_on`, period)}`,

  // プラン作成件数: first plans made in the period (a re-plan is not a new plan).
  plansMade: (scope, period) => sql`
    select 'plans'::text as part, c.participant_id, c.id as case_id, 'plan'::text as record_kind,
      sp.id::text as record_id, sp.made_on as on_date, 1::numeric as amount
    from support_plans sp join cases c on c.id = sp.case_id
    where ${caseInScope(scope)} and ${dateIn(sql`sp.made_on`, period)} and sp.plan_number = 1`,

  // 就労支援対象者数: people with a plan made in the period that has a work goal.
  workSupportTargets: (scope, period) => workPlanRows("people", scope, period),

  // 就労者数: people whose work outcome started in the period.
  startedWork: (scope, period) => outcomeRows(sql`'people'::text`, workOutcome, scope, period),

  // 増収者数: people whose outcome in the period raised their income.
  raisedIncome: (scope, period) => outcomeRows(sql`'people'::text`, raisedIncome, scope, period),

  // 就労・増収率: of the people with a work-goal plan made in the period (targets), those who started
  // work or raised their income after the plan and by the period's end (achieved), on the plan's day.
  employmentOrIncomeRate: (scope, period) => sql`
    ${workPlanRows("targets", scope, period)}
    union all
    select 'achieved'::text as part, c.participant_id, c.id as case_id, 'plan'::text as record_kind,
      sp.id::text as record_id, sp.made_on as on_date, 1::numeric as amount
    from support_plans sp join cases c on c.id = sp.case_id
    where ${caseInScope(scope)} and ${dateIn(sql`sp.made_on`, period)} and ${workGoal}
      and exists (
        select 1 from case_outcomes o join cases oc on oc.id = o.case_id
        where oc.participant_id = c.participant_id and oc.program_id = c.program_id
          and o.started_on >= sp.made_on and o.started_on <= ${period.to}::date
          and (${workOutcome} or ${raisedIncome}))`,

  // スクリーニング: intakes received in the period by their route.
  screeningRoutes: (scope, period) => sql`
    select i.screening_route as part, c.participant_id, c.id as case_id, 'case'::text as record_kind,
      c.id::text as record_id, i.received_on as on_date, 1::numeric as amount
    from case_intakes i join cases c on c.id = i.case_id
    where ${caseInScope(scope)} and ${dateIn(sql`i.received_on`, period)}`,

  // 参加者数（実人数）: people with a case open on some day of the period; one row per case and month.
  activeParticipants: (scope, period) => sql`
    select 'people'::text as part, c.participant_id, c.id as case_id, 'case'::text as record_kind,
      c.id::text as record_id, greatest(m.month_start::date, c.opened_on, ${period.from}::date) as on_date,
      1::numeric as amount
    from cases c
    cross join lateral generate_series(
      date_trunc('month', greatest(c.opened_on, ${period.from}::date)),
      date_trunc('month', least(coalesce(c.closed_on, ${period.to}::date), ${period.to}::date)),
      interval '1 month') as m(month_start)
    where ${caseInScope(scope)} and c.opened_on <= ${period.to}::date
      and (c.closed_on is null or c.closed_on >= ${period.from}::date)`,

  // 就労体験の開始: placements that started (not those only planned) in the period.
  placementsStarted: (scope, period) => sql`
    select 'placements'::text as part, c.participant_id, c.id as case_id, 'placement'::text as record_kind,
      pl.id::text as record_id, pl.start_on as on_date, 1::numeric as amount
    from placements pl join cases c on c.id = pl.case_id
    where ${caseInScope(scope)} and ${dateIn(sql`pl.start_on`, period)} and pl.status <> 'planned'`,

  // 就労体験の修了: placements completed (not ended early), on their last day.
  placementsCompleted: (scope, period) => sql`
    select 'placements'::text as part, c.participant_id, c.id as case_id, 'placement'::text as record_kind,
      pl.id::text as record_id, coalesce(pl.ended_on, pl.end_on) as on_date, 1::numeric as amount
    from placements pl join cases c on c.id = pl.case_id
    where ${caseInScope(scope)} and pl.status = 'completed'
      and ${dateIn(sql`coalesce(pl.ended_on, pl.end_on)`, period)}`,

  // 訓練・体験の時間数: hours of the days attended (present, late, left early), absences not.
  attendanceHours: (scope, period) => sql`
    select 'hours'::text as part, c.participant_id, c.id as case_id, 'attendance'::text as record_kind,
      a.id::text as record_id, a.day as on_date, coalesce(a.hours, 0)::numeric as amount
    from placement_attendance a
      join placements pl on pl.id = a.placement_id
      join cases c on c.id = pl.case_id
    where ${caseInScope(scope)} and ${dateIn(sql`a.day`, period)} and a.status <> 'absent'`,

  // 支援の延べ件数 and minutes: the case's activities (contacts), on their day in Japan.
  supportContacts: (scope, period) => sql`
    select k.part, c.participant_id, c.id as case_id, 'activity'::text as record_kind,
      a.id::text as record_id, (a.occurred_at at time zone 'Asia/Tokyo')::date as on_date,
      (case when k.part = 'contacts' then 1 else a.minutes end)::numeric as amount
    from activities a
      join cases c on c.id = a.case_id
      cross join (values ('contacts'::text), ('minutes'::text)) as k(part)
    where ${caseInScope(scope)}
      and a.occurred_at >= (${period.from}::date::timestamp at time zone 'Asia/Tokyo')
      and a.occurred_at < ((${period.to}::date + 1)::timestamp at time zone 'Asia/Tokyo')`,

  // 定着支援: follow-ups done in the period; and people still working at the 1/3/6/12-month one.
  followUps: (scope, period) => sql`
    select 'done'::text as part, c.participant_id, c.id as case_id, 'followUp'::text as record_kind,
      f.id::text as record_id, f.done_on as on_date, 1::numeric as amount
    from case_follow_ups f
      join case_outcomes o on o.id = f.outcome_id
      join cases c on c.id = o.case_id
    where ${caseInScope(scope)} and ${dateIn(sql`f.done_on`, period)}
    union all
    select ('working' || f.offset_months)::text as part, c.participant_id, c.id as case_id,
      'followUp'::text as record_kind, f.id::text as record_id, f.done_on as on_date, 1::numeric as amount
    from case_follow_ups f
      join case_outcomes o on o.id = f.outcome_id
      join cases c on c.id = o.case_id
    where ${caseInScope(scope)} and ${dateIn(sql`f.done_on`, period)}
      and f.still_working and f.offset_months in (1, 3, 6, 12)`,

  // 進路決定 (youth programs): people whose outcome in the period was work, training, school, other.
  youthDestinations: (scope, period) =>
    outcomeRows(
      sql`(case when ${workOutcome} then 'employment'
        when o.outcome_type = 'vocational_training' then 'training'
        when o.outcome_type = 'education' then 'education' else 'other' end)::text`,
      sql`true`,
      scope,
      period,
    ),
};
