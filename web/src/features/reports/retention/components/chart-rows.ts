import type { RetentionCurve } from "@otagai/shared/reports/retention";

export type ChartRow = { month: number } & Record<string, number | [number, number] | null>;

/** The curve's point in force at `month` (a step function), or null past its end. */
function pointAt(curve: RetentionCurve, month: number) {
  if (month > curve.followedMonths) return null;
  let found = curve.points[0] ?? null;
  for (const point of curve.points) {
    if (point.month > month) break;
    found = point;
  }
  return found;
}

/** One row per month where any curve steps or ends, with each curve's value and band. */
export function chartRows(curves: RetentionCurve[]): ChartRow[] {
  const months = new Set<number>([0]);
  for (const curve of curves) {
    for (const point of curve.points) months.add(point.month);
    months.add(curve.followedMonths);
  }
  return [...months]
    .sort((a, b) => a - b)
    .map((month) => {
      const row: ChartRow = { month };
      curves.forEach((curve, index) => {
        const point = pointAt(curve, month);
        row[`s${index}`] = point ? point.survival : null;
        row[`b${index}`] =
          point && point.lower !== null && point.upper !== null ? [point.lower, point.upper] : null;
      });
      return row;
    });
}
