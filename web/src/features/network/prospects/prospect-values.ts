import type { Prospect, UpdateProspectInput } from "@otagai/shared/network/prospects";
import type { WorkKind } from "@otagai/shared/support/workplaces";
import { changedFieldValues } from "../../../components/edit-form-parts";

/** A prospect's profile as its forms hold it: text inputs, checkboxes, an owner chosen or "" for none. */
export function prospectValuesOf(record?: Prospect) {
  return {
    name: record?.name ?? "",
    nameKana: record?.nameKana ?? "",
    postalCode: record?.postalCode ?? "",
    address: record?.address ?? "",
    area: record?.area ?? "",
    contactName: record?.contactName ?? "",
    contactPhone: record?.contactPhone ?? "",
    contactEmail: record?.contactEmail ?? "",
    workKinds: (record?.workKinds ?? []) as WorkKind[],
    notes: record?.notes ?? "",
    ownerId: record?.ownerId ?? "",
  };
}
export type ProspectValues = ReturnType<typeof prospectValuesOf>;

/** The profile's fields; a member organization's name, reading and address are its record's (ADR 021). */
export const prospectFields = Object.keys(prospectValuesOf()) as (keyof ProspectValues)[];
const prospectIdentityFields = ["name", "nameKana", "postalCode", "address", "area"] as const;

/**
 * An edit as the API takes it: only what changed from the record as loaded, with its version; a
 * member organization's identity never (the server refuses it: it is changed on the member).
 */
export function prospectChangesOf(values: ProspectValues, loaded: Prospect): UpdateProspectInput {
  const fields = loaded.memberOrganizationId
    ? prospectFields.filter((field) => !(prospectIdentityFields as readonly string[]).includes(field))
    : prospectFields;
  const changes = changedFieldValues(fields, values, prospectValuesOf(loaded));
  const { ownerId, ...rest } = changes;
  return {
    ...rest,
    ...(ownerId === undefined ? {} : { ownerId: ownerId || null }),
    version: loaded.version,
  };
}
