// Writes generated records in bulk: one INSERT … SELECT FROM unnest(column arrays) per table and
// batch (a handful of parameters however many rows, the same text on PGlite and PostgreSQL).
import { eq, sql } from "drizzle-orm";
import { fundingStreams, programs } from "../../modules/programs/programs.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import type { GeneratedActivity } from "./activities.ts";
import type { GeneratedCase } from "./cases.ts";
import { atJapanTime } from "./dates.ts";
import type { GeneratedParticipant } from "./people.ts";

/** Programs and the staff who lead their cases, as the database knows them. */
export type SupportStaff = {
  programIdByCode: Map<string, string>;
  /** Coordinators per program code; a case's slot picks one (none: no lead). */
  coordinatorsByProgram: Map<string, string[]>;
  /** Funding streams per program code, in the order of their codes (none: the case has no stream). */
  fundingStreamsByProgram: Map<string, string[]>;
};

/** The funding streams of every program, by program code. */
export async function findFundingStreams(db: Database): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ id: fundingStreams.id, program: programs.code })
    .from(fundingStreams)
    .innerJoin(programs, eq(programs.id, fundingStreams.programId))
    .where(eq(fundingStreams.active, true))
    .orderBy(programs.code, fundingStreams.code);
  const byProgram = new Map<string, string[]>();
  for (const row of rows) byProgram.set(row.program, [...(byProgram.get(row.program) ?? []), row.id]);
  return byProgram;
}

/** A text[] value as one array element of a text[] parameter (unnest cannot pass arrays of arrays). */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

const column = <T>(values: T[]) => sql.param(values);

export function leadOf(
  staff: SupportStaff,
  generated: Pick<GeneratedCase, "programCode" | "coordinatorSlot">,
): string | null {
  const coordinators = staff.coordinatorsByProgram.get(generated.programCode) ?? [];
  return coordinators.length > 0
    ? (coordinators[generated.coordinatorSlot % coordinators.length] ?? null)
    : null;
}

