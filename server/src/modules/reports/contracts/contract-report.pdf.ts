import { translate } from "@otagai/shared/i18n/catalogs";
import type { Locale } from "@otagai/shared/platform/locales";
import type { ContractReport, contractReportQuerySchema } from "@otagai/shared/reports/contract-reports";
import { partOf } from "@otagai/shared/reports/indicators";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { createPdfForm } from "../../../platform/pdf/form-setup.ts";
import type { PdfColumn } from "../../../platform/pdf/pdf-form.ts";
import { eraLabel, figuresOf, infoValues, reportFileName } from "./contract-report.xlsx.ts";
import { getContractReport } from "./contract-reports.service.ts";
import { unitKeyOf } from "./templates/layouts.ts";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A figure as printed: counts with separators, a rate in percent, nothing counted as "—". */
export function printedFigure(measure: string, value: number | null, locale: Locale): string {
  if (value === null) return "—";
  const text = value.toLocaleString(locale === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 1 });
  return measure === "rate" ? `${text}%` : text;
}

/**
 * The report on A4 for print, in the user's language: the 和暦 period, the program, the status
 * (a submitted report prints the figures as sent), then a line per indicator part with the months
 * and the total. A fiscal year's twelve months are printed on the page's side.
 */
export async function renderContractReportPdf(
  report: ContractReport,
  locale: Locale,
  today: string,
): Promise<Buffer> {
  const t: Translate = (key, params) => translate(locale, key, params);
  const f: Translate = (key, params) => t(`reports.contracts.file.${key}`, params);
  const info = infoValues(report, locale, today);
  const form = createPdfForm(locale, {
    title: `${report.contract.programName}　${f(`titles.${report.kind}`)}`,
    subtitle: eraLabel(report, locale),
    layout: report.kind === "yearly" ? "landscape" : "portrait",
  });
  const submitted = report.submission?.status === "submitted";
  form.fields(
    [
      { label: f("info.municipality"), value: info.municipality },
      { label: f("info.program"), value: info.program },
      { label: f("info.stream"), value: info.stream },
      { label: f("info.status"), value: info.status, strong: submitted },
      { label: f("info.period"), value: info.period },
      { label: f("info.totalPeriod"), value: info.totalPeriod },
      ...(submitted
        ? [
            { label: f("info.submittedBy"), value: info.submittedBy || "—" },
            { label: f("info.submittedOn"), value: info.submittedOn },
          ]
        : [{ label: f("info.createdOn"), value: info.createdOn, span: 2 }]),
    ],
    2,
  );
  const monthHeader = (month: string) =>
    report.kind === "monthly" ? f("thisMonth") : f("month", { month: Number(month.slice(5, 7)) });
  const columns: PdfColumn[] = [
    { header: f("indicator"), width: 3.2 },
    { header: f("part"), width: 3 },
    { header: f("unit"), width: 1, align: "center" },
    ...report.months.map((month) => ({ header: monthHeader(month), width: 1.3, align: "right" as const })),
    { header: f(`totals.${report.kind}`), width: 1.6, align: "right" },
  ];
  let previous = "";
  const rows = figuresOf(report).map((line) => {
    const part = partOf(line.indicator, line.part);
    const indicator = line.indicator === previous ? "" : t(`reports.indicators.${line.indicator}.label`);
    previous = line.indicator;
    return [
      indicator,
      t(`reports.indicators.${line.indicator}.parts.${line.part}`),
      part ? f(`units.${unitKeyOf(part)}`) : "",
      ...line.byMonth.map((value) => printedFigure(line.measure, value, locale)),
      printedFigure(line.measure, line.total, locale),
    ];
  });
  form.table(columns, rows, { compact: report.kind === "yearly" });
  return form.toBuffer();
}

/** GET …/report.pdf: the report for print. */
export async function printContractReport(
  db: Database,
  scope: AccessScope,
  locale: Locale,
  contractId: string,
  query: z.output<typeof contractReportQuerySchema>,
): Promise<FileResponse> {
  const report = await getContractReport(db, scope, contractId, query);
  const today = todayInJapan();
  const body = await renderContractReportPdf(report, locale, today);
  const parts = [report.contract.programName, report.fundingStream?.name ?? "", eraLabel(report, "ja")];
  return { filename: reportFileName(parts, "pdf"), body };
}
