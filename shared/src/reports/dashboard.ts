import { z } from "zod";
import { referralStatuses } from "../consultation/referrals.ts";
import { prospectStages } from "../network/prospects.ts";
import { contractIndicators } from "../programs/indicators.ts";
import { indicatorMeasures } from "./indicators.ts";

/**
 * The manager's dashboard (issue 14): for one program or the whole association, the key indicators
 * by month over a fiscal year (the same queries as the contract reports), active participants
 * against the contracts' capacity, and the desk's and the network's key figures. Aggregates only:
 * no figure names anybody.
 */

/** The indicators the dashboard shows, each with the part it charts, in this order. */
export const dashboardIndicators = [
  { indicator: "newIntakes", part: "intakes" },
  { indicator: "plansMade", part: "plans" },
  { indicator: "activeParticipants", part: "people" },
  { indicator: "startedWork", part: "people" },
  { indicator: "raisedIncome", part: "people" },
  { indicator: "placementsStarted", part: "placements" },
  { indicator: "supportContacts", part: "contacts" },
] as const;
export type DashboardIndicator = (typeof dashboardIndicators)[number]["indicator"];

export const dashboardQuerySchema = z.strictObject({
  /** The fiscal year (2026 = April 2026 to March 2027); omitted: the one today is in. */
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  /** One program; omitted: the whole association. */
  programId: z.uuid().optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const dashboardRowSchema = z.object({
  indicator: z.enum(contractIndicators),
  part: z.string(),
  measure: z.enum(indicatorMeasures),
  /** In the order of `months`; null for a month not begun yet. */
  byMonth: z.array(z.number().nullable()),
  /** Over the fiscal year up to today (people once, not summed over the months). */
  total: z.number().nullable(),
});
export type DashboardRow = z.infer<typeof dashboardRowSchema>;

const countSchema = z.number().int();

export const dashboardSchema = z.object({
  fiscalYear: z.number().int(),
  /** The days counted: the fiscal year, up to today while it runs. */
  period: z.object({ from: z.string(), to: z.string() }),
  /** The twelve months, April to March ("2026-04"). */
  months: z.array(z.string()),
  /** Fiscal years with contracts, and the current one, newest first (the select's choices). */
  fiscalYears: z.array(z.number().int()),
  /** Every program (the select's choices; figures name nobody). */
  programs: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The program shown, or null: the whole association. */
  program: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  rows: z.array(dashboardRowSchema),
  /**
   * The contract's capacity (定員) for the year: the program's, or the sum over the year's contracts
   * for the association; null when no contract gives one.
   */
  capacity: z.number().int().nullable(),
  /** The contracts counted in the capacity. */
  contractCount: countSchema,
  /** The consultation desk, across the association (consultations are not a program's). */
  desk: z.object({
    consultations: countSchema,
    /** In the order of `months`; null for a month not begun yet. */
    consultationsByMonth: z.array(countSchema.nullable()),
    referrals: countSchema,
    referralsByStatus: z.array(z.object({ status: z.enum(referralStatuses), count: countSchema })),
  }),
  /** The network, across the association. */
  network: z.object({
    /** Member organizations on `membersOn` (today, or the fiscal year's last day when it is over). */
    members: countSchema,
    membersOn: z.string(),
    activeWorkplaces: countSchema,
    prospectsByStage: z.array(z.object({ stage: z.enum(prospectStages), count: countSchema })),
    /** Requests (諸資源の活用) received in the period. */
    requests: countSchema,
    openActionItems: countSchema,
  }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
