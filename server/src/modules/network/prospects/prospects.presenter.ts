import type {
  ContactMethod,
  Prospect,
  ProspectContact,
  ProspectEmploymentType,
  ProspectStage,
  ProspectSummary,
} from "@otagai/shared/network/prospects";
import type { WorkKind } from "@otagai/shared/support/workplaces";
import type { ContactWithStaffRow, LatestContactRow, ProspectWithNamesRow } from "./prospects.repository.ts";

/** The identity shown: a member organization's own (one organization, two roles), else the prospect's. */
export function identityOf(row: ProspectWithNamesRow) {
  const source = row.member ?? row;
  return {
    name: source.name,
    nameKana: source.nameKana,
    postalCode: source.postalCode,
    address: source.address,
    area: source.area,
  };
}

export function presentProspectSummary(
  row: ProspectWithNamesRow,
  latest: LatestContactRow | undefined,
): ProspectSummary {
  const identity = identityOf(row);
  return {
    id: row.id,
    name: identity.name,
    nameKana: identity.nameKana,
    area: identity.area,
    stage: row.stage as ProspectStage,
    memberOrganizationId: row.memberOrganizationId,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    workKinds: row.workKinds as WorkKind[],
    agreedOn: row.agreedOn,
    workplaceId: row.workplaceId,
    latestContact: latest
      ? { contactedOn: latest.contactedOn, method: latest.method as ContactMethod }
      : null,
    nextStep: latest?.nextStep ? { step: latest.nextStep, on: latest.nextStepOn } : null,
    version: row.version,
  };
}

export function presentContact(row: ContactWithStaffRow): ProspectContact {
  return {
    id: row.id,
    contactedOn: row.contactedOn,
    staffId: row.staffId,
    staffName: row.staffName,
    method: row.method as ContactMethod,
    notes: row.notes,
    nextStep: row.nextStep,
    nextStepOn: row.nextStepOn,
  };
}

export function presentProspect(
  row: ProspectWithNamesRow,
  contacts: ContactWithStaffRow[],
  workplaceName: string | null,
): Prospect {
  const [latest] = contacts;
  const identity = identityOf(row);
  return {
    ...presentProspectSummary(row, latest ? { ...latest, prospectId: row.id } : undefined),
    postalCode: identity.postalCode,
    address: identity.address,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    notes: row.notes,
    agreementScope: row.agreementScope,
    insurance: row.insurance,
    traineeCapacity: row.traineeCapacity,
    employmentType: row.employmentType as ProspectEmploymentType | null,
    workplaceName,
    contacts: contacts.map(presentContact),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
