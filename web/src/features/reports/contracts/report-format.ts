import { formatIsoDate, toCalendarDate } from "@otagai/shared/japanese/calendar-date";
import { warekiYear } from "@otagai/shared/japanese/era";
import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import type { IndicatorMeasure } from "@otagai/shared/reports/indicators";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../components/format";

/** Today's date in Japan ("YYYY-MM-DD"), whatever the PC's clock zone. */
export function todayInJapan(): string {
  const today = toCalendarDate(new Date());
  return today ? formatIsoDate(today) : "";
}

/** The months of a fiscal year, "2026-04" … "2027-03". */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((index + 3) % 12) + 1;
    const year = month >= 4 ? fiscalYear : fiscalYear + 1;
    return `${year}-${String(month).padStart(2, "0")}`;
  });
}

/**
 * The month a monthly report opens on: the latest month of the fiscal year that has ended, the
 * year's first month before one has, and March once the year is over.
 */
export function defaultReportMonth(fiscalYear: number, today: string = todayInJapan()): string {
  const months = fiscalYearMonths(fiscalYear);
  const current = today.slice(0, 7);
  const ended = months.filter((month) => month < current);
  return ended.at(-1) ?? (months[0] as string);
}

/** Labels of fiscal years and months in the shown language (和暦 in Japanese). */
export function useReportLabels() {
  const { t, i18n } = useTranslation();
  const ja = i18n.language !== "en";
  const monthDate = (month: string) => new Date(`${month}-15T00:00:00Z`);
  return {
    year: (fiscalYear: number) =>
      (ja ? fiscalYearLabel(fiscalYear) : null) ?? t("reports.contracts.yearLabel", { year: fiscalYear }),
    /** "4月" / "Apr": a column of the fiscal-year table. */
    monthShort: (month: string) =>
      ja
        ? `${Number(month.slice(5, 7))}月`
        : new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }).format(monthDate(month)),
    /** "令和8年4月" / "April 2026". */
    monthLong: (month: string) =>
      ja
        ? `${warekiYear(`${month}-01`) ?? `${month.slice(0, 4)}年`}${Number(month.slice(5, 7))}月`
        : new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
            monthDate(month),
          ),
    /** A figure as shown: "12", "37.5%", "—" for a rate with nobody to share over. */
    value: (value: number | null, measure: IndicatorMeasure) =>
      value === null
        ? t("reports.contracts.report.empty")
        : `${formatNumber(value, i18n.language)}${measure === "rate" ? "%" : ""}`,
  };
}
