// Writes the generated workplaces, placements, evaluations and outcomes in bulk (one INSERT … SELECT
// FROM unnest(column arrays) per table and batch, as insert.ts), and the daily attendance straight
// from each placement's period and weekly schedule with generate_series: the database makes the
// rows, a hash of (placement, day) decides present, late, left early or absent.
import { sql } from "drizzle-orm";
import { workplaceKeysOf } from "../../modules/support/workplaces/workplaces.repository.ts";
import type { Database } from "../../platform/db/client.ts";
import { atJapanTime } from "./dates.ts";
import type { GeneratedPlacement, PlacementCase } from "./placements.ts";
import { scaleId } from "./settings.ts";
import type { GeneratedWorkplace } from "./workplaces.ts";

const column = <T>(values: T[]) => sql.param(values);

/** A text[] value as one element of a text[] parameter (unnest cannot pass arrays of arrays). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

async function rowsOf<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export async function insertWorkplaces(
  db: Database,
  windowStart: string,
  workplaces: GeneratedWorkplace[],
): Promise<void> {
  if (workplaces.length === 0) return;
  const keys = workplaces.map((w) => workplaceKeysOf(w));
  const created = atJapanTime(windowStart, 10 * 60);
  await db.execute(sql`
    insert into partner_workplaces (id, name, name_kana, search_key, reading_key, postal_code, address, area,
      contact_name, contact_phone, contact_email, work_kinds, work_description, work_days, hours_from, hours_to,
      trainee_capacity, support_features, support_notes, status, created_at, updated_at)
    select v.id, v.name, v.name_kana, v.search_key, v.reading_key, v.postal_code, v.address, v.area, v.contact_name,
      v.contact_phone, v.contact_email, v.work_kinds::text[], v.work_description, v.work_days::text[], v.hours_from,
      v.hours_to, v.capacity, v.features::text[], v.support_notes, v.status, ${created}::timestamptz, ${created}::timestamptz
    from unnest(${column(workplaces.map((w) => w.id))}::uuid[], ${column(workplaces.map((w) => w.name))}::text[],
      ${column(workplaces.map((w) => w.nameKana))}::text[], ${column(keys.map((k) => k.searchKey))}::text[],
      ${column(keys.map((k) => k.readingKey))}::text[], ${column(workplaces.map((w) => w.postalCode))}::text[],
      ${column(workplaces.map((w) => w.address))}::text[], ${column(workplaces.map((w) => w.city))}::text[],
      ${column(workplaces.map((w) => w.contactName))}::text[], ${column(workplaces.map((w) => w.contactPhone))}::text[],
      ${column(workplaces.map((w) => w.contactEmail))}::text[], ${column(workplaces.map((w) => arrayLiteral(w.workKinds)))}::text[],
      ${column(workplaces.map((w) => w.workDescription))}::text[], ${column(workplaces.map((w) => arrayLiteral(w.workDays)))}::text[],
      ${column(workplaces.map((w) => w.hoursFrom))}::text[], ${column(workplaces.map((w) => w.hoursTo))}::text[],
      ${column(workplaces.map((w) => w.traineeCapacity))}::int[], ${column(workplaces.map((w) => arrayLiteral(w.supportFeatures)))}::text[],
      ${column(workplaces.map((w) => w.supportNotes))}::text[], ${column(workplaces.map((w) => w.status))}::text[])
      as v(id, name, name_kana, search_key, reading_key, postal_code, address, area, contact_name, contact_phone,
        contact_email, work_kinds, work_description, work_days, hours_from, hours_to, capacity, features, support_notes, status)`);
  const certifications = workplaces.flatMap((w) =>
    w.certifications.map((c) => ({ ...c, workplaceId: w.id })),
  );
  if (certifications.length === 0) return;
  await db.execute(sql`
    insert into workplace_certifications (id, workplace_id, authority, authority_name, number, employment_types,
      valid_from, valid_until, notes, created_at, updated_at)
    select v.id, v.workplace_id, v.authority, v.authority_name, v.number, v.types::text[], v.valid_from, v.valid_until,
      v.notes, v.valid_from::timestamp at time zone 'Asia/Tokyo', v.valid_from::timestamp at time zone 'Asia/Tokyo'
    from unnest(${column(certifications.map((c) => c.id))}::uuid[], ${column(certifications.map((c) => c.workplaceId))}::uuid[],
      ${column(certifications.map((c) => c.authority))}::text[], ${column(certifications.map((c) => c.authorityName))}::text[],
      ${column(certifications.map((c) => c.number))}::text[], ${column(certifications.map((c) => arrayLiteral(c.employmentTypes)))}::text[],
      ${column(certifications.map((c) => c.validFrom))}::date[], ${column(certifications.map((c) => c.validUntil))}::date[],
      ${column(certifications.map((c) => c.notes))}::text[])
      as v(id, workplace_id, authority, authority_name, number, types, valid_from, valid_until, notes)`);
}

/**
 * The cases a placement can belong to: the first case of each of the first `participantCount`
 * participants (case i of participant i, so one placement per case never overlaps another of the
 * person; a case i seeded when participant i did not exist yet belongs to someone else and is left
 * out) that went active, in id order. The list only grows at its end as the data grows, so
 * placement k keeps its case from one run to a bigger one.
 */
