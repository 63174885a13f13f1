import { type ContractIndicator, contractIndicators } from "../programs/indicators.ts";

/**
 * The reports' indicators (issue 14): each contract indicator (programs/indicators.ts) is one or
 * more figures ("parts"), each counted one way:
 * - people: persons, each once per period however many records they have (実人数);
 * - records: records (cases, plans, placements, contacts), each once (件数);
 * - sum: a quantity summed over records (hours, minutes);
 * - rate: a share of two other parts of the same indicator, in percent.
 * The database computes every figure from the records (server/src/modules/reports/indicators); the
 * same query lists the records behind each figure. Labels and plain-language definitions are in the
 * reports catalogs (`reports.indicators.<indicator>.label/definition`, `.parts.<part>`).
 */
export { type ContractIndicator, contractIndicators };

export const indicatorMeasures = ["people", "records", "sum", "rate"] as const;
export type IndicatorMeasure = (typeof indicatorMeasures)[number];

export type IndicatorPart = {
  key: string;
  measure: IndicatorMeasure;
  /** For a rate: the part counted over the part it is a share of (numerator / denominator). */
  rateOf?: { numerator: string; denominator: string };
};

export const indicatorParts = {
  newIntakes: [{ key: "intakes", measure: "records" }],
  plansMade: [{ key: "plans", measure: "records" }],
  workSupportTargets: [{ key: "people", measure: "people" }],
  startedWork: [{ key: "people", measure: "people" }],
  raisedIncome: [{ key: "people", measure: "people" }],
  employmentOrIncomeRate: [
    { key: "achieved", measure: "people" },
    { key: "targets", measure: "people" },
    { key: "rate", measure: "rate", rateOf: { numerator: "achieved", denominator: "targets" } },
  ],
  screeningRoutes: [
    { key: "continuing", measure: "records" },
    { key: "handover", measure: "records" },
    { key: "information", measure: "records" },
  ],
  activeParticipants: [{ key: "people", measure: "people" }],
  placementsStarted: [{ key: "placements", measure: "records" }],
  placementsCompleted: [{ key: "placements", measure: "records" }],
  attendanceHours: [{ key: "hours", measure: "sum" }],
  supportContacts: [
    { key: "contacts", measure: "records" },
    { key: "minutes", measure: "sum" },
  ],
  followUps: [
    { key: "done", measure: "records" },
    { key: "working1", measure: "people" },
    { key: "working3", measure: "people" },
    { key: "working6", measure: "people" },
    { key: "working12", measure: "people" },
  ],
  youthDestinations: [
    { key: "employment", measure: "people" },
    { key: "training", measure: "people" },
    { key: "education", measure: "people" },
    { key: "other", measure: "people" },
  ],
} as const satisfies Record<ContractIndicator, readonly IndicatorPart[]>;

export type IndicatorPartKey<I extends ContractIndicator = ContractIndicator> =
  (typeof indicatorParts)[I][number]["key"];

/** Every part key of every indicator (the drill-down's `part` values). */
export const allPartKeys = [
  ...new Set(Object.values(indicatorParts).flatMap((parts) => parts.map((part) => part.key))),
] as [string, ...string[]];

export function partOf(indicator: ContractIndicator, part: string): IndicatorPart | undefined {
  return (indicatorParts[indicator] as readonly IndicatorPart[]).find((candidate) => candidate.key === part);
}

/** The record kinds a drill-down lists (what a row behind a figure is). */
export const indicatorRecordKinds = [
  "case",
  "plan",
  "outcome",
  "placement",
  "attendance",
  "activity",
  "followUp",
] as const;
export type IndicatorRecordKind = (typeof indicatorRecordKinds)[number];

/** The share in percent, one decimal; null when there is nobody to share over. */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}
