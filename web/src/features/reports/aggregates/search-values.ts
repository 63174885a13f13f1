/**
 * The page's options as the address and the API both take them, and the threshold's limits, without
 * loading the zod schemas into the first pages (the check below fails when the shared limits change).
 */
import type { thresholdLimits } from "@otagai/shared/reports/aggregates";

export const aggregatesThreshold = { min: 3, max: 50, default: 5 } as const;

export interface AggregatesSearch {
  fiscalYear?: number;
  threshold?: number;
  programId?: string;
}

const same: typeof thresholdLimits extends typeof aggregatesThreshold
  ? typeof aggregatesThreshold extends typeof thresholdLimits
    ? true
    : false
  : false = true;
void same;
