import type {
  MemberField,
  MemberKind,
  MemberOrganization,
  MemberOrganizationInput,
  MemberStatus,
} from "@otagai/shared/network/members";

/** The organization as the form holds it: text as strings, the number of people as the box gives it. */
export type MemberValues = {
  name: string;
  nameKana: string;
  kind: MemberKind;
  fields: MemberField[];
  postalCode: string;
  address: string;
  area: string;
  representativeName: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  workingMembers: number | string;
  joinedOn: string;
  leftOn: string;
  status: MemberStatus;
  notes: string;
};

export const emptyMember: MemberValues = {
  name: "",
  nameKana: "",
  kind: "workers_collective",
  fields: [],
  postalCode: "",
  address: "",
  area: "",
  representativeName: "",
  contactName: "",
  contactPhone: "",
  contactEmail: "",
  workingMembers: "",
  joinedOn: "",
  leftOn: "",
  status: "active",
  notes: "",
};

export function memberValuesOf(member: MemberOrganization): MemberValues {
  return {
    name: member.name,
    nameKana: member.nameKana,
    kind: member.kind,
    fields: member.fields,
    postalCode: member.postalCode,
    address: member.address,
    area: member.area,
    representativeName: member.representativeName,
    contactName: member.contactName,
    contactPhone: member.contactPhone,
    contactEmail: member.contactEmail,
    workingMembers: member.workingMembers ?? "",
    joinedOn: member.joinedOn,
    leftOn: member.leftOn ?? "",
    status: member.status,
    notes: member.notes,
  };
}

/** What the API takes: an empty number or date is null. */
export function memberInputOf(values: MemberValues): MemberOrganizationInput {
  return {
    ...values,
    workingMembers: values.workingMembers === "" ? null : Number(values.workingMembers),
    leftOn: values.leftOn === "" ? null : values.leftOn,
  };
}
