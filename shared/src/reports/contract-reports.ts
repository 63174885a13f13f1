import { z } from "zod";
import { requiredText, versionSchema } from "../platform/fields.ts";
import { contractIndicators } from "../programs/indicators.ts";
import { allPartKeys, indicatorMeasures, indicatorRecordKinds } from "./indicators.ts";

/**
 * Contract reports (issue 14): for one contract (委託契約: a program's fiscal year), the monthly report
 * (one month, and the fiscal year up to it as the total) and the fiscal-year report (April to March,
 * and the year as the total), with the indicators the contract lists. Drafted live; submitted, the
 * figures are frozen as a snapshot, and a later correction shows as a difference from it.
 */
export const reportKinds = ["monthly", "yearly"] as const;
export type ReportKind = (typeof reportKinds)[number];

/** A calendar month, "2026-04". */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month" });

export const contractReportQuerySchema = z.strictObject({
  kind: z.enum(reportKinds),
  /** The report's month (monthly reports only; it must lie in the contract's fiscal year). */
  month: monthSchema.optional(),
  /** One funding stream of the program (counted apart); omitted: the whole program. */
  fundingStreamId: z.uuid().optional(),
});
export type ContractReportQuery = z.infer<typeof contractReportQuerySchema>;

export const contractReportParamsSchema = z.strictObject({ id: z.uuid() });

/** One figure line: an indicator's part, per month, and its total over the report's period. */
export const reportRowSchema = z.object({
  indicator: z.enum(contractIndicators),
  part: z.string(),
  measure: z.enum(indicatorMeasures),
  /** In the order of the report's `months`; a rate is null where there is nobody to share over. */
  byMonth: z.array(z.number().nullable()),
  /** Over the whole period (monthly: the fiscal year to the month's end): people once, not summed. */
  total: z.number().nullable(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const reportDifferenceSchema = z.object({
  indicator: z.enum(contractIndicators),
  part: z.string(),
  /** A month of the report, or "total". */
  column: z.string(),
  submitted: z.number().nullable(),
  current: z.number().nullable(),
});
export type ReportDifference = z.infer<typeof reportDifferenceSchema>;

export const submissionStatuses = ["submitted", "reopened"] as const;
export const reportSubmissionSchema = z.object({
  id: z.uuid(),
  status: z.enum(submissionStatuses),
  submittedAt: z.string(),
  submittedByName: z.string(),
  reopenedAt: z.string().nullable(),
  reopenedByName: z.string().nullable(),
  reopenReason: z.string().nullable(),
  /** The figures as sent. */
  rows: z.array(reportRowSchema),
  version: z.number().int(),
});
export type ReportSubmission = z.infer<typeof reportSubmissionSchema>;

export const contractReportSchema = z.object({
  contract: z.object({
    id: z.uuid(),
    programId: z.uuid(),
    programName: z.string(),
    municipality: z.string(),
    fiscalYear: z.number().int(),
    periodStart: z.string(),
    periodEnd: z.string(),
    capacity: z.number().int().nullable(),
    indicators: z.array(z.enum(contractIndicators)),
  }),
  fundingStream: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  kind: z.enum(reportKinds),
  month: z.string().nullable(),
  /** The columns, "2026-04"…; monthly: the one month. */
  months: z.array(z.string()),
  /** The total column's period (monthly: from the fiscal year's start to the month's end). */
  totalPeriod: z.object({ from: z.string(), to: z.string() }),
  /** The live figures. */
  rows: z.array(reportRowSchema),
  submission: reportSubmissionSchema.nullable(),
  /** Where the live figures differ from the submitted ones (empty when not submitted or unchanged). */
  differences: z.array(reportDifferenceSchema),
  /** Whether the reader may list the records behind a figure (else only the count). */
  mayListRecords: z.boolean(),
});
export type ContractReport = z.infer<typeof contractReportSchema>;

export const submitReportInputSchema = z.strictObject({
  kind: z.enum(reportKinds),
  month: monthSchema.optional(),
  fundingStreamId: z.uuid().optional(),
  /** The submission being submitted again after a reopening (its version), or omitted the first time. */
  version: versionSchema.optional(),
});
export const reopenReportInputSchema = z.strictObject({
  reason: requiredText(1000),
  version: versionSchema,
});
export const submissionParamsSchema = z.strictObject({ id: z.uuid() });

// ── Drill-down ──────────────────────────────────────────────────────────────────────
export const drillDownQuerySchema = z.strictObject({
  kind: z.enum(reportKinds),
  month: monthSchema.optional(),
  fundingStreamId: z.uuid().optional(),
  indicator: z.enum(contractIndicators),
  part: z.enum(allPartKeys),
  /** One month of the report's columns; omitted: the total column's period. */
  column: monthSchema.optional(),
});
export type DrillDownQuery = z.infer<typeof drillDownQuerySchema>;

export const drillDownRowSchema = z.object({
  participantId: z.uuid(),
  participantName: z.string(),
  participantKana: z.string(),
  caseId: z.uuid(),
  recordKind: z.enum(indicatorRecordKinds),
  recordId: z.string(),
  onDate: z.string(),
  /** The quantity the row adds (hours, minutes); 1 for a count. */
  amount: z.number(),
});
export type DrillDownRow = z.infer<typeof drillDownRowSchema>;

export const drillDownSchema = z.object({
  indicator: z.enum(contractIndicators),
  part: z.string(),
  measure: z.enum(indicatorMeasures),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The figure, from the same query as the rows. */
  figure: z.number().nullable(),
  /** False: the reader may see only the figure (rows is empty). */
  mayListRecords: z.boolean(),
  /** One per person (people), per record (records, sums); at most `drillDownMaxRows`. */
  rows: z.array(drillDownRowSchema),
  /** Rows behind the figure in all (the list stops at drillDownMaxRows). */
  rowCount: z.number().int(),
});
export type DrillDown = z.infer<typeof drillDownSchema>;
/** The largest list on screen; the Excel download of the records has them all. */
export const drillDownMaxRows = 2000;

export const reportContractListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      programId: z.uuid(),
      programName: z.string(),
      /** The funder (委託元), the program's municipality or body. */
      municipality: z.string(),
      fiscalYear: z.number().int(),
      periodStart: z.string(),
      periodEnd: z.string(),
      indicators: z.array(z.enum(contractIndicators)),
      fundingStreams: z.array(z.object({ id: z.uuid(), name: z.string() })),
      /** Submitted reports of the contract: "2026-04" per month, "year" for the fiscal-year report. */
      submitted: z.array(z.string()),
    }),
  ),
});
