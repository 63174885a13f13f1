import type { Placement, PlacementInput } from "@otagai/shared/support/placements";
import type { EmploymentType, Weekday } from "@otagai/shared/support/workplaces";
import { weekdays } from "@otagai/shared/support/workplaces";

/** The placement as its form holds it: strings for the selects ("" for none), the term count as typed. */
export type PlacementValues = {
  workplaceId: string;
  employmentType: EmploymentType | "";
  startOn: string;
  termCount: number | string;
  workDays: Weekday[];
  hoursFrom: string;
  hoursTo: string;
  tasks: string;
  supervisorName: string;
  coordinatorId: string;
  transportNotes: string;
  allowanceNotes: string;
  guidanceNotes: string;
};

export const placementFields = [
  "workplaceId",
  "employmentType",
  "startOn",
  "termCount",
  "workDays",
  "hoursFrom",
  "hoursTo",
  "tasks",
  "supervisorName",
  "coordinatorId",
  "transportNotes",
  "allowanceNotes",
  "guidanceNotes",
] as const satisfies readonly (keyof PlacementValues)[];

export const emptyPlacement: PlacementValues = {
  workplaceId: "",
  employmentType: "nonEmployed",
  startOn: "",
  termCount: 1,
  workDays: [],
  hoursFrom: "",
  hoursTo: "",
  tasks: "",
  supervisorName: "",
  coordinatorId: "",
  transportNotes: "",
  allowanceNotes: "",
  guidanceNotes: "",
};

export function placementValuesOf(placement: Placement): PlacementValues {
  return {
    workplaceId: placement.workplaceId,
    employmentType: placement.employmentType,
    startOn: placement.startOn,
    termCount: placement.termCount,
    workDays: placement.workDays,
    hoursFrom: placement.hoursFrom,
    hoursTo: placement.hoursTo,
    tasks: placement.tasks,
    supervisorName: placement.supervisorName,
    coordinatorId: placement.coordinatorId ?? "",
    transportNotes: placement.transportNotes,
    allowanceNotes: placement.allowanceNotes,
    guidanceNotes: placement.guidanceNotes,
  };
}

/** What the schema checks: "" for a choice not made (the schema names the field), days in the week's order. */
export function placementInputOf(values: PlacementValues): PlacementInput {
  const count = typeof values.termCount === "number" ? values.termCount : values.termCount.trim();
  return {
    ...values,
    employmentType: values.employmentType as EmploymentType,
    termCount: (count === "" ? undefined : Number(count)) as number,
    workDays: weekdays.filter((day) => values.workDays.includes(day)),
    coordinatorId: values.coordinatorId === "" ? null : values.coordinatorId,
  };
}