export async function insertParticipants(
  db: Database,
  rows: { participant: GeneratedParticipant; createdBy: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  const p = rows.map((row) => row.participant);
  const createdAt = p.map((x) => atJapanTime(x.registeredOn, 600));
  await db.execute(sql`
    insert into participants (id, family_name, given_name, family_name_kana, given_name_kana, birth_date,
      gender, nationality, preferred_language, phone, phone_normalized, email, postal_code, address,
      emergency_contact_name, emergency_contact_relation, emergency_contact_phone, referral_source, notes,
      search_key, reading_key, bigram_keys, created_by, created_at, updated_at)
    select v.id, v.family_name, v.given_name, v.family_name_kana, v.given_name_kana, v.birth_date,
      v.gender, v.nationality, v.preferred_language, v.phone, v.phone_normalized, v.email, v.postal_code,
      v.address, v.emergency_contact_name, v.emergency_contact_relation, v.emergency_contact_phone,
      v.referral_source, v.notes, v.search_key, v.reading_key, v.bigram_keys::text[], v.created_by,
      v.created_at, v.created_at
    from unnest(${column(p.map((x) => x.id))}::uuid[], ${column(p.map((x) => x.familyName))}::text[],
      ${column(p.map((x) => x.givenName))}::text[], ${column(p.map((x) => x.familyNameKana))}::text[],
      ${column(p.map((x) => x.givenNameKana))}::text[], ${column(p.map((x) => x.birthDate))}::date[],
      ${column(p.map((x) => x.gender))}::text[], ${column(p.map((x) => x.nationality))}::text[],
      ${column(p.map((x) => x.preferredLanguage))}::text[], ${column(p.map((x) => x.phone))}::text[],
      ${column(p.map((x) => x.keys.phoneNormalized))}::text[], ${column(p.map((x) => x.email))}::text[],
      ${column(p.map((x) => x.postalCode))}::text[], ${column(p.map((x) => x.address))}::text[],
      ${column(p.map((x) => x.emergencyContactName))}::text[],
      ${column(p.map((x) => x.emergencyContactRelation))}::text[],
      ${column(p.map((x) => x.emergencyContactPhone))}::text[], ${column(p.map((x) => x.referralSource))}::text[],
      ${column(p.map((x) => x.notes))}::text[], ${column(p.map((x) => x.keys.searchKey))}::text[],
      ${column(p.map((x) => x.keys.readingKey))}::text[], ${column(p.map((x) => arrayLiteral(x.keys.bigramKeys)))}::text[],
      ${column(rows.map((row) => row.createdBy))}::uuid[], ${column(createdAt)}::timestamptz[])
      as v(id, family_name, given_name, family_name_kana, given_name_kana, birth_date, gender, nationality,
        preferred_language, phone, phone_normalized, email, postal_code, address, emergency_contact_name,
        emergency_contact_relation, emergency_contact_phone, referral_source, notes, search_key, reading_key,
        bigram_keys, created_by, created_at)`);

  const consents = rows.flatMap(({ participant, createdBy }) =>
    participant.consents.map((consent) => ({ ...consent, participantId: participant.id, createdBy })),
  );
  if (consents.length > 0)
    await db.execute(sql`
      insert into consents (id, participant_id, purpose, agency, given_on, method, withdrawn_on, created_by, created_at)
      select v.id, v.participant_id, v.purpose, v.agency, v.given_on, v.method, v.withdrawn_on, v.created_by,
        v.given_on::timestamp at time zone 'Asia/Tokyo'
      from unnest(${column(consents.map((x) => x.id))}::uuid[], ${column(consents.map((x) => x.participantId))}::uuid[],
        ${column(consents.map((x) => x.purpose))}::text[], ${column(consents.map((x) => x.agency))}::text[],
        ${column(consents.map((x) => x.givenOn))}::date[], ${column(consents.map((x) => x.method))}::text[],
        ${column(consents.map((x) => x.withdrawnOn))}::date[], ${column(consents.map((x) => x.createdBy))}::uuid[])
        as v(id, participant_id, purpose, agency, given_on, method, withdrawn_on, created_by)`);

  const sensitive = rows.flatMap(({ participant, createdBy }) =>
    participant.sensitive
      ? [{ ...participant.sensitive, participantId: participant.id, createdBy, on: participant.registeredOn }]
      : [],
  );
  if (sensitive.length > 0)
    await db.execute(sql`
      insert into participant_sensitive (participant_id, health, disability, disability_certificate,
        certificate_grade, livelihood, benefits, public_assistance, updated_by, updated_at)
      select v.participant_id, v.health, v.disability, v.disability_certificate, v.certificate_grade,
        v.livelihood, v.benefits::text[], v.public_assistance, v.updated_by, v.updated_on::timestamp at time zone 'Asia/Tokyo'
      from unnest(${column(sensitive.map((x) => x.participantId))}::uuid[], ${column(sensitive.map((x) => x.health))}::text[],
        ${column(sensitive.map((x) => x.disability))}::text[], ${column(sensitive.map((x) => x.disabilityCertificate))}::text[],
        ${column(sensitive.map((x) => x.certificateGrade))}::text[], ${column(sensitive.map((x) => x.livelihood))}::text[],
        ${column(sensitive.map((x) => arrayLiteral(x.benefits)))}::text[], ${column(sensitive.map((x) => x.publicAssistance))}::bool[],
        ${column(sensitive.map((x) => x.createdBy))}::uuid[], ${column(sensitive.map((x) => x.on))}::date[])
        as v(participant_id, health, disability, disability_certificate, certificate_grade, livelihood, benefits,
          public_assistance, updated_by, updated_on)`);
}

export async function insertCases(db: Database, staff: SupportStaff, cases: GeneratedCase[]): Promise<void> {
  if (cases.length === 0) return;
  const lead = cases.map((c) => leadOf(staff, c));
  const programId = cases.map((c) => {
    const id = staff.programIdByCode.get(c.programCode);
    if (!id) throw new Error(`The program ${c.programCode} is not in the database`);
    return id;
  });
  const fundingStream = cases.map((c) => {
    const streams = staff.fundingStreamsByProgram.get(c.programCode) ?? [];
    return streams[Math.floor(c.fundingShare * streams.length)] ?? null;
  });
  await db.execute(sql`
    insert into cases (id, participant_id, program_id, funding_stream_id, lead_coordinator_id, status, opened_on, closed_on, created_at, updated_at)
    select v.id, v.participant_id, v.program_id, v.funding_stream_id, v.lead, v.status, v.opened_on, v.closed_on, v.created_at, v.updated_at
    from unnest(${column(cases.map((c) => c.id))}::uuid[], ${column(cases.map((c) => c.participantId))}::uuid[],
      ${column(programId)}::uuid[], ${column(fundingStream)}::uuid[], ${column(lead)}::uuid[], ${column(cases.map((c) => c.status))}::text[],
      ${column(cases.map((c) => c.openedOn))}::date[], ${column(cases.map((c) => c.closedOn))}::date[],
      ${column(cases.map((c) => c.transitions[0]?.at ?? atJapanTime(c.openedOn, 600)))}::timestamptz[],
      ${column(cases.map((c) => c.transitions.at(-1)?.at ?? atJapanTime(c.openedOn, 600)))}::timestamptz[])
      as v(id, participant_id, program_id, funding_stream_id, lead, status, opened_on, closed_on, created_at, updated_at)`);

  const leadById = new Map(cases.map((c, i) => [c.id, lead[i] ?? null]));
  const intakes = cases.flatMap((c) => (c.intake ? [{ ...c.intake, caseId: c.id }] : []));
  if (intakes.length > 0)
    await db.execute(sql`
      insert into case_intakes (case_id, received_on, received_by, how_came, accompanied_by, concern_topics,
        pressing_topic, urgency, screening_route, notes, updated_at)
      select v.case_id, v.received_on, v.received_by, v.how_came, v.accompanied_by, v.topics::text[], v.pressing,
        v.urgency, v.route, v.notes, v.received_on::timestamp at time zone 'Asia/Tokyo'
      from unnest(${column(intakes.map((x) => x.caseId))}::uuid[], ${column(intakes.map((x) => x.receivedOn))}::date[],
        ${column(intakes.map((x) => leadById.get(x.caseId) ?? null))}::uuid[], ${column(intakes.map((x) => x.howCame))}::text[],
        ${column(intakes.map((x) => x.accompaniedBy))}::text[], ${column(intakes.map((x) => arrayLiteral(x.concernTopics)))}::text[],
        ${column(intakes.map((x) => x.pressingTopic))}::text[], ${column(intakes.map((x) => x.urgency))}::text[],
        ${column(intakes.map((x) => x.screeningRoute))}::text[], ${column(intakes.map((x) => x.notes))}::text[])
        as v(case_id, received_on, received_by, how_came, accompanied_by, topics, pressing, urgency, route, notes)`);

  const assessments = cases.flatMap((c) => c.assessments.map((a) => ({ ...a, caseId: c.id })));
  if (assessments.length > 0)
    await db.execute(sql`
      insert into case_assessments (id, case_id, assessed_on, areas, summary, created_by, created_at)
      select v.id, v.case_id, v.assessed_on, v.areas::jsonb, v.summary, v.created_by, v.assessed_on::timestamp at time zone 'Asia/Tokyo'
      from unnest(${column(assessments.map((x) => x.id))}::uuid[], ${column(assessments.map((x) => x.caseId))}::uuid[],
        ${column(assessments.map((x) => x.assessedOn))}::date[], ${column(assessments.map((x) => JSON.stringify(x.areas)))}::text[],
        ${column(assessments.map((x) => x.summary))}::text[], ${column(assessments.map((x) => leadById.get(x.caseId) ?? null))}::uuid[])
        as v(id, case_id, assessed_on, areas, summary, created_by)`);

  const plans = cases.flatMap((c) => c.plans.map((plan) => ({ ...plan, caseId: c.id })));
  if (plans.length > 0)
    await db.execute(sql`
      insert into support_plans (id, case_id, plan_number, made_on, review_on, agreed_on, goals, notes, created_by, created_at)
      select v.id, v.case_id, v.plan_number, v.made_on, v.review_on, v.agreed_on, v.goals::jsonb, v.notes, v.created_by,
        v.made_on::timestamp at time zone 'Asia/Tokyo'
      from unnest(${column(plans.map((x) => x.id))}::uuid[], ${column(plans.map((x) => x.caseId))}::uuid[],
        ${column(plans.map((x) => x.planNumber))}::int[], ${column(plans.map((x) => x.madeOn))}::date[],
        ${column(plans.map((x) => x.reviewOn))}::date[], ${column(plans.map((x) => x.agreedOn))}::date[],
        ${column(plans.map((x) => JSON.stringify(x.goals)))}::text[], ${column(plans.map((x) => x.notes))}::text[],
        ${column(plans.map((x) => leadById.get(x.caseId) ?? null))}::uuid[])
        as v(id, case_id, plan_number, made_on, review_on, agreed_on, goals, notes, created_by)`);

  const conferences = cases.flatMap((c) =>
    c.conferences.map((conference) => ({ ...conference, caseId: c.id })),
  );
  if (conferences.length > 0)
    await db.execute(sql`
      insert into case_conferences (id, case_id, plan_id, held_on, attendees, decision, notes, created_by, created_at)
      select v.id, v.case_id, v.plan_id, v.held_on, v.attendees, v.decision, v.notes, v.created_by,
        v.held_on::timestamp at time zone 'Asia/Tokyo'
      from unnest(${column(conferences.map((x) => x.id))}::uuid[], ${column(conferences.map((x) => x.caseId))}::uuid[],
        ${column(conferences.map((x) => x.planId))}::uuid[], ${column(conferences.map((x) => x.heldOn))}::date[],
        ${column(conferences.map((x) => x.attendees))}::text[], ${column(conferences.map((x) => x.decision))}::text[],
        ${column(conferences.map((x) => x.notes))}::text[], ${column(conferences.map((x) => leadById.get(x.caseId) ?? null))}::uuid[])
        as v(id, case_id, plan_id, held_on, attendees, decision, notes, created_by)`);

  const evaluations = cases.flatMap((c) =>
    c.evaluations.map((evaluation) => ({ ...evaluation, caseId: c.id })),
  );
  if (evaluations.length > 0)
    await db.execute(sql`
      insert into case_evaluations (id, case_id, plan_id, evaluated_on, goal_results, notes, created_by, created_at)
      select v.id, v.case_id, v.plan_id, v.evaluated_on, v.goal_results::jsonb, v.notes, v.created_by,
        v.evaluated_on::timestamp at time zone 'Asia/Tokyo'
      from unnest(${column(evaluations.map((x) => x.id))}::uuid[], ${column(evaluations.map((x) => x.caseId))}::uuid[],
        ${column(evaluations.map((x) => x.planId))}::uuid[], ${column(evaluations.map((x) => x.evaluatedOn))}::date[],
        ${column(evaluations.map((x) => JSON.stringify(x.goalResults)))}::text[], ${column(evaluations.map((x) => x.notes))}::text[],
        ${column(evaluations.map((x) => leadById.get(x.caseId) ?? null))}::uuid[])
        as v(id, case_id, plan_id, evaluated_on, goal_results, notes, created_by)`);

  const closures = cases.flatMap((c) => (c.closure ? [{ ...c.closure, caseId: c.id }] : []));
  if (closures.length > 0)
    await db.execute(sql`
      insert into case_closures (case_id, closed_on, reason, outcome_summary, created_by, created_at)
      select v.case_id, v.closed_on, v.reason, v.summary, v.created_by, v.closed_on::timestamp at time zone 'Asia/Tokyo'
      from unnest(${column(closures.map((x) => x.caseId))}::uuid[], ${column(closures.map((x) => x.closedOn))}::date[],
        ${column(closures.map((x) => x.reason))}::text[], ${column(closures.map((x) => x.outcomeSummary))}::text[],
        ${column(closures.map((x) => leadById.get(x.caseId) ?? null))}::uuid[])
        as v(case_id, closed_on, reason, summary, created_by)`);

  const transitions = cases.flatMap((c) => c.transitions.map((t) => ({ ...t, caseId: c.id })));
  await db.execute(sql`
    insert into case_transitions (case_id, from_status, to_status, occurred_at, actor_id, note)
    select v.case_id, v.from_status, v.to_status, v.occurred_at, v.actor_id, v.note
    from unnest(${column(transitions.map((x) => x.caseId))}::uuid[], ${column(transitions.map((x) => x.from))}::text[],
      ${column(transitions.map((x) => x.to))}::text[], ${column(transitions.map((x) => x.at))}::timestamptz[],
      ${column(transitions.map((x) => leadById.get(x.caseId) ?? null))}::uuid[], ${column(transitions.map((x) => x.note))}::text[])
      as v(case_id, from_status, to_status, occurred_at, actor_id, note)`);
}

/**
 * Activities of cases already in the database: the participant, the staff member (the case's lead)
 * and the day (within the case's life, never after `today`) come from the case row.
 */
export async function insertActivities(
  db: Database,
  today: string,
  activities: GeneratedActivity[],
): Promise<void> {
  if (activities.length === 0) return;
  await db.execute(sql`
    insert into activities (id, participant_id, case_id, occurred_at, type, minutes, staff_id, notes, created_by, created_at, updated_at)
    select v.id, c.participant_id, case when v.linked then c.id end, o.at, v.type, v.minutes, c.lead_coordinator_id,
      v.notes, c.lead_coordinator_id, o.at, o.at
    from unnest(${column(activities.map((x) => x.id))}::uuid[], ${column(activities.map((x) => x.caseId))}::uuid[],
      ${column(activities.map((x) => x.linkedToCase))}::bool[], ${column(activities.map((x) => x.lifeFraction))}::float8[],
      ${column(activities.map((x) => x.minuteOfDay))}::int[], ${column(activities.map((x) => x.type))}::text[],
      ${column(activities.map((x) => x.minutes))}::int[], ${column(activities.map((x) => x.notes))}::text[])
      as v(id, case_id, linked, fraction, minute_of_day, type, minutes, notes)
    join cases c on c.id = v.case_id
    cross join lateral (
      select ((c.opened_on + floor(v.fraction * greatest(0, coalesce(c.closed_on, ${today}::date) - c.opened_on))::int)::timestamp
        + make_interval(mins => v.minute_of_day)) at time zone 'Asia/Tokyo' as at
    ) o`);
}
