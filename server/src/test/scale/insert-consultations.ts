// Writes the generated consultation desk in bulk, as insert.ts does the support area: one
// INSERT … SELECT FROM unnest(column arrays) per table and batch. The directory, the categories and
// the schedules are few and written whole (a row already there is left alone); appointments are
// skipped where their slot is taken (ON CONFLICT DO NOTHING also covers the exclusion constraints).
import { sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client.ts";
import type { GeneratedAppointment, GeneratedSchedule } from "./appointments.ts";
import type { GeneratedRequest } from "./consultation-requests.ts";
import { type CategoryRef, deskCategories, type GeneratedConsultation } from "./consultations.ts";
import { atJapanTime } from "./dates.ts";
import type { GeneratedAdvisor, GeneratedAgency, GeneratedReferral } from "./referrals.ts";
import type { GeneratorSettings } from "./settings.ts";

/** What the desk's rows point at, as the database knows them. */
export type DeskRefs = {
  categoryIdByCode: Map<string, string>;
  /** The desk's own categories (scale ids), in deskCategories' order. */
  deskCategoryIds: string[];
  /** Active desk consultants, by e-mail; a record's slot picks one. */
  consultants: string[];
  agencyIds: string[];
  advisorIds: string[];
};

const column = <T>(values: T[]) => sql.param(values);

/** A text[] value as one element of a text[] parameter (as insert.ts). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

export function consultantOf(refs: DeskRefs, slot: number | null): string | null {
  if (slot === null || refs.consultants.length === 0) return null;
  return refs.consultants[slot % refs.consultants.length] ?? null;
}

export function categoryIdOf(refs: DeskRefs, category: CategoryRef): string {
  const id =
    "code" in category ? refs.categoryIdByCode.get(category.code) : refs.deskCategoryIds[category.desk];
  if (!id) throw new Error(`no consultation category ${JSON.stringify(category)}`);
  return id;
}

/** The desk's own categories (besides the migration's six), once. */
export async function insertDeskCategories(db: Database, settings: GeneratorSettings): Promise<string[]> {
  const ids = deskCategories.map((_, i) => settings.idOf("deskCategory", i));
  const created = atJapanTime(settings.windowStart, 9 * 60);
  await db.execute(sql`
    insert into consultation_categories (id, code, name, sort_order, created_at, updated_at)
    select v.id, null, v.name, v.sort_order, ${created}::timestamptz, ${created}::timestamptz
    from unnest(${column(ids)}::uuid[], ${column(deskCategories.map((c) => c.name))}::text[],
      ${column(deskCategories.map((c) => c.sortOrder))}::int[]) as v(id, name, sort_order)
    on conflict (id) do nothing`);
  return ids;
}

export async function insertDirectory(
  db: Database,
  windowStart: string,
  agencies: GeneratedAgency[],
  advisors: GeneratedAdvisor[],
): Promise<void> {
  const created = atJapanTime(windowStart, 9 * 60);
  if (agencies.length > 0)
    await db.execute(sql`
      insert into agencies (id, name, kind, handles, contact_person, phone, address, active, created_at, updated_at)
      select v.id, v.name, v.kind, v.handles, v.contact, v.phone, v.address, v.active, ${created}::timestamptz,
        ${created}::timestamptz
      from unnest(${column(agencies.map((a) => a.id))}::uuid[], ${column(agencies.map((a) => a.name))}::text[],
        ${column(agencies.map((a) => a.kind))}::text[], ${column(agencies.map((a) => a.handles))}::text[],
        ${column(agencies.map((a) => a.contactPerson))}::text[], ${column(agencies.map((a) => a.phone))}::text[],
        ${column(agencies.map((a) => a.address))}::text[], ${column(agencies.map((a) => a.active))}::bool[])
        as v(id, name, kind, handles, contact, phone, address, active)
      on conflict do nothing`);
  if (advisors.length > 0)
    await db.execute(sql`
      insert into advisors (id, name, field, organization, phone, contract_starts_on, contract_ends_on, active,
        created_at, updated_at)
      select v.id, v.name, v.field, v.organization, v.phone, v.starts_on, v.ends_on, v.ends_on is null,
        ${created}::timestamptz, ${created}::timestamptz
      from unnest(${column(advisors.map((a) => a.id))}::uuid[], ${column(advisors.map((a) => a.name))}::text[],
        ${column(advisors.map((a) => a.field))}::text[], ${column(advisors.map((a) => a.organization))}::text[],
        ${column(advisors.map((a) => a.phone))}::text[], ${column(advisors.map((a) => a.contractStartsOn))}::date[],
        ${column(advisors.map((a) => a.contractEndsOn))}::date[])
        as v(id, name, field, organization, phone, starts_on, ends_on)
      on conflict do nothing`);
}

/** Consultations; one naming a participant takes the participant's own search key (as the service). */
export async function insertConsultations(
  db: Database,
  settings: GeneratorSettings,
  refs: DeskRefs,
  consultations: GeneratedConsultation[],
): Promise<void> {
  if (consultations.length === 0) return;
  const cs = consultations;
  const person = <K extends string>(key: K) =>
    column(cs.map((c) => ((c.person as Record<string, unknown>)[key] as string | undefined) ?? ""));
  const consultant = cs.map((c) => (c.noConsultant ? null : consultantOf(refs, c.consultantSlot)));
  await db.execute(sql`
    insert into consultations (id, consulted_at, channel, consultant_id, category_id, person_kind, participant_id,
      person_name, person_name_kana, person_phone, person_email, age_band, gender, area, concern_topics, question,
      answer, outcome_route, minutes, status, next_action, next_action_on, search_key, created_by, created_at,
      updated_at)
    select v.id, v.at, v.channel, v.consultant, v.category, v.kind, v.participant, v.name, v.kana, v.phone, v.email,
      v.age_band, v.gender, v.area, v.topics::text[], v.question, v.answer, v.route, v.minutes, v.status,
      v.next_action, v.next_on, coalesce(p.search_key, v.search_key), v.consultant,
      v.at + make_interval(mins => coalesce(v.minutes, 10)), v.at + make_interval(mins => coalesce(v.minutes, 10))
    from unnest(${column(cs.map((c) => c.id))}::uuid[], ${column(cs.map((c) => atJapanTime(c.day, c.minute)))}::timestamptz[],
      ${column(cs.map((c) => c.channel))}::text[], ${column(consultant)}::uuid[],
      ${column(cs.map((c) => categoryIdOf(refs, c.category)))}::uuid[], ${column(cs.map((c) => c.person.kind))}::text[],
      ${column(cs.map((c) => (c.person.kind === "participant" ? settings.idOf("participant", c.person.participantIndex) : null)))}::uuid[],
      ${person("name")}::text[], ${person("nameKana")}::text[], ${person("phone")}::text[], ${person("email")}::text[],
      ${person("ageBand")}::text[], ${person("gender")}::text[], ${person("area")}::text[],
      ${column(cs.map((c) => arrayLiteral(c.concernTopics)))}::text[], ${column(cs.map((c) => c.question))}::text[],
      ${column(cs.map((c) => c.answer))}::text[], ${column(cs.map((c) => c.outcomeRoute))}::text[],
      ${column(cs.map((c) => c.minutes))}::int[], ${column(cs.map((c) => c.status))}::text[],
      ${column(cs.map((c) => c.nextAction))}::text[], ${column(cs.map((c) => c.nextActionOn))}::date[],
      ${person("searchKey")}::text[])
      as v(id, at, channel, consultant, category, kind, participant, name, kana, phone, email, age_band, gender, area,
        topics, question, answer, route, minutes, status, next_action, next_on, search_key)
    left join participants p on p.id = v.participant`);
}

export async function insertRequests(
  db: Database,
  refs: DeskRefs,
  requests: GeneratedRequest[],
): Promise<void> {
  if (requests.length === 0) return;
  const rs = requests;
  await db.execute(sql`
    insert into consultation_requests (id, received_at, language, topic, name, name_kana, contact_method, phone, email,
      preferred_dates, message, privacy_consent, status, handled_by, handled_at, handled_note, consultation_id)
    select v.id, v.received_at, v.language, v.topic, v.name, v.kana, v.method, v.phone, v.email, v.dates::date[],
      v.message, true, v.status, v.handled_by,
      case when v.handled_on is null then null
        else greatest(v.received_at, v.handled_on::timestamp at time zone 'Asia/Tokyo' + interval '11 hours') end,
      v.note, v.consultation
    from unnest(${column(rs.map((r) => r.id))}::uuid[], ${column(rs.map((r) => atJapanTime(r.day, r.minute)))}::timestamptz[],
      ${column(rs.map((r) => r.language))}::text[], ${column(rs.map((r) => r.topic))}::text[],
      ${column(rs.map((r) => r.name))}::text[], ${column(rs.map((r) => r.nameKana))}::text[],
      ${column(rs.map((r) => r.contactMethod))}::text[], ${column(rs.map((r) => r.phone))}::text[],
      ${column(rs.map((r) => r.email))}::text[], ${column(rs.map((r) => arrayLiteral(r.preferredDates)))}::text[],
      ${column(rs.map((r) => r.message))}::text[], ${column(rs.map((r) => r.status))}::text[],
      ${column(rs.map((r) => consultantOf(refs, r.handledBySlot)))}::uuid[], ${column(rs.map((r) => r.handledOn))}::date[],
      ${column(rs.map((r) => r.handledNote))}::text[], ${column(rs.map((r) => r.consultationId))}::uuid[])
      as v(id, received_at, language, topic, name, kana, method, phone, email, dates, message, status, handled_by,
        handled_on, note, consultation)`);
}

/**
 * Referrals. Personal details went with a referral only on a consent on record: the person's first
 * consent not withdrawn (looked up here); without one, nothing was shared.
 */
export async function insertReferrals(
  db: Database,
  refs: DeskRefs,
  referrals: GeneratedReferral[],
  createdBySlot: (index: number) => number,
): Promise<void> {
  if (referrals.length === 0) return;
  const rs = referrals;
  await db.execute(sql`
    insert into referrals (id, consultation_id, case_id, participant_id, agency_id, advisor_id, purpose, reason,
      referred_on, status, status_changed_on, result, follow_up_on, personal_data_shared, consent_id, created_by,
      created_at, updated_at)
    select v.id, v.consultation, v.case_id, v.participant, v.agency, v.advisor, v.purpose, v.reason, v.referred_on,
      v.status, v.changed_on, v.result, v.follow_up_on, k.id is not null, k.id, v.created_by,
      v.referred_on::timestamp at time zone 'Asia/Tokyo' + interval '15 hours',
      v.changed_on::timestamp at time zone 'Asia/Tokyo' + interval '15 hours'
    from unnest(${column(rs.map((r) => r.id))}::uuid[], ${column(rs.map((r) => r.consultationId))}::uuid[],
      ${column(rs.map((r) => r.caseId))}::uuid[], ${column(rs.map((r) => r.participantId))}::uuid[],
      ${column(rs.map((r) => (r.agencyIndex === null ? null : (refs.agencyIds[r.agencyIndex] ?? null))))}::uuid[],
      ${column(rs.map((r) => (r.advisorIndex === null ? null : (refs.advisorIds[r.advisorIndex] ?? null))))}::uuid[],
      ${column(rs.map((r) => r.purpose))}::text[], ${column(rs.map((r) => r.reason))}::text[],
      ${column(rs.map((r) => r.referredOn))}::date[], ${column(rs.map((r) => r.status))}::text[],
      ${column(rs.map((r) => r.statusChangedOn))}::date[], ${column(rs.map((r) => r.result))}::text[],
      ${column(rs.map((r) => r.followUpOn))}::date[], ${column(rs.map((r) => r.shareIfConsented))}::bool[],
      ${column(rs.map((_, i) => consultantOf(refs, createdBySlot(i))))}::uuid[])
      as v(id, consultation, case_id, participant, agency, advisor, purpose, reason, referred_on, status, changed_on,
        result, follow_up_on, share, created_by)
    left join lateral (select c.id from consents c where c.participant_id = v.participant and c.withdrawn_on is null
      and c.given_on <= v.referred_on order by c.given_on, c.id limit 1) k on v.share`);
}

export async function insertSchedules(
  db: Database,
  refs: DeskRefs,
  startsOn: string,
  schedules: GeneratedSchedule[],
): Promise<void> {
  const ss = schedules;
  const created = atJapanTime(startsOn, 9 * 60);
  await db.execute(sql`
    insert into consultation_schedules (id, name, recurrence, starts_on, day_starts_at, day_ends_at, slot_minutes, room,
      consultant_id, category_id, created_at, updated_at)
    select v.id, v.name, v.recurrence, ${startsOn}::date, v.day_starts::time, v.day_ends::time, v.slot_minutes, v.room,
      v.consultant, v.category, ${created}::timestamptz, ${created}::timestamptz
    from unnest(${column(ss.map((s) => s.id))}::uuid[], ${column(ss.map((s) => s.name))}::text[],
      ${column(ss.map((s) => s.recurrence))}::text[], ${column(ss.map((s) => s.dayStartsAt))}::text[],
      ${column(ss.map((s) => s.dayEndsAt))}::text[], ${column(ss.map((s) => s.slotMinutes))}::int[],
      ${column(ss.map((s) => s.room))}::text[], ${column(ss.map((s) => consultantOf(refs, s.consultantSlot)))}::uuid[],
      ${column(ss.map((s) => refs.categoryIdByCode.get(s.categoryCode) ?? null))}::uuid[])
      as v(id, name, recurrence, day_starts, day_ends, slot_minutes, room, consultant, category)
    on conflict (id) do nothing`);
}

export async function insertAppointments(
  db: Database,
  settings: GeneratorSettings,
  refs: DeskRefs,
  appointments: GeneratedAppointment[],
): Promise<void> {
  const as = appointments.filter((a) => consultantOf(refs, a.consultantSlot) !== null);
  if (as.length === 0) return;
  await db.execute(sql`
    insert into appointments (id, schedule_id, starts_at, ends_at, room, consultant_id, channel, request_id,
      participant_id, person_name, person_phone, purpose, status, cancel_reason, created_by, created_at, updated_at)
    select v.id, v.schedule, v.starts_at, v.ends_at, v.room, v.consultant, v.channel, v.request, v.participant,
      v.name, v.phone, v.purpose, v.status, v.cancel_reason, v.consultant,
      v.booked_on::timestamp at time zone 'Asia/Tokyo' + interval '10 hours',
      least(v.ends_at, now())
    from unnest(${column(as.map((a) => a.id))}::uuid[], ${column(as.map((a) => settings.idOf("schedule", a.scheduleIndex)))}::uuid[],
      ${column(as.map((a) => a.startsAt))}::timestamptz[], ${column(as.map((a) => a.endsAt))}::timestamptz[],
      ${column(as.map((a) => a.room))}::text[], ${column(as.map((a) => consultantOf(refs, a.consultantSlot)))}::uuid[],
      ${column(as.map((a) => a.channel))}::text[],
      ${column(as.map((a) => (a.requestIndex === null ? null : settings.idOf("request", a.requestIndex))))}::uuid[],
      ${column(as.map((a) => (a.participantIndex === null ? null : settings.idOf("participant", a.participantIndex))))}::uuid[],
      ${column(as.map((a) => a.personName))}::text[], ${column(as.map((a) => a.personPhone))}::text[],
      ${column(as.map((a) => a.purpose))}::text[], ${column(as.map((a) => a.status))}::text[],
      ${column(as.map((a) => a.cancelReason))}::text[], ${column(as.map((a) => a.bookedOn))}::date[])
      as v(id, schedule, starts_at, ends_at, room, consultant, channel, request, participant, name, phone, purpose,
        status, cancel_reason, booked_on)
    on conflict do nothing`);
}
