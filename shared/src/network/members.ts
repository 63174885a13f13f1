import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import {
  optionalEmail,
  phoneSchema,
  postalCodeSchema,
  requiredKana,
  requiredText,
  text,
  versionSchema,
} from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";

/**
 * Member organizations (参加団体, issue 13) and their yearly dues. A member is counted on a date D
 * when joinedOn <= D and (leftOn is empty or leftOn > D); status "left" exactly when leftOn is set.
 */
export const memberKinds = [
  "workers_collective",
  "npo",
  "consumer_coop",
  "social_welfare",
  "enterprise_union",
  "other",
] as const;
export type MemberKind = (typeof memberKinds)[number];

/** Fields of work (事業分野) of the member organizations. */
export const memberFields = [
  "care",
  "food",
  "childcare",
  "cleaning",
  "recycling",
  "cafe",
  "housework",
  "delivery",
  "crafts",
  "other",
] as const;
export type MemberField = (typeof memberFields)[number];

/** active, resting (休止中: still a member) or left (退会: leftOn set). */
export const memberStatuses = ["active", "resting", "left"] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** The first fiscal year the count by year can start from, and the most years one request covers. */
export const memberCountFirstYear = 1980;
export const memberCountMaxYears = 100;

const memberOrganizationShape = {
  name: requiredText(100),
  nameKana: requiredKana,
  kind: z.enum(memberKinds),
  fields: z.array(z.enum(memberFields)).max(memberFields.length).default([]),
  postalCode: postalCodeSchema.default(""),
  address: text(200).default(""),
  /** The municipality and ward (横浜市港北区), from the postal lookup: the list's area filter. */
  area: text(50).default(""),
  representativeName: text(100).default(""),
  contactName: text(100).default(""),
  contactPhone: phoneSchema.default(""),
  contactEmail: optionalEmail.default(""),
  workingMembers: z.number().int().min(0).max(100000).nullable().default(null),
  joinedOn: isoDateSchema,
  leftOn: isoDateSchema.nullable().default(null),
  status: z.enum(memberStatuses).default("active"),
  notes: text(2000).default(""),
};

type MembershipDates = { joinedOn: string; leftOn: string | null; status: MemberStatus };

/** The left date after the joined date, and status "left" exactly when a left date is given. */
function checkMembership(value: MembershipDates, context: z.RefinementCtx) {
  if (value.leftOn && value.leftOn < value.joinedOn)
    context.addIssue({ code: "custom", path: ["leftOn"], message: "memberLeftBeforeJoined" });
  if (value.status === "left" && !value.leftOn)
    context.addIssue({ code: "custom", path: ["leftOn"], message: "memberLeftOnRequired" });
  if (value.status !== "left" && value.leftOn)
    context.addIssue({ code: "custom", path: ["status"], message: "memberLeftOnOnlyWhenLeft" });
}

export const memberOrganizationInputSchema = z
  .strictObject(memberOrganizationShape)
  .superRefine(checkMembership);
export type MemberOrganizationInput = z.input<typeof memberOrganizationInputSchema>;
export type MemberOrganizationValues = z.output<typeof memberOrganizationInputSchema>;

/** An edit sends the whole record as the form holds it, with the version it was loaded at. */
export const updateMemberOrganizationInputSchema = z
  .strictObject({ ...memberOrganizationShape, version: versionSchema })
  .superRefine(checkMembership);
export type UpdateMemberOrganizationInput = z.input<typeof updateMemberOrganizationInputSchema>;

const listFilters = {
  /** Name or reading, partial, in either kana script or width, variant kanji folded. */
  q: text(100).optional(),
  kind: z.enum(memberKinds).optional(),
  field: z.enum(memberFields).optional(),
  /** Part of the area (港北区, 横浜市). */
  area: text(50).optional(),
  status: z.enum(memberStatuses).optional(),
};

export const findMemberOrganizationsQuerySchema = pageQuerySchema.extend(listFilters).strict();
export type FindMemberOrganizationsQuery = z.input<typeof findMemberOrganizationsQuerySchema>;

/** The export takes the list's filters, without pages. */
export const exportMemberOrganizationsQuerySchema = z.strictObject(listFilters);
export type ExportMemberOrganizationsQuery = z.input<typeof exportMemberOrganizationsQuerySchema>;
export const memberExportMaxRows = 5000;

