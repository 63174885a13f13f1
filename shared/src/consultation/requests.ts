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
import { visitFromConsultationInputSchema } from "./appointments.ts";
import type { fixedCategoryCodes } from "./consultations.ts";

/**
 * Requests from the public consultation request form (issue 12): anyone asks, the desk's inbox
 * (consultationRequests.handle) turns one into a consultation or marks it handled.
 */

/** The public pages' languages: Japanese, やさしい日本語 (easy Japanese, with furigana) and English. */
export const publicLanguages = ["ja", "easy_ja", "en"] as const;
export type PublicLanguage = (typeof publicLanguages)[number];

/** What the person wants to talk about, in plain words (the form's choices). */
export const requestTopics = ["find_work", "prepare_work", "living", "startup", "other"] as const;
export type RequestTopic = (typeof requestTopics)[number];

/** Each plain-language topic is one of the desk's fixed categories; the consultant may choose another. */
export const categoryCodeOfTopic: Record<RequestTopic, (typeof fixedCategoryCodes)[number]> = {
  find_work: "public_employment",
  prepare_work: "employment",
  living: "living",
  startup: "startup",
  other: "public_employment",
};

export const contactMethods = ["phone", "email"] as const;
export const requestStatuses = ["new", "converted", "handled"] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** At most this many preferred days may be chosen on the form. */
export const maxPreferredDates = 5;

/**
 * The public form's fields as the server reads them (form-urlencoded, checkboxes as arrays). The
 * messages are keys of the public pages' own catalog (three languages), not the app's.
 */
export const publicRequestFormSchema = z
  .strictObject({
    topic: z.enum(requestTopics, "choose"),
    name: requiredText(100),
    nameKana: optionalKana.default(""),
    contactMethod: z.enum(contactMethods, "choose"),
    phone: phoneSchema.default(""),
    email: z.string().trim().max(254).pipe(optionalEmail).default(""),
    preferredDates: z.array(isoDateSchema).max(maxPreferredDates).default([]),
    message: text(2000).default(""),
    privacyConsent: z.literal(true, "consentRequired"),
  })
  .superRefine((value, context) => {
    if (value.contactMethod === "phone" && value.phone === "")
      context.addIssue({ code: "custom", path: ["phone"], message: "required" });
    if (value.contactMethod === "email" && value.email === "")
      context.addIssue({ code: "custom", path: ["email"], message: "required" });
    if (new Set(value.preferredDates).size !== value.preferredDates.length)
      context.addIssue({ code: "custom", path: ["preferredDates"], message: "invalid" });
  });
export type PublicRequestForm = z.output<typeof publicRequestFormSchema>;

export const consultationRequestSummarySchema = z.object({
  id: z.uuid(),
  receivedAt: z.string(),
  language: z.enum(publicLanguages),
  topic: z.enum(requestTopics),
  name: z.string(),
  contactMethod: z.enum(contactMethods),
  preferredDates: z.array(z.string()),
  status: z.enum(requestStatuses),
});
export type ConsultationRequestSummary = z.infer<typeof consultationRequestSummarySchema>;

export const consultationRequestSchema = consultationRequestSummarySchema.extend({
  nameKana: z.string(),
  phone: z.string(),
  email: z.string(),
  message: z.string(),
  privacyConsent: z.boolean(),
  handledById: z.uuid().nullable(),
  handledByName: z.string().nullable(),
  handledAt: z.string().nullable(),
  handledNote: z.string(),
  consultationId: z.uuid().nullable(),
  /** The desk category the topic maps to (its code). */
  categoryCode: z.string(),
  version: z.number().int(),
});
export type ConsultationRequest = z.infer<typeof consultationRequestSchema>;

export const findConsultationRequestsQuerySchema = pageQuerySchema.extend({
  status: z.enum(requestStatuses).optional(),
});
export type FindConsultationRequestsQuery = z.input<typeof findConsultationRequestsQuerySchema>;
export const consultationRequestPageSchema = pageOf(consultationRequestSummarySchema);

/**
 * Turn a request into a consultation (channel from how to reach them, the person as a new person,
 * the message as the question); the category defaults to the topic's.
 */
export const convertConsultationRequestInputSchema = z.strictObject({
  categoryId: z.uuid().nullable().default(null),
  /** When the desk took it up (ISO date-time with offset); now when left out. */
  consultedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  /** An in-person visit booked in the same step (a regular day's slot or another time); none when null. */
  appointment: visitFromConsultationInputSchema.nullable().default(null),
  version: versionSchema,
});
export type ConvertConsultationRequestInput = z.input<typeof convertConsultationRequestInputSchema>;

export const markRequestHandledInputSchema = z.strictObject({
  note: text(1000).default(""),
  version: versionSchema,
});
export type MarkRequestHandledInput = z.input<typeof markRequestHandledInputSchema>;

/** A preferred date as sent by the form: yyyy-mm-dd. */
export const preferredDateSchema = isoDateSchema;
