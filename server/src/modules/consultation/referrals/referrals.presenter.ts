import type {
  Advisor,
  AdvisorField,
  Agency,
  AgencyKind,
  Referral,
  ReferralStatus,
} from "@otagai/shared/consultation/referrals";
import type { AdvisorRow, AgencyRow } from "./directory.repository.ts";
import type { ReferralRow } from "./referrals.repository.ts";

export function presentAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AgencyKind,
    handles: row.handles,
    contactPerson: row.contactPerson,
    phone: row.phone,
    email: row.email,
    address: row.address,
    notes: row.notes,
    active: row.active,
    version: row.version,
  };
}

/** Whether the contract covers `today` ("YYYY-MM-DD", Japan): started, and not ended before it. */
export function contractCurrentOn(
  row: Pick<AdvisorRow, "contractStartsOn" | "contractEndsOn">,
  today: string,
) {
  return row.contractStartsOn <= today && (row.contractEndsOn === null || row.contractEndsOn >= today);
}

export function presentAdvisor(row: AdvisorRow, today: string): Advisor {
  return {
    id: row.id,
    name: row.name,
    field: row.field as AdvisorField,
    organization: row.organization,
    phone: row.phone,
    email: row.email,
    contractStartsOn: row.contractStartsOn,
    contractEndsOn: row.contractEndsOn,
    contractCurrent: contractCurrentOn(row, today),
    notes: row.notes,
    active: row.active,
    version: row.version,
  };
}

export function presentReferral(row: ReferralRow): Referral {
  const recipient =
    row.advisorId !== null
      ? {
          kind: "advisor" as const,
          id: row.advisorId,
          name: row.advisorName ?? "",
          type: row.advisorField ?? "",
        }
      : {
          kind: "agency" as const,
          id: row.agencyId ?? "",
          name: row.agencyName ?? "",
          type: row.agencyKind ?? "",
        };
  return {
    id: row.id,
    consultationId: row.consultationId,
    caseId: row.caseId,
    participantId: row.participantId,
    participantName: row.familyName === null ? null : `${row.familyName} ${row.givenName ?? ""}`.trim(),
    recipient,
    purpose: row.purpose,
    reason: row.reason,
    referredOn: row.referredOn,
    status: row.status as ReferralStatus,
    statusChangedOn: row.statusChangedOn,
    result: row.result,
    followUpOn: row.followUpOn,
    personalDataShared: row.personalDataShared,
    consentId: row.consentId,
    createdByName: row.createdByName,
    version: row.version,
  };
}
