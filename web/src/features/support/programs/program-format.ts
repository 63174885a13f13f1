import { toWareki } from "@otagai/shared/japanese/era";
import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../components/format";

/** How the program pages write years, days and amounts, in the reader's language. */
export function useProgramFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;

  /** "令和8年度"; in English "FY2026 (令和8年度)". */
  function fiscalYear(year: number): string {
    return t("support.programs.fiscalYear", { year, wareki: fiscalYearLabel(year) ?? String(year) });
  }

  /** A day as 和暦 in Japanese ("令和8年4月1日"), as "2026-04-01" in English. */
  function day(iso: string): string {
    return locale === "en" ? iso : (toWareki(iso) ?? iso);
  }

  function period(start: string, end: string): string {
    return t("support.programs.values.period", { start: day(start), end: day(end) });
  }

  function capacity(value: number | null): string {
    return value === null
      ? t("support.programs.values.notSet")
      : t("support.programs.values.capacity", { count: value });
  }

  function amount(value: number | null): string {
    return value === null
      ? t("support.programs.values.noAmount")
      : t("support.programs.values.amountYen", { amount: formatNumber(value, locale) });
  }

  function terms(months: number, count: number): string {
    return t("support.programs.values.terms", { months, terms: count });
  }

  return { fiscalYear, day, period, capacity, amount, terms };
}
