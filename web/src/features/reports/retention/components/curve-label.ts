import type {
  RetentionAgeBand,
  RetentionCurve,
  RetentionGrouping,
  RetentionOutcomeType,
} from "@otagai/shared/reports/retention";
import type { TFunction } from "i18next";

/** A curve's name: the program's, or the outcome type's or age band's in the catalog. */
export function curveLabel(curve: RetentionCurve, groupBy: RetentionGrouping, t: TFunction): string {
  if (groupBy === "outcomeType")
    return t(`reports.retention.outcomeTypes.${curve.key as RetentionOutcomeType}`);
  if (groupBy === "ageBand") return t(`reports.retention.ageBands.${curve.key as RetentionAgeBand}`);
  return curve.label;
}

/** The curves' colors, in order (Mantine's palette; enough contrast on white). */
export const curveColors = [
  "var(--mantine-color-teal-7)",
  "var(--mantine-color-orange-7)",
  "var(--mantine-color-blue-7)",
  "var(--mantine-color-grape-7)",
  "var(--mantine-color-red-7)",
  "var(--mantine-color-lime-8)",
  "var(--mantine-color-cyan-8)",
  "var(--mantine-color-pink-7)",
];
export const curveColor = (index: number) => curveColors[index % curveColors.length] ?? "currentColor";
