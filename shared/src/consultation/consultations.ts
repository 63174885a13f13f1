import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import {
  optionalEmail,
  optionalKana,
  phoneSchema,
  requiredText,
  text,
  versionSchema,
} from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";
import { openCaseInputSchema } from "../support/cases.ts";
import { concernTopics } from "../support/concern-topics.ts";
import { ageBands, createParticipantInputSchema } from "../support/participants.ts";

/**
 * The consultation desk (相談事業, issue 12): one consultation record per contact. The concern topics
 * are the national 相談受付・申込票's sixteen (one definition, shared with the case intake).
 */
export const consultationChannels = ["phone", "visit", "online", "email", "outreach"] as const;
export type ConsultationChannel = (typeof consultationChannels)[number];

/** Who consulted: a known participant, a new person with name and contact, or anonymous. */
export const personKinds = ["participant", "new_person", "anonymous"] as const;
export type PersonKind = (typeof personKinds)[number];

/** How it ended, counted apart in the figures: information only, hand-over (つなぎ), continuing. */
export const outcomeRoutes = ["information", "handover", "continuing"] as const;
export const consultationStatuses = ["open", "follow_up_due", "referred", "closed"] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

/** The seed's six categories (fixed codes; names in the catalog); the desk adds its own. */
export const fixedCategoryCodes = [
  "employment",
  "youth_station_practice",
  "public_employment",
  "club_family_employment",
  "living",
  "startup",
] as const;

export const consultationCategorySchema = z.object({
  id: z.uuid(),
  /** One of fixedCategoryCodes, or null for a category the desk added. */
  code: z.string().nullable(),
  name: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type ConsultationCategory = z.infer<typeof consultationCategorySchema>;
export const consultationCategoryListSchema = z.object({ items: z.array(consultationCategorySchema) });
export const consultationCategoryInputSchema = z.strictObject({
  name: requiredText(100),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
  active: z.boolean().default(true),
});
export const updateConsultationCategoryInputSchema = consultationCategoryInputSchema.safeExtend({
  version: versionSchema,
});

/** Who consulted, one shape per kind: anonymous carries no name or contact at all. */
export const consultationPersonSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("participant"), participantId: z.uuid() }),
  z.strictObject({
    kind: z.literal("new_person"),
    name: requiredText(100),
    nameKana: optionalKana.default(""),
    phone: phoneSchema.default(""),
    email: optionalEmail.default(""),
    ageBand: z.enum(ageBands).nullable().default(null),
    gender: text(50).default(""),
    area: text(100).default(""),
  }),
  z.strictObject({
    kind: z.literal("anonymous"),
    ageBand: z.enum(ageBands).nullable().default(null),
    gender: text(50).default(""),
    area: text(100).default(""),
  }),
]);
export type ConsultationPersonInput = z.input<typeof consultationPersonSchema>;

export const consultationInputSchema = z
  .strictObject({
    /** ISO date-time with offset (the page sends Japan time). */
    consultedAt: z.iso.datetime({ offset: true }),
    channel: z.enum(consultationChannels),
    consultantId: z.uuid().nullable().default(null),
    categoryId: z.uuid(),
    person: consultationPersonSchema,
    concernTopics: z.array(z.enum(concernTopics)).max(concernTopics.length).default([]),
    question: text(4000).default(""),
    answer: text(4000).default(""),
    outcomeRoute: z.enum(outcomeRoutes).nullable().default(null),
    minutes: z.number().int().min(0).max(1440).nullable().default(null),
    status: z.enum(consultationStatuses).default("open"),
    nextAction: text(500).default(""),
    nextActionOn: isoDateSchema.nullable().default(null),
  })
  .superRefine((value, context) => {
    if (value.nextActionOn !== null && value.nextAction === "")
      context.addIssue({ code: "custom", path: ["nextAction"], message: "required" });
    if (new Set(value.concernTopics).size !== value.concernTopics.length)
      context.addIssue({ code: "custom", path: ["concernTopics"], message: "invalid" });
  });
export type ConsultationInput = z.input<typeof consultationInputSchema>;
export const updateConsultationInputSchema = z.strictObject({
  consultation: consultationInputSchema,
  version: versionSchema,
});

export const consultationPersonViewSchema = z.object({
  kind: z.enum(personKinds),
  participantId: z.uuid().nullable(),
  /** The participant's or the new person's name; null when anonymous. */
  name: z.string().nullable(),
  nameKana: z.string(),
  phone: z.string(),
  email: z.string(),
  ageBand: z.enum(ageBands).nullable(),
  gender: z.string(),
  area: z.string(),
});

export const consultationSummarySchema = z.object({
  id: z.uuid(),
  consultedAt: z.string(),
  channel: z.enum(consultationChannels),
  consultantId: z.uuid().nullable(),
  consultantName: z.string().nullable(),
  categoryId: z.uuid(),
  categoryName: z.string(),
  personKind: z.enum(personKinds),
  participantId: z.uuid().nullable(),
  /** Name only in lists (no contact details); null when anonymous. */
  personName: z.string().nullable(),
  status: z.enum(consultationStatuses),
  outcomeRoute: z.enum(outcomeRoutes).nullable(),
  nextActionOn: z.string().nullable(),
});
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;

export const consultationSchema = consultationSummarySchema.extend({
  person: consultationPersonViewSchema,
  concernTopics: z.array(z.enum(concernTopics)),
  question: z.string(),
  answer: z.string(),
  minutes: z.number().int().nullable(),
  nextAction: z.string(),
  caseId: z.uuid().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Consultation = z.infer<typeof consultationSchema>;

export const findConsultationsQuerySchema = pageQuerySchema.extend({
  /** A name (kana or kanji, as the participants search), or words of the question/answer. */
  q: text(100).optional(),
  categoryId: z.uuid().optional(),
  channel: z.enum(consultationChannels).optional(),
  status: z.enum(consultationStatuses).optional(),
  consultantId: z.uuid().optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type FindConsultationsQuery = z.input<typeof findConsultationsQuerySchema>;

/**
 * "Register as a participant and open a case", in one step from a consultation: the participant's
 * registration (with its duplicate warning and override) and the case, one transaction; the
 * consultation then names the participant and the case.
 */
export const registerFromConsultationInputSchema = z.strictObject({
  participant: createParticipantInputSchema,
  case: openCaseInputSchema.omit({ participantId: true }),
  version: versionSchema,
});
export type RegisterFromConsultationInput = z.input<typeof registerFromConsultationInputSchema>;

export const consultationPageSchema = pageOf(consultationSummarySchema);
/** A person's consultations, newest first: one history however many times they called. */
export const consultationHistorySchema = z.object({ items: z.array(consultationSummarySchema) });
