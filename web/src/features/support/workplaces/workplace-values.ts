import {
  type SupportFeature,
  supportFeatures,
  type Weekday,
  type WorkKind,
  type Workplace,
  type WorkplaceProfileInput,
  type WorkplaceStatus,
  weekdays,
  workKinds,
} from "@otagai/shared/support/workplaces";

/**
 * The profile as the form holds it: text as strings ("" for a time not given), the choices as
 * arrays, the capacity as the number box gives it (a number, or "" while empty).
 */
export type WorkplaceValues = {
  name: string;
  nameKana: string;
  postalCode: string;
  address: string;
  area: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  workKinds: WorkKind[];
  workDescription: string;
  workDays: Weekday[];
  hoursFrom: string;
  hoursTo: string;
  traineeCapacity: number | string;
  supportFeatures: SupportFeature[];
  supportNotes: string;
  status: WorkplaceStatus;
};

export const workplaceFields = [
  "name",
  "nameKana",
  "postalCode",
  "address",
  "area",
  "contactName",
  "contactPhone",
  "contactEmail",
  "workKinds",
  "workDescription",
  "workDays",
  "hoursFrom",
  "hoursTo",
  "traineeCapacity",
  "supportFeatures",
  "supportNotes",
  "status",
] as const satisfies readonly (keyof WorkplaceValues)[];

export const emptyWorkplace: WorkplaceValues = {
  name: "",
  nameKana: "",
  postalCode: "",
  address: "",
  area: "",
  contactName: "",
  contactPhone: "",
  contactEmail: "",
  workKinds: [],
  workDescription: "",
  workDays: [],
  hoursFrom: "",
  hoursTo: "",
  traineeCapacity: 1,
  supportFeatures: [],
  supportNotes: "",
  status: "active",
};

export function workplaceValuesOf(workplace: Workplace): WorkplaceValues {
  return {
    name: workplace.name,
    nameKana: workplace.nameKana,
    postalCode: workplace.postalCode,
    address: workplace.address,
    area: workplace.area,
    contactName: workplace.contactName,
    contactPhone: workplace.contactPhone,
    contactEmail: workplace.contactEmail,
    workKinds: workplace.workKinds,
    workDescription: workplace.workDescription,
    workDays: workplace.workDays,
    hoursFrom: workplace.hoursFrom ?? "",
    hoursTo: workplace.hoursTo ?? "",
    traineeCapacity: workplace.traineeCapacity,
    supportFeatures: workplace.supportFeatures,
    supportNotes: workplace.supportNotes,
    status: workplace.status,
  };
}

/** Ticked choices in the list's order, so that ticking in another order is no change. */
function inOrder<T extends string>(chosen: readonly T[], order: readonly T[]): T[] {
  return order.filter((value) => chosen.includes(value));
}

/** An empty number box is null: the schema then names the field ("入力してください"). */
function numberOrNull(value: number | string): number | null {
  if (typeof value === "number") return value;
  const trimmed = value.trim();
  return trimmed === "" ? null : Number(trimmed);
}

/** What the schema checks: a time not given is null, the choices in their fixed order. */
export function workplaceInputOf(values: WorkplaceValues): WorkplaceProfileInput {
  return {
    ...values,
    workKinds: inOrder(values.workKinds, workKinds),
    workDays: inOrder(values.workDays, weekdays),
    supportFeatures: inOrder(values.supportFeatures, supportFeatures),
    hoursFrom: values.hoursFrom.trim() === "" ? null : values.hoursFrom,
    hoursTo: values.hoursTo.trim() === "" ? null : values.hoursTo,
    traineeCapacity: numberOrNull(values.traineeCapacity) as number,
  };
}