export const memberOrganizationIdParamsSchema = z.strictObject({ id: z.uuid() });

export const memberOrganizationSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameKana: z.string(),
  kind: z.enum(memberKinds),
  fields: z.array(z.enum(memberFields)),
  area: z.string(),
  workingMembers: z.number().int().nullable(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  status: z.enum(memberStatuses),
});
export type MemberOrganizationSummary = z.infer<typeof memberOrganizationSummarySchema>;
export const memberOrganizationPageSchema = pageOf(memberOrganizationSummarySchema);

export const memberOrganizationSchema = memberOrganizationSummarySchema.extend({
  postalCode: z.string(),
  address: z.string(),
  representativeName: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  notes: z.string(),
  /** The partner workplace this organization also is (one organization, two roles), read-only here. */
  workplace: z.object({ id: z.uuid(), name: z.string(), status: z.string() }).nullable(),
  /** Its development as a partner workplace (協力事業所の開拓), if it is in the pipeline. */
  prospect: z.object({ id: z.uuid(), stage: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type MemberOrganization = z.infer<typeof memberOrganizationSchema>;

// ── Pickers and counts ─────────────────────────────────────────────────────────
export const memberOptionsQuerySchema = z.strictObject({ q: text(100).optional() });
export const memberOptionsSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type MemberOption = z.infer<typeof memberOptionsSchema>["items"][number];

export const memberCountQuerySchema = z.strictObject({ on: isoDateSchema });
export const memberCountSchema = z.object({ on: z.string(), count: z.number().int() });
export type MemberCount = z.infer<typeof memberCountSchema>;

const fiscalYearQuery = z.coerce.number().int().min(memberCountFirstYear).max(2200);
export const memberCountByYearQuerySchema = z
  .strictObject({ from: fiscalYearQuery, to: fiscalYearQuery })
  .refine((value) => value.from <= value.to, { path: ["to"], message: "periodEndBeforeStart" })
  .refine((value) => value.to - value.from < memberCountMaxYears, {
    path: ["from"],
    message: "memberCountTooManyYears",
  });
export const memberCountByYearSchema = z.object({
  items: z.array(
    z.object({
      /** The fiscal year (April to March) by the year it starts in. */
      fiscalYear: z.number().int(),
      /** Members on April 1 of that year. */
      count: z.number().int(),
      joined: z.number().int(),
      left: z.number().int(),
    }),
  ),
});
export type MemberCountByYear = z.infer<typeof memberCountByYearSchema>;

// ── Dues (会費) ────────────────────────────────────────────────────────────────
export const memberDuesParamsSchema = z.strictObject({
  id: z.uuid(),
  fiscalYear: z.coerce.number().int().min(1990).max(2200),
});

export const memberDuesInputSchema = z.strictObject({
  amountYen: z.number().int().min(0).max(100_000_000),
  /** Empty while unpaid. */
  paidOn: isoDateSchema.nullable().default(null),
  notes: text(500).default(""),
  /** The version the editor loaded; absent when the year has no dues yet. */
  version: versionSchema.optional(),
});
export type MemberDuesInput = z.input<typeof memberDuesInputSchema>;

export const memberDuesSchema = z.object({
  id: z.uuid(),
  memberOrganizationId: z.uuid(),
  fiscalYear: z.number().int(),
  amountYen: z.number().int(),
  paidOn: z.string().nullable(),
  notes: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type MemberDues = z.infer<typeof memberDuesSchema>;
export const memberDuesListSchema = z.object({ items: z.array(memberDuesSchema) });

export const findDuesQuerySchema = z.strictObject({
  fiscalYear: z.coerce.number().int().min(1990).max(2200).optional(),
  unpaid: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
});
export type FindDuesQuery = z.input<typeof findDuesQuerySchema>;
/** The office's list: at most this many rows (the latest years first). */
export const duesListMax = 1000;
export const duesWithOrganizationListSchema = z.object({
  items: z.array(
    memberDuesSchema.extend({ organizationName: z.string(), organizationStatus: z.enum(memberStatuses) }),
  ),
});
export type DuesWithOrganization = z.infer<typeof duesWithOrganizationListSchema>["items"][number];
