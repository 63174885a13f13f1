import { z } from "zod";
import { fiscalYearRange } from "../japanese/fiscal-year.ts";
import { kanaReadingSchema } from "../japanese/kana-reading.ts";
import { isoDateSchema } from "../platform/dates.ts";
import { contractIndicators } from "./indicators.ts";

export { type ContractIndicator, contractIndicators } from "./indicators.ts";

/** 就労準備支援, 認定就労訓練, 社会参加体験, サポステ, 障がい者就労支援, 自主事業, その他 (migration 0006). */
export const programKinds = [
  "readiness",
  "certified_training",
  "social_participation",
  "saposute",
  "disability",
  "own",
  "other",
] as const;
export type ProgramKind = (typeof programKinds)[number];

/** Contracts of fiscal years 2000–2100: a year outside is a typing mistake, not a contract. */
export const contractYearBounds = { min: 2000, max: 2100 } as const;

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().min(1).max(2_147_483_647);
/** Short codes in addresses, imports and demo data: lower-case letters, digits and hyphens. */
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
const fiscalYear = z.number().int().min(contractYearBounds.min).max(contractYearBounds.max);
const capacity = z.number().int().min(0).max(100_000);
/** Yen; a trillion is far above any contract and inside JavaScript's exact integers. */
const amountYen = z.number().int().min(0).max(1_000_000_000_000);
const terms = z.number().int().min(1).max(12);
const indicators = z.array(z.enum(contractIndicators)).max(contractIndicators.length);

/** Follow-up months a contract may set: 1 to 24 months after a work outcome's start. */
export const followUpMonthBounds = { min: 1, max: 24 } as const;
/** Each month once (stored sorted); null: the default table (1, 3, 6, 12). */
const followUpMonths = z
  .array(z.number().int().min(followUpMonthBounds.min).max(followUpMonthBounds.max))
  .min(1)
  .max(followUpMonthBounds.max)
  .refine((months) => new Set(months).size === months.length, "followUpMonthsInvalid")
  .nullable();

// ── Responses ──────────────────────────────────────────────────────────────────────

export const fundingStreamSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  active: z.boolean(),
});
export type FundingStream = z.infer<typeof fundingStreamSchema>;

export const contractSchema = z.object({
  id: z.uuid(),
  programId: z.uuid(),
  fiscalYear: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  capacity: z.number().int().nullable(),
  amountYen: z.number().int().nullable(),
  indicators: z.array(z.enum(contractIndicators)),
  termMonths: z.number().int(),
  maxTerms: z.number().int(),
  /** Months after a work outcome's start when retention follow-ups are due; null: the default table. */
  followUpMonths: z.array(z.number().int()).nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Contract = z.infer<typeof contractSchema>;

/** The contract of the current fiscal year (in Japan), as the program list shows it. */
export const contractSummarySchema = contractSchema.pick({
  id: true,
  fiscalYear: true,
  periodStart: true,
  periodEnd: true,
  capacity: true,
  amountYen: true,
});
export type ContractSummary = z.infer<typeof contractSummarySchema>;

export const programSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameKana: z.string(),
  funder: z.string(),
  kind: z.enum(programKinds),
  targetGroup: z.string(),
  active: z.boolean(),
  /** Every stream, active or not (a case of an old stream still names it); pickers offer the active ones. */
  fundingStreams: z.array(fundingStreamSchema),
  currentContract: contractSummarySchema.nullable(),
  version: z.number().int(),
});
export type Program = z.infer<typeof programSchema>;
export const programListSchema = z.object({ items: z.array(programSchema) });