export async function findPlacementCases(db: Database, participantCount: number): Promise<PlacementCase[]> {
  if (participantCount === 0) return [];
  return rowsOf<PlacementCase>(
    db,
    sql`
      select c.id, c.participant_id as "participantId", p.code as "programCode", c.lead_coordinator_id as "leadId",
        c.opened_on::text as "openedOn", c.closed_on::text as "closedOn", cl.reason as "closureReason",
        a.active_on::text as "activeOn"
      from cases c
      join programs p on p.id = c.program_id
      left join case_closures cl on cl.case_id = c.id
      join lateral (
        select min((t.occurred_at at time zone 'Asia/Tokyo')::date) as active_on from case_transitions t
        where t.case_id = c.id and t.to_status = 'active'
      ) a on a.active_on is not null
      where c.id between ${scaleId("case", 0)}::uuid and ${scaleId("case", participantCount - 1)}::uuid
        and c.participant_id between ${scaleId("participant", 0)}::uuid and ${scaleId("participant", participantCount - 1)}::uuid
        and right(c.participant_id::text, 12) = right(c.id::text, 12)
      order by c.id`,
  );
}

/** Placements with their attendance, term evaluations, and the outcomes and follow-ups of their cases. */
export async function insertPlacements(db: Database, placements: GeneratedPlacement[]): Promise<void> {
  if (placements.length === 0) return;
  const ps = placements;
  await db.execute(sql`
    insert into placements (id, case_id, workplace_id, employment_type, start_on, term_count, term_months, end_on,
      work_days, hours_from, hours_to, tasks, supervisor_name, coordinator_id, transport_notes, allowance_notes,
      guidance_notes, status, ended_on, ended_reason, created_by, created_at, updated_at)
    select v.id, v.case_id, v.workplace_id, v.employment_type, v.start_on, v.term_count, v.term_months, v.end_on,
      v.work_days::text[], v.hours_from, v.hours_to, v.tasks, v.supervisor, v.coordinator, v.transport, v.allowance,
      v.guidance, v.status, v.ended_on, v.ended_reason, v.coordinator,
      v.created_on::timestamp at time zone 'Asia/Tokyo' + interval '10 hours',
      coalesce(v.ended_on, v.created_on)::timestamp at time zone 'Asia/Tokyo' + interval '16 hours'
    from unnest(${column(ps.map((p) => p.id))}::uuid[], ${column(ps.map((p) => p.caseId))}::uuid[],
      ${column(ps.map((p) => p.workplaceId))}::uuid[], ${column(ps.map((p) => p.employmentType))}::text[],
      ${column(ps.map((p) => p.startOn))}::date[], ${column(ps.map((p) => p.termCount))}::int[],
      ${column(ps.map((p) => p.termMonths))}::int[], ${column(ps.map((p) => p.endOn))}::date[],
      ${column(ps.map((p) => arrayLiteral(p.workDays)))}::text[], ${column(ps.map((p) => p.hoursFrom))}::text[],
      ${column(ps.map((p) => p.hoursTo))}::text[], ${column(ps.map((p) => p.tasks))}::text[],
      ${column(ps.map((p) => p.supervisorName))}::text[], ${column(ps.map((p) => p.coordinatorId))}::uuid[],
      ${column(ps.map((p) => p.transportNotes))}::text[], ${column(ps.map((p) => p.allowanceNotes))}::text[],
      ${column(ps.map((p) => p.guidanceNotes))}::text[], ${column(ps.map((p) => p.status))}::text[],
      ${column(ps.map((p) => p.endedOn))}::date[], ${column(ps.map((p) => p.endedReason))}::text[],
      ${column(ps.map((p) => p.createdAt))}::date[])
      as v(id, case_id, workplace_id, employment_type, start_on, term_count, term_months, end_on, work_days, hours_from,
        hours_to, tasks, supervisor, coordinator, transport, allowance, guidance, status, ended_on, ended_reason, created_on)`);

  // Every scheduled day from the start to the last day attended; mostly present, some late, left
  // early or absent with a reason.
  const attended = ps.filter((p) => p.lastAttendedOn !== null);
  if (attended.length > 0)
    await db.execute(sql`
      insert into placement_attendance (placement_id, day, status, hours, absence_reason, note, recorded_by,
        recorded_via, created_at, updated_at)
      select v.id, d.day, s.status,
        case s.status when 'present' then v.day_hours when 'late' then greatest(0.25, v.day_hours - 0.5)
          when 'left_early' then greatest(0.25, v.day_hours - 1.5) end,
        case when s.status = 'absent' then (array['体調不良', '通院のため', '家庭の事情', '連絡なし（翌日に本人から電話）',
          '寝坊', '気分の落ち込み'])[1 + (h.r / 7) % 6] else '' end,
        case when h.r % 97 = 0 then '作業に集中できていた' when h.r % 89 = 0 then '休憩を多めに取った' else '' end,
        case when v.via_partner then null else v.coordinator end,
        case when v.via_partner then 'partner' else 'staff' end,
        d.day::timestamp at time zone 'Asia/Tokyo' + interval '17 hours 30 minutes',
        d.day::timestamp at time zone 'Asia/Tokyo' + interval '17 hours 30 minutes'
      from unnest(${column(attended.map((p) => p.id))}::uuid[], ${column(attended.map((p) => p.startOn))}::date[],
        ${column(attended.map((p) => p.lastAttendedOn))}::date[], ${column(attended.map((p) => arrayLiteral(p.workDays)))}::text[],
        ${column(attended.map((p) => p.dayHours))}::numeric[], ${column(attended.map((p) => p.coordinatorId))}::uuid[],
        ${column(attended.map((p) => p.viaPartner))}::bool[])
        as v(id, start_on, last_on, work_days, day_hours, coordinator, via_partner)
      cross join lateral generate_series(v.start_on, v.last_on, interval '1 day') g(at)
      cross join lateral (select g.at::date as day) d
      cross join lateral (select abs(hashtext(v.id::text || d.day::text)) % 1000 as r) h
      cross join lateral (select case when h.r < 860 then 'present' when h.r < 920 then 'late'
        when h.r < 950 then 'left_early' else 'absent' end as status) s
      where to_char(d.day, 'dy') = any (v.work_days::text[])`);

  const evaluations = ps.flatMap((p) =>
    p.evaluations.map((e) => ({ ...e, placementId: p.id, coordinatorId: p.coordinatorId })),
  );
  if (evaluations.length > 0) {
    const score = (n: number) => column(evaluations.map((e) => e.scores[n] ?? 3));
    await db.execute(sql`
      insert into placement_evaluations (placement_id, term, evaluator, punctuality, communication,
        following_instructions, task_performance, stamina, safety, comments, evaluated_on, recorded_by, recorded_via,
        created_at, updated_at)
      select v.placement_id, v.term, v.evaluator, v.s1, v.s2, v.s3, v.s4, v.s5, v.s6, v.comments, v.evaluated_on,
        case when v.via_partner then null else v.coordinator end, case when v.via_partner then 'partner' else 'staff' end,
        v.evaluated_on::timestamp at time zone 'Asia/Tokyo' + interval '15 hours',
        v.evaluated_on::timestamp at time zone 'Asia/Tokyo' + interval '15 hours'
      from unnest(${column(evaluations.map((e) => e.placementId))}::uuid[], ${column(evaluations.map((e) => e.term))}::int[],
        ${column(evaluations.map((e) => e.evaluator))}::text[], ${score(0)}::int[], ${score(1)}::int[], ${score(2)}::int[],
        ${score(3)}::int[], ${score(4)}::int[], ${score(5)}::int[], ${column(evaluations.map((e) => e.comments))}::text[],
        ${column(evaluations.map((e) => e.evaluatedOn))}::date[], ${column(evaluations.map((e) => e.coordinatorId))}::uuid[],
        ${column(evaluations.map((e) => e.viaPartner))}::bool[])
        as v(placement_id, term, evaluator, s1, s2, s3, s4, s5, s6, comments, evaluated_on, coordinator, via_partner)`);
  }

  const outcomes = ps.flatMap((p) =>
    p.outcome ? [{ ...p.outcome, caseId: p.caseId, coordinatorId: p.coordinatorId }] : [],
  );
  if (outcomes.length === 0) return;
  await db.execute(sql`
    insert into case_outcomes (id, case_id, outcome_type, workplace_id, employer_name, started_on, hours_per_week,
      contract_form, income_before_yen, income_after_yen, notes, created_by, created_at, updated_at)
    select v.id, v.case_id, v.outcome_type, v.workplace_id, v.employer_name, v.started_on, v.hours, v.contract_form,
      v.income_before, v.income_after, v.notes, v.coordinator,
      v.started_on::timestamp at time zone 'Asia/Tokyo' + interval '11 hours',
      v.started_on::timestamp at time zone 'Asia/Tokyo' + interval '11 hours'
    from unnest(${column(outcomes.map((o) => o.id))}::uuid[], ${column(outcomes.map((o) => o.caseId))}::uuid[],
      ${column(outcomes.map((o) => o.outcomeType))}::text[], ${column(outcomes.map((o) => o.workplaceId))}::uuid[],
      ${column(outcomes.map((o) => o.employerName))}::text[], ${column(outcomes.map((o) => o.startedOn))}::date[],
      ${column(outcomes.map((o) => o.hoursPerWeek))}::numeric[], ${column(outcomes.map((o) => o.contractForm))}::text[],
      ${column(outcomes.map((o) => o.incomeBeforeYen))}::int[], ${column(outcomes.map((o) => o.incomeAfterYen))}::int[],
      ${column(outcomes.map((o) => o.notes))}::text[], ${column(outcomes.map((o) => o.coordinatorId))}::uuid[])
      as v(id, case_id, outcome_type, workplace_id, employer_name, started_on, hours, contract_form, income_before,
        income_after, notes, coordinator)`);
  const followUps = outcomes.flatMap((o) =>
    o.followUps.map((f) => ({ ...f, outcomeId: o.id, coordinatorId: o.coordinatorId })),
  );
  if (followUps.length === 0) return;
  await db.execute(sql`
    insert into case_follow_ups (outcome_id, offset_months, due_on, done_on, still_working, hours_per_week, concerns,
      support_given, next_step, stopped_on, stopped_reason, updated_by, updated_at)
    select v.outcome_id, v.offset_months, v.due_on, v.done_on, v.still_working, v.hours, v.concerns, v.support_given,
      v.next_step, v.stopped_on, v.stopped_reason, v.coordinator,
      least(coalesce(v.done_on, v.due_on), current_date)::timestamp at time zone 'Asia/Tokyo' + interval '14 hours'
    from unnest(${column(followUps.map((f) => f.outcomeId))}::uuid[], ${column(followUps.map((f) => f.offsetMonths))}::int[],
      ${column(followUps.map((f) => f.dueOn))}::date[], ${column(followUps.map((f) => f.doneOn))}::date[],
      ${column(followUps.map((f) => f.stillWorking))}::bool[], ${column(followUps.map((f) => f.hoursPerWeek))}::numeric[],
      ${column(followUps.map((f) => f.concerns))}::text[], ${column(followUps.map((f) => f.supportGiven))}::text[],
      ${column(followUps.map((f) => f.nextStep))}::text[], ${column(followUps.map((f) => f.stoppedOn))}::date[],
      ${column(followUps.map((f) => f.stoppedReason))}::text[], ${column(followUps.map((f) => f.coordinatorId))}::uuid[])
      as v(outcome_id, offset_months, due_on, done_on, still_working, hours, concerns, support_given, next_step,
        stopped_on, stopped_reason, coordinator)`);
}
