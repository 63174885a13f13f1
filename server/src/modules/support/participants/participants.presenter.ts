import { ageOn } from "@otagai/shared/japanese/age";
import type { CaseStatus } from "@otagai/shared/support/case-flow";
import type {
  benefitKinds,
  Consent,
  consentMethods,
  Participant,
  ParticipantSummary,
  SensitiveSection,
} from "@otagai/shared/support/participants";
import type { ConsentRow } from "./consents.repository.ts";
import type {
  CaseSummaryRow,
  ParticipantRow,
  ParticipantSummaryRow,
  SensitiveRow,
} from "./participants.repository.ts";

function presentCase(row: CaseSummaryRow): ParticipantSummary["cases"][number] {
  return {
    id: row.id,
    programId: row.programId,
    status: row.status as CaseStatus,
    leadCoordinatorId: row.leadCoordinatorId,
    openedOn: row.openedOn,
  };
}

/**
 * What a list, a search result or a duplicate match shows of a person: name, reading, birth date
 * and age, and the cases the user may see. Never contact details, notes or the sensitive section.
 */
export function presentParticipantSummary(
  row: ParticipantSummaryRow,
  cases: CaseSummaryRow[],
  today: string,
): ParticipantSummary {
  return {
    id: row.id,
    familyName: row.familyName,
    givenName: row.givenName,
    familyNameKana: row.familyNameKana,
    givenNameKana: row.givenNameKana,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    cases: cases.map(presentCase),
  };
}

export function presentConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    participantId: row.participantId,
    purpose: row.purpose,
    agency: row.agency,
    givenOn: row.givenOn,
    method: row.method as (typeof consentMethods)[number],
    withdrawnOn: row.withdrawnOn,
    notes: row.notes,
    version: row.version,
  };
}

/**
 * A participant's page: the profile, consents and visible cases. The sensitive section is not
 * here: it has its own route, permission and audit entry. `survivorId`: the live record a
 * tombstone (merged-away record) sends the user to.
 */
export function presentParticipant(
  row: ParticipantRow,
  details: { cases: CaseSummaryRow[]; consents: ConsentRow[]; survivorId: string | null },
  today: string,
): Participant {
  return {
    ...presentParticipantSummary(row, details.cases, today),
    gender: row.gender,
    nationality: row.nationality,
    preferredLanguage: row.preferredLanguage,
    phone: row.phone,
    email: row.email,
    postalCode: row.postalCode,
    address: row.address,
    emergencyContactName: row.emergencyContactName,
    emergencyContactRelation: row.emergencyContactRelation,
    emergencyContactPhone: row.emergencyContactPhone,
    referralSource: row.referralSource,
    notes: row.notes,
    consents: details.consents.map(presentConsent),
    mergedIntoId: details.survivorId ?? row.mergedIntoId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The sensitive section, or an empty one (version 0) when it was never written. */
export function presentSensitiveSection(
  participantId: string,
  row: SensitiveRow | undefined,
): SensitiveSection {
  return {
    participantId,
    health: row?.health ?? "",
    disability: row?.disability ?? "",
    disabilityCertificate: row?.disabilityCertificate ?? "",
    certificateGrade: row?.certificateGrade ?? "",
    livelihood: row?.livelihood ?? "",
    benefits: (row?.benefits ?? []) as (typeof benefitKinds)[number][],
    notes: row?.notes ?? "",
    updatedAt: row?.updatedAt.toISOString() ?? null,
    version: row?.version ?? 0,
  };
}
