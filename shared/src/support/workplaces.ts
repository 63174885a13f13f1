import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import {
  optionalEmail,
  optionalWithoutDefaults,
  phoneSchema,
  postalCodeSchema,
  requiredKana,
  requiredText,
  text,
  versionSchema,
} from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";

/**
 * Partner workplaces (協力事業所, issue 11): where participants do their work-experience
 * placements. A workplace may also be a member organization (issue 13): one organization, two
 * roles, linked by `memberOrganizationId` (ready, set once member organizations exist).
 */
export const workplaceStatuses = ["active", "paused", "ended"] as const;
export type WorkplaceStatus = (typeof workplaceStatuses)[number];

/** Kinds of work offered (the seed's fields of the collectives, and the usual placement work). */
export const workKinds = [
  "care",
  "childcare",
  "food",
  "cafe",
  "cleaning",
  "recycling",
  "agriculture",
  "manufacturing",
  "retail",
  "office",
  "other",
] as const;
export type WorkKind = (typeof workKinds)[number];

/** Accessibility and support the workplace offers a trainee. */
export const supportFeatures = [
  "quietRoom",
  "writtenInstructions",
  "wheelchairAccess",
  "flexibleHours",
  "shortHours",
  "jobCoach",
] as const;
export type SupportFeature = (typeof supportFeatures)[number];

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/;
/**
 * "09:30": a time of day on the 24-hour clock. A refinement, not .regex(): only a custom issue
 * carries its catalog key ("invalidTime") to the message; a regex issue reads as a bad format.
 */
export const timeOfDaySchema = z.string().refine((value) => timeOfDay.test(value), "invalidTime");

export const workplaceProfileSchema = z
  .strictObject({
    name: requiredText(100),
    nameKana: requiredKana,
    postalCode: postalCodeSchema.default(""),
    address: text(200).default(""),
    /** The municipality and ward (横浜市港北区), from the postal lookup: the list's area filter. */
    area: text(50).default(""),
    contactName: text(100).default(""),
    contactPhone: phoneSchema.default(""),
    contactEmail: optionalEmail.default(""),
    workKinds: z.array(z.enum(workKinds)).max(workKinds.length).default([]),
    /** Free words for the work itself (袋詰め, 清掃, 接客 …). */
    workDescription: text(1000).default(""),
    workDays: z.array(z.enum(weekdays)).max(weekdays.length).default([]),
    hoursFrom: timeOfDaySchema.nullable().default(null),
    hoursTo: timeOfDaySchema.nullable().default(null),
    traineeCapacity: z.number().int().min(0).max(99).default(1),
    supportFeatures: z.array(z.enum(supportFeatures)).max(supportFeatures.length).default([]),
    supportNotes: text(2000).default(""),
    status: z.enum(workplaceStatuses).default("active"),
  })
  .refine((value) => !value.hoursFrom || !value.hoursTo || value.hoursFrom < value.hoursTo, {
    path: ["hoursTo"],
    message: "hoursOrder",
  });
export type WorkplaceProfileInput = z.input<typeof workplaceProfileSchema>;
export type WorkplaceProfile = z.output<typeof workplaceProfileSchema>;

export const createWorkplaceInputSchema = workplaceProfileSchema;
export const updateWorkplaceInputSchema = z
  .strictObject({
    ...optionalWithoutDefaults(workplaceProfileSchema.shape),
    version: versionSchema,
  })
  .refine((value) => !value.hoursFrom || !value.hoursTo || value.hoursFrom < value.hoursTo, {
    path: ["hoursTo"],
    message: "hoursOrder",
  });
export type UpdateWorkplaceInput = z.input<typeof updateWorkplaceInputSchema>;

// ── 認定就労訓練事業 (中間的就労) ─────────────────────────────────────────────
/** Who certified it: the prefectural governor (都道府県知事) or the mayor (政令市・中核市長). */
export const certificationAuthorities = ["governor", "mayor"] as const;
/** 雇用型 (employed: a contract of employment) / 非雇用型 (non-employed: training without one). */
export const employmentTypes = ["employed", "nonEmployed"] as const;
export type EmploymentType = (typeof employmentTypes)[number];

