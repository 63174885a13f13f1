import { z } from "zod";

/**
 * Aggregate tables for policy proposals and research partners (issue 14): counts for a fiscal year
 * (April–March), with no person in them. A cell counting fewer people than the threshold is hidden
 * (primary suppression), and so are as many others as it takes that no hidden cell can be worked
 * out by subtracting from its row's or column's total (secondary suppression). Zeros are shown:
 * "nobody" reveals nothing about anybody.
 */
export const aggregateTableKeys = [
  "intakesByAgeBand",
  "outcomesByType",
  "consultationsByTopicAndArea",
  "placementsByMonth",
] as const;
export type AggregateTableKey = (typeof aggregateTableKeys)[number];

/** Below 3 a hidden cell protects nobody; above 50 nearly everything would be hidden. */
export const thresholdLimits = { min: 3, max: 50, default: 5 } as const;

export const aggregatesQuerySchema = z.strictObject({
  /** The fiscal year, named by the year it starts in; omitted: the current one in Japan. */
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Cells under this count are hidden. */
  threshold: z.coerce
    .number()
    .int()
    .min(thresholdLimits.min)
    .max(thresholdLimits.max)
    .default(thresholdLimits.default),
  /** One program; omitted: every program of the association. */
  programId: z.uuid().optional(),
});
export type AggregatesQuery = z.input<typeof aggregatesQuerySchema>;

export const suppressionKinds = ["primary", "secondary"] as const;
export type SuppressionKind = (typeof suppressionKinds)[number];

/** A cell: its count, or null and why when it is hidden. */
export const aggregateCellSchema = z.object({
  value: z.number().int().nullable(),
  suppressed: z.enum(suppressionKinds).nullable(),
});
export type AggregateCell = z.infer<typeof aggregateCellSchema>;

/** A row or column heading: a stable key and its label in the caller's language. */
const headingSchema = z.object({ key: z.string(), label: z.string() });

export const aggregateTableSchema = z.object({
  key: z.enum(aggregateTableKeys),
  columns: z.array(headingSchema),
  rows: z.array(headingSchema.extend({ cells: z.array(aggregateCellSchema), total: aggregateCellSchema })),
  /** The columns' totals, in the columns' order. */
  totals: z.array(aggregateCellSchema),
  grandTotal: aggregateCellSchema,
});
export type AggregateTable = z.infer<typeof aggregateTableSchema>;

export const aggregatesSchema = z.object({
  fiscalYear: z.number().int(),
  period: z.object({ from: z.string(), to: z.string() }),
  threshold: z.number().int(),
  program: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Every program, for the choice of one (names of programs, never of people). */
  programs: z.array(z.object({ id: z.string(), name: z.string() })),
  tables: z.array(aggregateTableSchema),
});
export type Aggregates = z.infer<typeof aggregatesSchema>;
