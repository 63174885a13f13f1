import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import {
  optionalEmail,
  optionalKana,
  optionalWithoutDefaults,
  phoneSchema,
  postalCodeSchema,
  text,
  versionSchema,
} from "../platform/fields.ts";
import { workKinds } from "../support/workplaces.ts";

/**
 * Partner-workplace development (協力事業所の開拓, issue 13): prospective workplaces move through
 * these stages; `active` is reached only by activation, which makes the partner workplace.
 */
export const prospectStages = ["prospect", "contacted", "visited", "agreed", "active", "paused"] as const;
export type ProspectStage = (typeof prospectStages)[number];

/** How a contact happened (電話, 訪問, メール, 手紙, 会議・懇談会, その他). */
export const contactMethods = ["phone", "visit", "email", "letter", "meeting", "other"] as const;
export type ContactMethod = (typeof contactMethods)[number];

/** 雇用型 (a contract of employment) / 非雇用型 (training without one). */
export const prospectEmploymentTypes = ["employment", "non_employment"] as const;
export type ProspectEmploymentType = (typeof prospectEmploymentTypes)[number];

/** Days ahead an open next step shows on its owner's today list (overdue ones always). */
export const prospectNextStepAheadDays = 7;

const identityShape = {
  name: text(100).default(""),
  nameKana: optionalKana.default(""),
  postalCode: postalCodeSchema.default(""),
  address: text(200).default(""),
  area: text(50).default(""),
};

const profileShape = {
  ...identityShape,
  contactName: text(100).default(""),
  contactPhone: phoneSchema.default(""),
  contactEmail: optionalEmail.default(""),
  workKinds: z.array(z.enum(workKinds)).max(workKinds.length).default([]),
  notes: text(2000).default(""),
  /** Who develops it: the creator when not given. */
  ownerId: z.uuid().nullable().default(null),
};

/**
 * A new prospect: either a member organization (its name, reading and address then come from the
 * member record: one organization, two roles) or an organization entered freely (name and reading
 * required).
 */
export const createProspectInputSchema = z
  .strictObject({ memberOrganizationId: z.uuid().nullable().default(null), ...profileShape })
  .superRefine((value, context) => {
    if (value.memberOrganizationId) return;
    for (const field of ["name", "nameKana"] as const)
      if (value[field] === "") context.addIssue({ code: "custom", path: [field], message: "required" });
  });
export type CreateProspectInput = z.input<typeof createProspectInputSchema>;

/** An edit: the fields sent change (a member's identity is changed on the member record). */
export const updateProspectInputSchema = z.strictObject({
  ...optionalWithoutDefaults(profileShape),
  version: versionSchema,
});
export type UpdateProspectInput = z.input<typeof updateProspectInputSchema>;

export const moveProspectInputSchema = z.strictObject({
  stage: z.enum(prospectStages),
  version: versionSchema,
});
export type MoveProspectInput = z.input<typeof moveProspectInputSchema>;

/** A contact with the prospect; a next step's date needs the step itself. */
export const prospectContactInputSchema = z
  .strictObject({
    contactedOn: isoDateSchema,
    /** Who made the contact: the caller when not given. */
    staffId: z.uuid().nullable().default(null),
    method: z.enum(contactMethods),
    notes: text(2000).default(""),
    nextStep: text(200).default(""),
    nextStepOn: isoDateSchema.nullable().default(null),
  })
  .refine((value) => value.nextStepOn === null || value.nextStep !== "", {
    path: ["nextStep"],
    message: "prospectNextStepNeeded",
  });
export type ProspectContactInput = z.input<typeof prospectContactInputSchema>;

/** The agreement (協力の合意): recording it moves the prospect to `agreed`. */
export const prospectAgreementInputSchema = z.strictObject({
  agreedOn: isoDateSchema,
  agreementScope: text(2000).default(""),
  insurance: text(500).default(""),
  traineeCapacity: z.number().int().min(0).max(99),
  employmentType: z.enum(prospectEmploymentTypes),
  version: versionSchema,
});
export type ProspectAgreementInput = z.input<typeof prospectAgreementInputSchema>;

export const activateProspectInputSchema = z.strictObject({ version: versionSchema });

export const findProspectsQuerySchema = z.strictObject({
  /** Name or reading, partial, either kana script or width. */
  q: text(100).optional(),
  owner: z.uuid().optional(),
  stage: z.enum(prospectStages).optional(),
});
export type FindProspectsQuery = z.input<typeof findProspectsQuerySchema>;

export const prospectNextStepsQuerySchema = z.strictObject({
  /** Due on or before this day (default: today and the 7 days after it); overdue ones included. */
  until: isoDateSchema.optional(),
});

// ── Responses ────────────────────────────────────────────────────────────────
const nextStepSchema = z.object({ step: z.string(), on: z.string().nullable() });

export const prospectContactSchema = z.object({
  id: z.uuid(),
  contactedOn: z.string(),
  staffId: z.uuid().nullable(),
  staffName: z.string().nullable(),
  method: z.enum(contactMethods),
  notes: z.string(),
  nextStep: z.string(),
  nextStepOn: z.string().nullable(),
});
export type ProspectContact = z.infer<typeof prospectContactSchema>;

export const prospectSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  nameKana: z.string(),
  area: z.string(),
  stage: z.enum(prospectStages),
  memberOrganizationId: z.uuid().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  workKinds: z.array(z.enum(workKinds)),
  agreedOn: z.string().nullable(),
  workplaceId: z.uuid().nullable(),
  latestContact: z.object({ contactedOn: z.string(), method: z.enum(contactMethods) }).nullable(),
  /** The latest contact's next step, while it is the latest (a newer contact closes it). */
  nextStep: nextStepSchema.nullable(),
  version: z.number().int(),
});
export type ProspectSummary = z.infer<typeof prospectSummarySchema>;
export const prospectListSchema = z.object({ items: z.array(prospectSummarySchema) });

export const prospectSchema = prospectSummarySchema.extend({
  postalCode: z.string(),
  address: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  notes: z.string(),
  agreementScope: z.string(),
  insurance: z.string(),
  traineeCapacity: z.number().int().nullable(),
  employmentType: z.enum(prospectEmploymentTypes).nullable(),
  workplaceName: z.string().nullable(),
  contacts: z.array(prospectContactSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Prospect = z.infer<typeof prospectSchema>;

/** Activation's answer: the prospect, now active, and the partner workplace made from it. */
export const activatedProspectSchema = z.object({
  prospect: prospectSchema,
  workplace: z.object({ id: z.uuid(), name: z.string() }),
});
export type ActivatedProspect = z.infer<typeof activatedProspectSchema>;

export const prospectNextStepSchema = z.object({
  prospectId: z.uuid(),
  name: z.string(),
  stage: z.enum(prospectStages),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  step: z.string(),
  on: z.string(),
  /** The caller's own prospect: listed first. */
  mine: z.boolean(),
});
export type ProspectNextStep = z.infer<typeof prospectNextStepSchema>;
export const prospectNextStepListSchema = z.object({
  until: z.string(),
  items: z.array(prospectNextStepSchema),
});

/** Stages a board move may go to from `from` (active only through activation; agreed needs the agreement). */
export function movableStages(from: ProspectStage, hasWorkplace: boolean): ProspectStage[] {
  if (from === "active") return ["paused"];
  if (from === "paused" && hasWorkplace) return ["active"];
  return prospectStages.filter((stage) => stage !== from && stage !== "active");
}
