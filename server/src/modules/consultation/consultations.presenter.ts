import type {
  Consultation,
  ConsultationCategory,
  ConsultationChannel,
  ConsultationStatus,
  ConsultationSummary,
  outcomeRoutes,
  PersonKind,
} from "@otagai/shared/consultation/consultations";
import type { concernTopics } from "@otagai/shared/support/concern-topics";
import type { ageBands } from "@otagai/shared/support/participants";
import type { CategoryRow, ConsultationRow } from "./consultations.repository.ts";

type AgeBand = (typeof ageBands)[number];

export function presentCategory(row: CategoryRow): ConsultationCategory {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    sortOrder: row.sortOrder,
    active: row.active,
    version: row.version,
  };
}

/** The participant's name when one is named, the typed name of a new person, none when anonymous. */
function personNameOf(row: ConsultationRow): string | null {
  if (row.participant) return `${row.participant.familyName} ${row.participant.givenName}`.trim();
  return row.personKind === "anonymous" ? null : row.personName;
}

/** What a list shows: who (name only, never contact details), when, how, and where it stands. */
export function presentConsultationSummary(row: ConsultationRow): ConsultationSummary {
  return {
    id: row.id,
    consultedAt: row.consultedAt.toISOString(),
    channel: row.channel as ConsultationChannel,
    consultantId: row.consultantId,
    consultantName: row.consultantName,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    personKind: row.personKind as PersonKind,
    participantId: row.participantId,
    personName: personNameOf(row),
    status: row.status as ConsultationStatus,
    outcomeRoute: row.outcomeRoute as (typeof outcomeRoutes)[number] | null,
    nextActionOn: row.nextActionOn,
  };
}

export function presentConsultation(row: ConsultationRow): Consultation {
  const participant = row.participant;
  return {
    ...presentConsultationSummary(row),
    person: {
      kind: row.personKind as PersonKind,
      participantId: row.participantId,
      name: personNameOf(row),
      nameKana: participant
        ? `${participant.familyNameKana} ${participant.givenNameKana}`.trim()
        : row.personNameKana,
      phone: participant ? participant.phone : row.personPhone,
      email: participant ? (participant.email ?? "") : row.personEmail,
      ageBand: row.ageBand === "" ? null : (row.ageBand as AgeBand),
      gender: row.gender,
      area: row.area,
    },
    concernTopics: row.concernTopics as (typeof concernTopics)[number][],
    question: row.question,
    answer: row.answer,
    minutes: row.minutes,
    nextAction: row.nextAction,
    caseId: row.caseId,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
