import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { optionalEmail, phoneSchema, requiredText, text, versionSchema } from "../platform/fields.ts";
import { consentMethods } from "../support/participants.ts";

/**
 * Referrals and advisors (issue 12): the directory of trusted agencies (関係機関), the expert
 * advisors on contract (専門家), and referrals (つなぎ) to one of them from a consultation or a case.
 */
export const agencyKinds = [
  "hello_work",
  "welfare_office",
  "youth_support_station",
  "community_care_center",
  "legal_support",
  "social_welfare_council",
  "municipal_office",
  "other",
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export const advisorFields = [
  "lawyer",
  "labor_consultant",
  "tax_accountant",
  "judicial_scrivener",
  "clinical_psychologist",
  "other",
] as const;
export type AdvisorField = (typeof advisorFields)[number];

/** sent → accepted / declined → result_received → closed (declined → closed). */
export const referralStatuses = ["sent", "accepted", "declined", "result_received", "closed"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const referralNextStatuses: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ["accepted", "declined"],
  accepted: ["result_received"],
  declined: ["closed"],
  result_received: ["closed"],
  closed: [],
};

// ── Agencies ────────────────────────────────────────────────────────────────────

export const agencyInputSchema = z.strictObject({
  name: requiredText(200),
  kind: z.enum(agencyKinds),
  /** What they handle (取り扱う相談). */
  handles: text(2000).default(""),
  /** The person to ask (担当者). */
  contactPerson: text(100).default(""),
  phone: phoneSchema.default(""),
  email: optionalEmail.default(""),
  address: text(300).default(""),
  notes: text(2000).default(""),
  active: z.boolean().default(true),
});
export type AgencyInput = z.input<typeof agencyInputSchema>;
export const updateAgencyInputSchema = agencyInputSchema.safeExtend({ version: versionSchema });

export const agencySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(agencyKinds),
  handles: z.string(),
  contactPerson: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  notes: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Agency = z.infer<typeof agencySchema>;
export const agencyListSchema = z.object({ items: z.array(agencySchema) });

export const findAgenciesQuerySchema = z.strictObject({
  /** Words of the name (or what they handle). */
  q: text(100).optional(),
  kind: z.enum(agencyKinds).optional(),
  /** Those no longer used too (the directory page); a referral form asks for active ones only. */
  includeInactive: z.enum(["true", "false"]).optional(),
});
export type FindAgenciesQuery = z.input<typeof findAgenciesQuerySchema>;

// ── Advisors ────────────────────────────────────────────────────────────────────

export const advisorInputSchema = z
  .strictObject({
    name: requiredText(100),
    field: z.enum(advisorFields),
    organization: text(200).default(""),
    phone: phoneSchema.default(""),
    email: optionalEmail.default(""),
    contractStartsOn: isoDateSchema,
    contractEndsOn: isoDateSchema.nullable().default(null),
    notes: text(2000).default(""),
    active: z.boolean().default(true),
  })
  .superRefine((value, context) => {
    if (value.contractEndsOn !== null && value.contractEndsOn < value.contractStartsOn)
      context.addIssue({ code: "custom", path: ["contractEndsOn"], message: "periodEndBeforeStart" });
  });
export type AdvisorInput = z.input<typeof advisorInputSchema>;
export const updateAdvisorInputSchema = z.strictObject({
  advisor: advisorInputSchema,
  version: versionSchema,
});

export const advisorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  field: z.enum(advisorFields),
  organization: z.string(),
  phone: z.string(),
  email: z.string(),
  contractStartsOn: z.string(),
  contractEndsOn: z.string().nullable(),
  /** The contract covers today (Japan). */
  contractCurrent: z.boolean(),
  notes: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Advisor = z.infer<typeof advisorSchema>;
export const advisorListSchema = z.object({ items: z.array(advisorSchema) });
export const findAdvisorsQuerySchema = z.strictObject({
  field: z.enum(advisorFields).optional(),
  includeInactive: z.enum(["true", "false"]).optional(),
});

// ── Referrals ───────────────────────────────────────────────────────────────────

/** To an agency, or an escalation to an advisor: exactly one of the two. */
export const referralInputSchema = z
  .strictObject({
    agencyId: z.uuid().nullable().default(null),
    advisorId: z.uuid().nullable().default(null),
    /** The purpose the participant's consent must name (e.g. 就労支援のための情報提供). */
    purpose: requiredText(200),
    reason: requiredText(2000),
    referredOn: isoDateSchema,
    followUpOn: isoDateSchema.nullable().default(null),
    /** Send the person's details with it: only done on a recorded consent (else stored without). */
    sharePersonalData: z.boolean().default(false),
    /**
     * The person consents now, at the desk (verbally or in writing): recorded as their consent for
     * this recipient and purpose, on the referral date, with the referral. Null: no new consent.
     */
    consentGivenNow: z.enum(consentMethods).nullable().default(null),
  })
  .superRefine((value, context) => {
    if ((value.agencyId === null) === (value.advisorId === null))
      context.addIssue({ code: "custom", path: ["agencyId"], message: "required" });
    if (value.consentGivenNow !== null && !value.sharePersonalData)
      context.addIssue({ code: "custom", path: ["consentGivenNow"], message: "consentOnlyWhenSharing" });
  });
export type ReferralInput = z.input<typeof referralInputSchema>;

export const updateReferralInputSchema = z.strictObject({
  status: z.enum(referralStatuses),
  /** Left out: unchanged. */
  result: text(4000).optional(),
  followUpOn: isoDateSchema.nullable().optional(),
  version: versionSchema,
});
export type UpdateReferralInput = z.input<typeof updateReferralInputSchema>;

/**
 * Why personal details went or did not: a consent for the agency and purpose was found (given), none
 * was (missing), there is no registered person to ask (no_participant), or none was asked for.
 */
export const referralConsentStatuses = ["given", "missing", "no_participant", "not_requested"] as const;
export type ReferralConsentStatus = (typeof referralConsentStatuses)[number];

export const referralSchema = z.object({
  id: z.uuid(),
  consultationId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  participantId: z.uuid().nullable(),
  /** The person's name when the referral names a participant (for the page; never in lists of agencies). */
  participantName: z.string().nullable(),
  recipient: z.object({
    kind: z.enum(["agency", "advisor"]),
    id: z.uuid(),
    name: z.string(),
    /** The agency's kind or the advisor's field. */
    type: z.string(),
  }),
  purpose: z.string(),
  reason: z.string(),
  referredOn: z.string(),
  status: z.enum(referralStatuses),
  statusChangedOn: z.string(),
  result: z.string(),
  followUpOn: z.string().nullable(),
  personalDataShared: z.boolean(),
  consentId: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  version: z.number().int(),
});
export type Referral = z.infer<typeof referralSchema>;
export const referralListSchema = z.object({ items: z.array(referralSchema) });

/** A new referral, with what was found of the consent (the screen says it in words). */
export const createdReferralSchema = z.object({
  referral: referralSchema,
  consent: z.object({ status: z.enum(referralConsentStatuses) }),
});
export type CreatedReferral = z.infer<typeof createdReferralSchema>;

/** Before sending: the person's consents in force for the agency (or advisor), for the form to show. */
export const referralConsentsQuerySchema = z
  .strictObject({
    agencyId: z.uuid().optional(),
    advisorId: z.uuid().optional(),
    /** The referral date (default today): consents given by then and not withdrawn by then. */
    on: isoDateSchema.optional(),
  })
  .superRefine((value, context) => {
    if ((value.agencyId === undefined) === (value.advisorId === undefined))
      context.addIssue({ code: "custom", path: ["agencyId"], message: "required" });
  });
export const referralConsentsSchema = z.object({
  /** False for an anonymous caller or a new person not registered: no consent can exist. */
  hasParticipant: z.boolean(),
  consents: z.array(z.object({ id: z.uuid(), purpose: z.string(), givenOn: z.string() })),
});
export type ReferralConsents = z.infer<typeof referralConsentsSchema>;
