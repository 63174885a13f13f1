import type {
  DuesWithOrganization,
  MemberDues,
  MemberField,
  MemberKind,
  MemberOrganization,
  MemberOrganizationSummary,
  MemberStatus,
} from "@otagai/shared/network/members";
import type { DuesRow, MemberRow } from "./members.repository.ts";

export function presentMemberSummary(row: MemberRow): MemberOrganizationSummary {
  return {
    id: row.id,
    name: row.name,
    nameKana: row.nameKana,
    kind: row.kind as MemberKind,
    fields: row.fields as MemberField[],
    area: row.area,
    workingMembers: row.workingMembers,
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
    status: row.status as MemberStatus,
  };
}

export function presentMember(
  row: MemberRow,
  links: {
    workplace: { id: string; name: string; status: string } | null;
    prospect: { id: string; stage: string } | null;
  },
): MemberOrganization {
  return {
    ...presentMemberSummary(row),
    postalCode: row.postalCode,
    address: row.address,
    representativeName: row.representativeName,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    contactEmail: row.contactEmail,
    notes: row.notes,
    workplace: links.workplace,
    prospect: links.prospect,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentDues(row: DuesRow): MemberDues {
  return {
    id: row.id,
    memberOrganizationId: row.memberOrganizationId,
    fiscalYear: row.fiscalYear,
    amountYen: row.amountYen,
    paidOn: row.paidOn,
    notes: row.notes,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentDuesWithOrganization(row: {
  dues: DuesRow;
  organizationName: string;
  organizationStatus: string;
}): DuesWithOrganization {
  return {
    ...presentDues(row.dues),
    organizationName: row.organizationName,
    organizationStatus: row.organizationStatus as MemberStatus,
  };
}
