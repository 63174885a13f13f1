import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { text, versionSchema } from "../platform/fields.ts";

/**
 * Outcomes of a case (就労等の結果) and the retention follow-ups (定着支援) scheduled from each
 * work outcome (issue 11). Several outcomes per case over time; a case may be closed already.
 */
export const outcomeTypes = [
  "general_employment",
  "collective_member",
  "part_time",
  "volunteer",
  "vocational_training",
  "education",
  "other",
] as const;
export type OutcomeType = (typeof outcomeTypes)[number];

/** Outcomes that are work: each schedules retention follow-ups, and the retention research reads them. */
export const workOutcomeTypes: readonly OutcomeType[] = [
  "general_employment",
  "collective_member",
  "part_time",
];

/** The youth programs count 進路決定 by 就職 / 職業訓練 / 進学 / その他: one mapping, for the reports. */
export const careerDecisionOf: Record<OutcomeType, "employment" | "training" | "education" | "other"> = {
  general_employment: "employment",
  collective_member: "employment",
  part_time: "employment",
  volunteer: "other",
  vocational_training: "training",
  education: "education",
  other: "other",
};

/** 正社員, 契約社員, パート・アルバイト, 派遣, 組合員 (worker collective), 自営, なし, その他. */
export const contractForms = [
  "regular",
  "fixed_term",
  "part_time",
  "dispatch",
  "collective_member",
  "self_employed",
  "none",
  "other",
] as const;

/** Months after a work outcome's start at which a follow-up is due: one table. */
export const followUpOffsetsMonths = [1, 3, 6, 12] as const;

/** Why a person stopped working, as a follow-up records it (the retention research counts them). */
export const stoppedReasons = [
  "health",
  "workload",
  "relationships",
  "conditions",
  "contract_ended",
  "dismissed",
  "moved",
  "personal",
  "other",
] as const;
export type StoppedReason = (typeof stoppedReasons)[number];

/** Monthly yen: 増収 (raised income) compares before and after. */
const monthlyYen = z.number().int().min(0).max(10_000_000);

export const outcomeInputSchema = z.strictObject({
  outcomeType: z.enum(outcomeTypes),
  /** Where, when it is a partner workplace (its record); otherwise by name. */
  workplaceId: z.uuid().nullable().default(null),
  employerName: text(200).default(""),
  startedOn: isoDateSchema,
  hoursPerWeek: z.number().min(0).max(80).nullable().default(null),
  contractForm: z.enum(contractForms).nullable().default(null),
  incomeBeforeYen: monthlyYen.nullable().default(null),
  incomeAfterYen: monthlyYen.nullable().default(null),
  notes: text(2000).default(""),
});
export type OutcomeInput = z.input<typeof outcomeInputSchema>;
export const updateOutcomeInputSchema = outcomeInputSchema.safeExtend({ version: versionSchema });

export const followUpInputSchema = z
  .strictObject({
    doneOn: isoDateSchema,
    stillWorking: z.boolean(),
    hoursPerWeek: z.number().min(0).max(80).nullable().default(null),
    concerns: text(2000).default(""),
    supportGiven: text(2000).default(""),
    nextStep: text(1000).default(""),
    /** When and why the person stopped: required when no longer working, refused otherwise. */
    stoppedOn: isoDateSchema.nullable().default(null),
    stoppedReason: z.enum(stoppedReasons).nullable().default(null),
    version: versionSchema,
  })
  .superRefine((value, context) => {
    if (value.stillWorking) {
      if (value.stoppedOn !== null)
        context.addIssue({ code: "custom", path: ["stoppedOn"], message: "stoppedOnlyWhenStopped" });
      if (value.stoppedReason !== null)
        context.addIssue({ code: "custom", path: ["stoppedReason"], message: "stoppedOnlyWhenStopped" });
      return;
    }
    if (value.stoppedOn === null)
      context.addIssue({ code: "custom", path: ["stoppedOn"], message: "required" });
    if (value.stoppedReason === null)
      context.addIssue({ code: "custom", path: ["stoppedReason"], message: "required" });
  });
export type FollowUpInput = z.input<typeof followUpInputSchema>;

export const followUpSchema = z.object({
  id: z.uuid(),
  outcomeId: z.uuid(),
  offsetMonths: z.number().int(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  stillWorking: z.boolean().nullable(),
  hoursPerWeek: z.number().nullable(),
  concerns: z.string(),
  supportGiven: z.string(),
  nextStep: z.string(),
  stoppedOn: z.string().nullable(),
  stoppedReason: z.enum(stoppedReasons).nullable(),
  version: z.number().int(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const outcomeSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  outcomeType: z.enum(outcomeTypes),
  workplaceId: z.uuid().nullable(),
  workplaceName: z.string().nullable(),
  /** The member organization it is (issue 13), when linked. */
  memberOrganizationId: z.uuid().nullable(),
  employerName: z.string(),
  startedOn: z.string(),
  hoursPerWeek: z.number().nullable(),
  contractForm: z.enum(contractForms).nullable(),
  incomeBeforeYen: z.number().int().nullable(),
  incomeAfterYen: z.number().int().nullable(),
  notes: z.string(),
  /** Work outcomes only, in the order of their offsets. */
  followUps: z.array(followUpSchema),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Outcome = z.infer<typeof outcomeSchema>;
export const outcomeListSchema = z.object({ items: z.array(outcomeSchema) });

export const outcomeIdParamsSchema = z.strictObject({ id: z.uuid() });
export const followUpIdParamsSchema = z.strictObject({ id: z.uuid() });