/** Days before a certification's end that it appears on the today list. */
export const certificationReminderDays = 60;

export const certificationInputSchema = z
  .strictObject({
    authority: z.enum(certificationAuthorities),
    /** As written on the certificate (神奈川県知事, 横浜市長). */
    authorityName: text(50).default(""),
    number: requiredText(50),
    employmentTypes: z.array(z.enum(employmentTypes)).min(1).max(employmentTypes.length),
    validFrom: isoDateSchema,
    validUntil: isoDateSchema,
    notes: text(1000).default(""),
  })
  .refine((value) => value.validFrom <= value.validUntil, {
    path: ["validUntil"],
    message: "periodEndBeforeStart",
  });
export type CertificationInput = z.input<typeof certificationInputSchema>;

export const certificationSchema = z.object({
  id: z.uuid(),
  workplaceId: z.uuid(),
  authority: z.enum(certificationAuthorities),
  authorityName: z.string(),
  number: z.string(),
  employmentTypes: z.array(z.enum(employmentTypes)),
  validFrom: z.string(),
  validUntil: z.string(),
  notes: z.string(),
  /** Valid today in Japan. */
  current: z.boolean(),
  version: z.number().int(),
});
export type Certification = z.infer<typeof certificationSchema>;

export const updateCertificationInputSchema = certificationInputSchema.safeExtend({ version: versionSchema });

// ── Responses ────────────────────────────────────────────────────────────────
export const workplaceSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameKana: z.string(),
  area: z.string(),
  workKinds: z.array(z.enum(workKinds)),
  workDays: z.array(z.enum(weekdays)),
  hoursFrom: z.string().nullable(),
  hoursTo: z.string().nullable(),
  traineeCapacity: z.number().int(),
  /** Places free today: the capacity less the planned or ongoing placements whose period holds today (0 at least). */
  freeCapacity: z.number().int(),
  supportFeatures: z.array(z.enum(supportFeatures)),
  status: z.enum(workplaceStatuses),
  /** The certification valid today (認定就労訓練事業), if any: its end date and types. */
  certifiedUntil: z.string().nullable(),
  certifiedTypes: z.array(z.enum(employmentTypes)),
});
export type WorkplaceSummary = z.infer<typeof workplaceSummarySchema>;

export const workplaceSchema = workplaceSummarySchema.extend({
  postalCode: z.string(),
  address: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  workDescription: z.string(),
  supportNotes: z.string(),
  /** The member organization this workplace is (issue 13), when linked. */
  memberOrganizationId: z.uuid().nullable(),
  certifications: z.array(certificationSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Workplace = z.infer<typeof workplaceSchema>;

export const workplacePageSchema = pageOf(workplaceSummarySchema);

const queryBoolean = z.enum(["true", "false"]).transform((value) => value === "true");

export const findWorkplacesQuerySchema = pageQuerySchema
  .extend({
    /** Name or reading, partial, in either kana script or width, variant kanji folded. */
    q: text(100).optional(),
    workKind: z.enum(workKinds).optional(),
    /** Part of the area (港北区, 横浜市). */
    area: text(50).optional(),
    status: z.enum(workplaceStatuses).optional(),
    /** true: only workplaces certified today for 認定就労訓練事業; false: only those not certified today. */
    certified: queryBoolean.optional(),
    /** true: only workplaces with a free place today; false: only those full today. */
    freeCapacity: queryBoolean.optional(),
  })
  .strict();
export type FindWorkplacesQuery = z.input<typeof findWorkplacesQuerySchema>;

export const workplaceIdParamsSchema = z.strictObject({ id: z.uuid() });
export const certificationParamsSchema = z.strictObject({ id: z.uuid(), certificationId: z.uuid() });
