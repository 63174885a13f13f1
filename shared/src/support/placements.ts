import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { text, versionSchema } from "../platform/fields.ts";
import { employmentTypes, timeOfDaySchema, weekdays } from "./workplaces.ts";

/**
 * Work-experience placements (就労体験実習, issue 11): a participant of an active case at a partner
 * workplace, for a number of terms whose length and maximum the program's contract sets (Yokohama:
 * 3-month terms, up to 4).
 */
export const placementStatuses = ["planned", "ongoing", "completed", "ended_early"] as const;
export type PlacementStatus = (typeof placementStatuses)[number];

/** The allowed moves, one table: the service enforces it and the page draws its buttons from it. */
export const placementTransitions: readonly { from: PlacementStatus; to: PlacementStatus }[] = [
  { from: "planned", to: "ongoing" },
  { from: "ongoing", to: "completed" },
  { from: "planned", to: "ended_early" },
  { from: "ongoing", to: "ended_early" },
];

/** When the program's contract for the start's fiscal year says nothing: Yokohama's terms. */
export const defaultTermMonths = 3;
export const defaultMaxTerms = 4;

export const placementInputSchema = z
  .strictObject({
    workplaceId: z.uuid(),
    employmentType: z.enum(employmentTypes),
    startOn: isoDateSchema,
    /** How many terms; the contract's maximum is checked by the server (with the rule named). */
    termCount: z.number().int().min(1).max(12),
    workDays: z.array(z.enum(weekdays)).min(1).max(weekdays.length),
    hoursFrom: timeOfDaySchema,
    hoursTo: timeOfDaySchema,
    tasks: text(2000).default(""),
    supervisorName: text(100).default(""),
    coordinatorId: z.uuid().nullable().default(null),
    transportNotes: text(1000).default(""),
    allowanceNotes: text(1000).default(""),
    /** Left for the workplace's partner users (the portal shows them). */
    guidanceNotes: text(2000).default(""),
  })
  .refine((value) => value.hoursFrom < value.hoursTo, { path: ["hoursTo"], message: "hoursOrder" });
export type PlacementInput = z.input<typeof placementInputSchema>;

export const updatePlacementInputSchema = placementInputSchema.safeExtend({ version: versionSchema });

export const placementTransitionInputSchema = z
  .strictObject({
    to: z.enum(placementStatuses),
    /** The day it ended (ended early or completed); today in Japan when not given. */
    endedOn: isoDateSchema.nullable().default(null),
    /** Why it ended early: required then, refused otherwise. */
    endedReason: text(1000).default(""),
    version: versionSchema,
  })
  .superRefine((value, context) => {
    if (value.to === "ended_early" && value.endedReason === "")
      context.addIssue({ code: "custom", path: ["endedReason"], message: "required" });
    if (value.to !== "ended_early" && value.endedReason !== "")
      context.addIssue({ code: "custom", path: ["endedReason"], message: "endedReasonOnlyWhenEndedEarly" });
  });

export const placementSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  participantId: z.uuid(),
  participantName: z.string(),
  workplaceId: z.uuid(),
  workplaceName: z.string(),
  employmentType: z.enum(employmentTypes),
  startOn: z.string(),
  termCount: z.number().int(),
  termMonths: z.number().int(),
  /** The last day of the last term. */
  endOn: z.string(),
  workDays: z.array(z.enum(weekdays)),
  hoursFrom: z.string(),
  hoursTo: z.string(),
  tasks: z.string(),
  supervisorName: z.string(),
  coordinatorId: z.uuid().nullable(),
  coordinatorName: z.string().nullable(),
  transportNotes: z.string(),
  allowanceNotes: z.string(),
  guidanceNotes: z.string(),
  status: z.enum(placementStatuses),
  endedOn: z.string().nullable(),
  endedReason: z.string(),
  version: z.number().int(),
});
export type Placement = z.infer<typeof placementSchema>;
export const placementListSchema = z.object({ items: z.array(placementSchema) });
export const placementIdParamsSchema = z.strictObject({ id: z.uuid() });
