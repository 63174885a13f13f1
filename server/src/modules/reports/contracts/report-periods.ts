import { fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import type { ReportKind } from "@otagai/shared/reports/contract-reports";
import { AppError } from "../../../platform/http/app-error.ts";
import type { Period } from "../indicators/indicator-rows.ts";

/** "2026-04" → its first and last day. */
export function monthPeriod(month: string): Period {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** The twelve months of a fiscal year, April to March. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((index + 3) % 12) + 1;
    const year = index < 9 ? fiscalYear : fiscalYear + 1;
    return `${year}-${String(month).padStart(2, "0")}`;
  });
}

/**
 * A report's columns and its total's period: monthly, the month and the fiscal year up to its end;
 * yearly, April to March and the whole year. A month outside the fiscal year answers 422.
 */
export function reportPeriods(
  fiscalYear: number,
  kind: ReportKind,
  month: string | undefined,
): { months: string[]; total: Period } {
  const year = fiscalYearRange(fiscalYear);
  if (kind === "yearly")
    return { months: fiscalYearMonths(fiscalYear), total: { from: year.start, to: year.end } };
  if (!month)
    throw new AppError("VALIDATION_FAILED", [
      { path: "query.month", code: "custom", messageKey: "required" },
    ]);
  if (!fiscalYearMonths(fiscalYear).includes(month))
    throw new AppError("OUT_OF_PERIOD", [], { from: year.start, to: year.end });
  return { months: [month], total: { from: year.start, to: monthPeriod(month).to } };
}
