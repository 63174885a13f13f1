import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import {
  optionalEmail,
  optionalKana,
  optionalWithoutDefaults,
  phoneSchema,
  postalCodeSchema,
  requiredKana,
  requiredText,
  text,
  versionSchema,
} from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";
import { caseStatuses } from "./case-flow.ts";

/** The profile fields a user types; shared by registration, editing and import. */
export const participantProfileSchema = z.strictObject({
  familyName: requiredText(50),
  givenName: text(50).default(""),
  familyNameKana: requiredKana,
  givenNameKana: optionalKana.default(""),
  birthDate: isoDateSchema.nullable().default(null),
  /** As the person states it, free text (optional). */
  gender: text(30).default(""),
  nationality: text(50).default(""),
  preferredLanguage: text(50).default(""),
  phone: phoneSchema.default(""),
  email: optionalEmail.default(""),
  postalCode: postalCodeSchema.default(""),
  address: text(200).default(""),
  emergencyContactName: text(100).default(""),
  emergencyContactRelation: text(50).default(""),
  emergencyContactPhone: phoneSchema.default(""),
  /** How they came (本人, 家族, 福祉事務所, ハローワーク, …). */
  referralSource: text(100).default(""),
  notes: text(2000).default(""),
});
export type ParticipantProfile = z.output<typeof participantProfileSchema>;
export type ParticipantProfileInput = z.input<typeof participantProfileSchema>;

export const duplicateReasons = [
  "sameReadingAndBirthDate",
  "samePhone",
  "similarReadingSameBirthYear",
] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** Registration: the profile, and when likely duplicates were shown, the reason to save anyway. */
export const createParticipantInputSchema = participantProfileSchema.extend({
  duplicateOverride: z
    .strictObject({ reason: requiredText(500), matchIds: z.array(z.uuid()).max(20) })
    .optional(),
});
export type CreateParticipantInput = z.input<typeof createParticipantInputSchema>;

export const updateParticipantInputSchema = z.strictObject({
  ...optionalWithoutDefaults(participantProfileSchema.shape),
  /** The version the editor loaded: another means someone else saved first (409). */
  version: versionSchema,
});
export type UpdateParticipantInput = z.input<typeof updateParticipantInputSchema>;

export const duplicateCheckInputSchema = z.strictObject({
  familyName: text(50).default(""),
  givenName: text(50).default(""),
  familyNameKana: optionalKana.default(""),
  givenNameKana: optionalKana.default(""),
  birthDate: isoDateSchema.nullable().default(null),
  phone: text(30).default(""),
  /** When editing: the record itself is no duplicate of itself. */
  excludeId: z.uuid().optional(),
});

export const participantCaseSummarySchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  status: z.enum(caseStatuses),
  leadCoordinatorId: z.uuid().nullable(),
  openedOn: z.string(),
});

/** What a list, a search result or a duplicate match shows: never the sensitive section. */
export const participantSummarySchema = z.object({
  id: z.uuid(),
  familyName: z.string(),
  givenName: z.string(),
  familyNameKana: z.string(),
  givenNameKana: z.string(),
  birthDate: z.string().nullable(),
  /** Age today in Japan. */
  age: z.number().int().nullable(),
  cases: z.array(participantCaseSummarySchema),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

export const duplicateMatchSchema = z.object({
  participant: participantSummarySchema,
  reasons: z.array(z.enum(duplicateReasons)),
  /** 0–1: how alike the two are. */
  score: z.number(),
});
export const duplicateCheckResultSchema = z.object({
  matches: z.array(duplicateMatchSchema),
  /** Likely duplicates the user may not see (another program's): only their number. */
  hiddenMatches: z.number().int(),
});
export type DuplicateCheckResult = z.infer<typeof duplicateCheckResultSchema>;

export const consentMethods = ["written", "verbal"] as const;
export const consentSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  purpose: z.string(),
  agency: z.string(),
  givenOn: z.string(),
  method: z.enum(consentMethods),
  withdrawnOn: z.string().nullable(),
  notes: z.string(),
  version: z.number().int(),
});
export type Consent = z.infer<typeof consentSchema>;
export const createConsentInputSchema = z.strictObject({
  purpose: requiredText(200),
  agency: text(200).default(""),
  givenOn: isoDateSchema,
  method: z.enum(consentMethods),
  notes: text(1000).default(""),
});
export const withdrawConsentInputSchema = z.strictObject({
  withdrawnOn: isoDateSchema,
  version: z.number().int().min(1).max(2_147_483_647),
});

export const participantSchema = participantSummarySchema.extend({
  gender: z.string(),
  nationality: z.string(),
  preferredLanguage: z.string(),
  phone: z.string(),
  email: z.string(),
  postalCode: z.string(),
  address: z.string(),
  emergencyContactName: z.string(),
  emergencyContactRelation: z.string(),
  emergencyContactPhone: z.string(),
  referralSource: z.string(),
  notes: z.string(),
  consents: z.array(consentSchema),
  /** Set on a record merged into another: the web app goes there instead. */
  mergedIntoId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Participant = z.infer<typeof participantSchema>;

/** Benefits as the office records them; 生活保護 is public_assistance. */
export const benefitKinds = [
  "public_assistance",
  "disability_pension",
  "housing_benefit",
  "child_allowance",
  "unemployment",
  "other",
] as const;

export const sensitiveSectionInputSchema = z.strictObject({
  health: text(2000).default(""),
  disability: text(500).default(""),
  /** 身体障害者手帳, 療育手帳, 精神障害者保健福祉手帳 … */
  disabilityCertificate: text(100).default(""),
  certificateGrade: text(50).default(""),
  livelihood: text(2000).default(""),
  benefits: z.array(z.enum(benefitKinds)).max(benefitKinds.length).default([]),
  notes: text(2000).default(""),
  /** 0 when the section was never written. */
  version: z.number().int().min(0).max(2_147_483_647),
});
export const sensitiveSectionSchema = z.object({
  participantId: z.uuid(),
  health: z.string(),
  disability: z.string(),
  disabilityCertificate: z.string(),
  certificateGrade: z.string(),
  livelihood: z.string(),
  benefits: z.array(z.enum(benefitKinds)),
  notes: z.string(),
  updatedAt: z.string().nullable(),
  version: z.number().int(),
});
export type SensitiveSection = z.infer<typeof sensitiveSectionSchema>;

export const ageBands = ["under20", "20s", "30s", "40s", "50s", "60plus"] as const;

export const findParticipantsQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().max(100).optional(),
    programId: z.uuid().optional(),
    caseStatus: z.enum(caseStatuses).optional(),
    coordinatorId: z.uuid().optional(),
    ageBand: z.enum(ageBands).optional(),
  })
  .strict();
export type FindParticipantsQuery = z.input<typeof findParticipantsQuerySchema>;

export const participantPageSchema = pageOf(participantSummarySchema);

/** The export (GET /api/participants/export, .xlsx) takes the list's filters, without paging. */
export const exportParticipantsQuerySchema = findParticipantsQuerySchema
  .omit({ page: true, pageSize: true })
  .strict();
export type ExportParticipantsQuery = z.input<typeof exportParticipantsQuerySchema>;
/** The most people one export holds; more answers EXPORT_TOO_LARGE (narrow the filters). */
export const participantExportMaxRows = 5000;
export const participantIdParamsSchema = z.strictObject({ id: z.uuid() });
