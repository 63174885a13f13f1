import type { RetentionGrouping, RetentionPopulation } from "@otagai/shared/reports/retention";

/**
 * The page's options for the router's search check, without loading the zod schemas into the
 * first pages (the type check below fails when a shared list gains a value).
 */
export const retentionGroupingSearchValues = ["program", "outcomeType", "ageBand"] as const;
export const retentionPopulationSearchValues = ["all", "afterPlacement"] as const;

/** The analysis' options, as the address and the API both take them. */
export interface RetentionSearch {
  groupBy?: RetentionGrouping;
  programId?: string;
  fromYear?: number;
  population?: RetentionPopulation;
}

type Missing<All, Listed extends readonly string[]> = Exclude<All, Listed[number]>;
const complete: [
  Missing<RetentionGrouping, typeof retentionGroupingSearchValues>,
  Missing<RetentionPopulation, typeof retentionPopulationSearchValues>,
] extends [never, never]
  ? true
  : false = true;
void complete;
