import { translate } from "@otagai/shared/i18n/catalogs";
import { toWareki } from "@otagai/shared/japanese/era";
import type { Locale } from "@otagai/shared/platform/locales";
import { todayInJapan } from "../japan-time.ts";
import { PdfForm } from "./pdf-form.ts";

/**
 * A date as forms print it: 和暦 ("令和8年11月27日"), as the national forms do, in either language;
 * "—" when there is none.
 */
export function formDate(date: string | null | undefined): string {
  if (!date) return "—";
  return toWareki(date) ?? date;
}

/** A new form in the user's language, headed with its title and today's 和暦 date. */
export function createPdfForm(
  locale: Locale,
  options: { title: string; subtitle?: string; layout?: "portrait" | "landscape" },
): PdfForm {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, `print.${key}`, params);
  return new PdfForm({
    ...options,
    printedLine: t("printedOn", { date: formDate(todayInJapan()) }),
    footerNote: t("confidential"),
    pageNumber: (page, pages) => t("page", { page, pages }),
    language: locale,
  });
}

/** A file name safe on any system: the form's name, the person's and the date, without separators. */
export function pdfFileName(...parts: string[]): string {
  return `${parts
    .map((part) => part.replace(/[\\/:*?"<>|\s]+/g, ""))
    .filter(Boolean)
    .join("_")}.pdf`;
}
