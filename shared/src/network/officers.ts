import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { requiredKana, requiredText, text, versionSchema } from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";

/**
 * Officers (役員, issue 13): one row per term — a person, a role and the days it runs (both included),
 * linked to the member organization they come from. The board as of a day is the terms holding it.
 */

/** The seed's order on every board: 理事長, 専務理事, 副理事長, 理事, 監事. */
export const officerRoles = ["chair", "executive_director", "vice_chair", "director", "auditor"] as const;
export type OfficerRole = (typeof officerRoles)[number];

/** Roles with one seat: two holders on the same day is a mistake the office is warned of. */
export const singleSeatRoles: readonly OfficerRole[] = ["chair", "executive_director"];

export const officerInputSchema = z
  .strictObject({
    name: requiredText(100),
    nameKana: requiredKana,
    role: z.enum(officerRoles),
    termStartsOn: isoDateSchema,
    termEndsOn: isoDateSchema,
    /** The member organization the officer comes from, if any. */
    memberOrganizationId: z.uuid().nullable().default(null),
    notes: text(2000).default(""),
  })
  .superRefine((value, context) => {
    if (value.termEndsOn < value.termStartsOn)
      context.addIssue({ code: "custom", path: ["termEndsOn"], message: "officerTermOrder" });
  });
export type OfficerInput = z.input<typeof officerInputSchema>;

export const updateOfficerInputSchema = z.strictObject({
  officer: officerInputSchema,
  version: versionSchema,
});

export const officerSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameKana: z.string(),
  role: z.enum(officerRoles),
  termStartsOn: z.string(),
  termEndsOn: z.string(),
  memberOrganizationId: z.uuid().nullable(),
  memberOrganizationName: z.string().nullable(),
  notes: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Officer = z.infer<typeof officerSchema>;

/**
 * Another term of a one-seat role that shares days with this one: saved anyway (a hand-over day, a
 * correction entered in two steps), but returned so the form can show it.
 */
export const officerOverlapSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(officerRoles),
  termStartsOn: z.string(),
  termEndsOn: z.string(),
});
export type OfficerOverlap = z.infer<typeof officerOverlapSchema>;

/** A saved term, with the one-seat overlaps it makes (empty when none). */
export const savedOfficerSchema = z.object({
  officer: officerSchema,
  overlaps: z.array(officerOverlapSchema),
});
export type SavedOfficer = z.infer<typeof savedOfficerSchema>;

export const officerTermStates = ["current", "past", "future"] as const;
export type OfficerTermState = (typeof officerTermStates)[number];

export const findOfficersQuerySchema = pageQuerySchema.extend({
  /** Words of the name or its reading (either kana script or width). */
  q: text(100).optional(),
  role: z.enum(officerRoles).optional(),
  /** current: holding today (Japan); past: ended before today; future: starting after today. */
  term: z.enum(officerTermStates).optional(),
});
export type FindOfficersQuery = z.input<typeof findOfficersQuerySchema>;

export const officerPageSchema = pageOf(officerSchema);

/** The board as of a day (Japan's today by default). */
export const officerBoardQuerySchema = z.strictObject({ on: isoDateSchema.optional() });

export const officerBoardSchema = z.object({
  on: z.string(),
  /** In the seed's order of roles, then by reading. */
  items: z.array(officerSchema),
});
export type OfficerBoard = z.infer<typeof officerBoardSchema>;

/** The public site's board: names and roles of today's board, nothing else. */
export const publicBoardSchema = z.object({
  on: z.string(),
  items: z.array(z.object({ name: z.string(), role: z.enum(officerRoles) })),
});
export type PublicBoard = z.infer<typeof publicBoardSchema>;
