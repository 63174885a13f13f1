import type {
  Certification,
  certificationAuthorities,
  EmploymentType,
  SupportFeature,
  Weekday,
  WorkKind,
  Workplace,
  WorkplaceStatus,
  WorkplaceSummary,
} from "@otagai/shared/support/workplaces";
import type { CertificationRow, WorkplaceRow } from "./workplaces.repository.ts";

function validOn(row: CertificationRow, day: string): boolean {
  return row.validFrom <= day && day <= row.validUntil;
}

export function presentCertification(row: CertificationRow, today: string): Certification {
  return {
    id: row.id,
    workplaceId: row.workplaceId,
    authority: row.authority as (typeof certificationAuthorities)[number],
    authorityName: row.authorityName,
    number: row.number,
    employmentTypes: row.employmentTypes as EmploymentType[],
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    notes: row.notes,
    current: validOn(row, today),
    version: row.version,
  };
}

/**
 * What the list shows of a workplace: the work, days, capacity and support it offers, and the
 * certification valid today (`current`: the one ending last, when several are), if any.
 */
export function presentWorkplaceSummary(
  row: WorkplaceRow,
  current: CertificationRow | undefined,
  freeCapacity: number,
): WorkplaceSummary {
  return {
    id: row.id,
    name: row.name,
    nameKana: row.nameKana,
    area: row.area,
    workKinds: row.workKinds as WorkKind[],
    workDays: row.workDays as Weekday[],
    hoursFrom: row.hoursFrom,
    hoursTo: row.hoursTo,
    traineeCapacity: row.traineeCapacity,
    freeCapacity,
    supportFeatures: row.supportFeatures as SupportFeature[],
    status: row.status as WorkplaceStatus,
    certifiedUntil: current?.validUntil ?? null,
    certifiedTypes: (current?.employmentTypes ?? []) as EmploymentType[],
  };
}

/** A workplace's page: everything it records, with its certifications, the latest end first. */
export function presentWorkplace(
  row: WorkplaceRow,
  certifications: CertificationRow[],
  today: string,
  freeCapacity: number,
): Workplace {
  // The list's choice among several valid today: the one ending last (certifications come latest first).
  const current = certifications.find((certification) => validOn(certification, today));
  return {
    ...presentWorkplaceSummary(row, current, freeCapacity),
    postalCode: row.postalCode,
    address: row.address,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    workDescription: row.workDescription,
    supportNotes: row.supportNotes,
    memberOrganizationId: row.memberOrganizationId,
    certifications: certifications.map((certification) => presentCertification(certification, today)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