/** One program with its contracts, newest fiscal year first. */
export const programDetailSchema = programSchema.extend({
  contracts: z.array(contractSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProgramDetail = z.infer<typeof programDetailSchema>;

// ── Requests ───────────────────────────────────────────────────────────────────────

export const programIdParamsSchema = z.strictObject({ id: z.uuid() });
export const contractIdParamsSchema = z.strictObject({ id: z.uuid() });
export const fundingStreamParamsSchema = z.strictObject({ id: z.uuid(), streamId: z.uuid() });

export const createProgramInputSchema = z.strictObject({
  code,
  name: requiredText(200),
  nameKana: kanaReadingSchema.default(""),
  funder: text(200).default(""),
  kind: z.enum(programKinds),
  targetGroup: text(500).default(""),
  active: z.boolean().default(true),
});
export type CreateProgramInput = z.input<typeof createProgramInputSchema>;

/** The code stays as created (demo data, imports and reports name programs by it). */
export const updateProgramInputSchema = z.strictObject({
  name: requiredText(200).optional(),
  nameKana: kanaReadingSchema.optional(),
  funder: text(200).optional(),
  kind: z.enum(programKinds).optional(),
  targetGroup: text(500).optional(),
  active: z.boolean().optional(),
  /** The version the editor loaded: a different current version means someone else saved first. */
  version,
});
export type UpdateProgramInput = z.input<typeof updateProgramInputSchema>;

export const createFundingStreamInputSchema = z.strictObject({
  code,
  name: requiredText(100),
});
export type CreateFundingStreamInput = z.input<typeof createFundingStreamInputSchema>;

/** Rename or deactivate (never delete: cases of past years still count under it). */
export const updateFundingStreamInputSchema = z.strictObject({
  name: requiredText(100).optional(),
  active: z.boolean().optional(),
});
export type UpdateFundingStreamInput = z.input<typeof updateFundingStreamInputSchema>;

/**
 * The problems of a contract's period, by field, as `validation` catalog keys: the end before the
 * start, or a day outside the contract's fiscal year (a contract may start late, never outside its
 * year). The service checks the stored values merged with a change the same way.
 */
export function contractPeriodProblems(period: {
  fiscalYear: number;
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
}): { field: "periodStart" | "periodEnd"; messageKey: string }[] {
  const { start, end } = fiscalYearRange(period.fiscalYear);
  const problems: { field: "periodStart" | "periodEnd"; messageKey: string }[] = [];
  const { periodStart, periodEnd } = period;
  if (periodStart !== undefined && (periodStart < start || periodStart > end))
    problems.push({ field: "periodStart", messageKey: "periodOutsideFiscalYear" });
  if (periodEnd !== undefined && (periodEnd < start || periodEnd > end))
    problems.push({ field: "periodEnd", messageKey: "periodOutsideFiscalYear" });
  if (periodStart !== undefined && periodEnd !== undefined && periodStart > periodEnd)
    problems.push({ field: "periodEnd", messageKey: "periodEndBeforeStart" });
  return problems;
}

const contractFields = {
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  capacity: capacity.nullable(),
  amountYen: amountYen.nullable(),
  indicators,
  termMonths: terms,
  maxTerms: terms,
  followUpMonths,
  notes: text(2000),
};

/** A contract for one fiscal year; the period defaults to the whole fiscal year (April–March). */
export const createContractInputSchema = z
  .strictObject({
    fiscalYear,
    periodStart: contractFields.periodStart.optional(),
    periodEnd: contractFields.periodEnd.optional(),
    capacity: contractFields.capacity.default(null),
    amountYen: contractFields.amountYen.default(null),
    indicators: contractFields.indicators.default([]),
    termMonths: contractFields.termMonths.default(3),
    maxTerms: contractFields.maxTerms.default(4),
    followUpMonths: contractFields.followUpMonths.default(null),
    notes: contractFields.notes.default(""),
  })
  .superRefine((input, context) => {
    for (const problem of contractPeriodProblems(input))
      context.addIssue({ code: "custom", path: [problem.field], message: problem.messageKey });
  });
export type CreateContractInput = z.input<typeof createContractInputSchema>;

/** Changes to a contract; its fiscal year stays (one contract per program and year). */
export const updateContractInputSchema = z
  .strictObject({
    periodStart: contractFields.periodStart.optional(),
    periodEnd: contractFields.periodEnd.optional(),
    capacity: contractFields.capacity.optional(),
    amountYen: contractFields.amountYen.optional(),
    indicators: contractFields.indicators.optional(),
    termMonths: contractFields.termMonths.optional(),
    maxTerms: contractFields.maxTerms.optional(),
    followUpMonths: contractFields.followUpMonths.optional(),
    notes: contractFields.notes.optional(),
    version,
  })
  .superRefine((input, context) => {
    if (
      input.periodStart !== undefined &&
      input.periodEnd !== undefined &&
      input.periodStart > input.periodEnd
    )
      context.addIssue({ code: "custom", path: ["periodEnd"], message: "periodEndBeforeStart" });
  });
export type UpdateContractInput = z.input<typeof updateContractInputSchema>;
