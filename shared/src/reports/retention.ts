import { z } from "zod";

/**
 * Retention research (issue 14): how long people stay in the work they started, as Kaplan–Meier
 * curves (months in work; a stop reported at a follow-up is the event, the last follow-up done
 * without one censors), grouped by program, outcome type or age band, with the numbers at risk and
 * 95% confidence bands; and the reasons for stopping, counted. Figures only, never names.
 */
export const retentionGroupings = ["program", "outcomeType", "ageBand"] as const;
export type RetentionGrouping = (typeof retentionGroupings)[number];

/** The outcome types that are work (or a worker collective's membership, or volunteering). */
export const retentionOutcomeTypes = [
  "general_employment",
  "collective_member",
  "part_time",
  "volunteer",
] as const;
export type RetentionOutcomeType = (typeof retentionOutcomeTypes)[number];

/** Age at the outcome's start; "unknown" when the birth date is not recorded. */
export const retentionAgeBands = ["15-29", "30-39", "40-49", "50-64", "65+", "unknown"] as const;
export type RetentionAgeBand = (typeof retentionAgeBands)[number];

/** Whose outcomes: all work outcomes, or only those started on or after a work-experience placement. */
export const retentionPopulations = ["all", "afterPlacement"] as const;
export type RetentionPopulation = (typeof retentionPopulations)[number];

/** The months of the numbers-at-risk table. */
export const retentionAtRiskMonths = [0, 1, 3, 6, 12, 18, 24] as const;
/** The reasons for stopping listed one by one; the rest are counted together. */
export const retentionTopReasons = 10;

export const retentionQuerySchema = z.strictObject({
  groupBy: z.enum(retentionGroupings).default("program"),
  programId: z.uuid().optional(),
  /** Outcomes started in this fiscal year (April) or later. */
  fromYear: z.coerce.number().int().min(2000).max(2100).optional(),
  population: z.enum(retentionPopulations).default("all"),
});
export type RetentionQuery = z.input<typeof retentionQuerySchema>;

export const retentionPointSchema = z.object({
  /** Months since the start (a day is 12 / 365.25 of a month). */
  month: z.number(),
  survival: z.number(),
  /** The 95% band (Greenwood, log-log); null where it is undefined (survival 0). */
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  /** In work just before this time. */
  atRisk: z.number().int(),
  events: z.number().int(),
});
export type RetentionPoint = z.infer<typeof retentionPointSchema>;

export const retentionCurveSchema = z.object({
  /** A program's id, an outcome type or an age band. */
  key: z.string(),
  /** The program's name; for outcome types and age bands the key (the page translates it). */
  label: z.string(),
  n: z.number().int(),
  events: z.number().int(),
  /** The first month at which half had stopped, or null while more than half stay. */
  medianMonths: z.number().nullable(),
  /** The longest time followed (an event or a censoring): where the curve ends. */
  followedMonths: z.number(),
  points: z.array(retentionPointSchema),
  /** In work at each of `atRiskMonths` (in that order). */
  atRisk: z.array(z.number().int()),
});
export type RetentionCurve = z.infer<typeof retentionCurveSchema>;

export const retentionReasonSchema = z.object({ reason: z.string(), count: z.number().int() });

export const retentionReportSchema = z.object({
  groupBy: z.enum(retentionGroupings),
  population: z.enum(retentionPopulations),
  atRiskMonths: z.array(z.number().int()),
  curves: z.array(retentionCurveSchema),
  /** Work outcomes in the filter with no follow-up done yet: nothing known, left out of the curves. */
  notFollowedUp: z.number().int(),
  reasons: z.object({
    /** The reasons chosen at the stops (support/outcomes stoppedReasons; older free text as it is), most first. */
    items: z.array(retentionReasonSchema),
    /** Stops with any other reason. */
    others: z.number().int(),
    /** Stops with no reason written. */
    unrecorded: z.number().int(),
  }),
  /** The programs to filter by. */
  programs: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type RetentionReport = z.infer<typeof retentionReportSchema>;
