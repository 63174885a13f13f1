import { translate } from "@otagai/shared/i18n/catalogs";
import { warekiYear } from "@otagai/shared/japanese/era";
import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import type { Locale } from "@otagai/shared/platform/locales";
import type {
  ContractReport,
  contractReportQuerySchema,
  ReportRow,
} from "@otagai/shared/reports/contract-reports";
import { type IndicatorPart, partOf } from "@otagai/shared/reports/indicators";
import ExcelJS from "exceljs";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { safeCellValue } from "../../../platform/export/spreadsheet-cell.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { formDate } from "../../../platform/pdf/form-setup.ts";
import { getContractReport } from "./contract-reports.service.ts";
import { fiscalYearMonths } from "./report-periods.ts";
import {
  type InfoKey,
  layoutFor,
  layoutRows,
  numberFormatOf,
  type ReportLayout,
  unitKeyOf,
} from "./templates/layouts.ts";

type ReportQuery = z.output<typeof contractReportQuerySchema>;

/** The figures a file carries: those sent once the report is submitted, else the live ones. */
export function figuresOf(report: ContractReport): ReportRow[] {
  return report.submission?.status === "submitted" ? report.submission.rows : report.rows;
}

/** "令和8年4月分" for a monthly report, "令和8年度" for the fiscal year's. */
export function eraLabel(report: ContractReport, locale: Locale): string {
  if (report.kind === "yearly" || !report.month)
    return fiscalYearLabel(report.contract.fiscalYear) ?? String(report.contract.fiscalYear);
  return translate(locale, "reports.contracts.file.monthOf", {
    year: warekiYear(`${report.month}-01`) ?? report.month.slice(0, 4),
    month: Number(report.month.slice(5, 7)),
  });
}

/** Draft, reopened or submitted (with the day it was sent, in 和暦). */
export function statusText(report: ContractReport, locale: Locale): string {
  const f = (key: string, params?: Record<string, string>) =>
    translate(locale, `reports.contracts.file.${key}`, params);
  const submission = report.submission;
  if (!submission) return f("draft");
  if (submission.status === "reopened") return f("reopened");
  return f("submitted", { date: formDate(todayInJapan(new Date(submission.submittedAt))) });
}

/** The header block's values, as the files show them. */
export function infoValues(report: ContractReport, locale: Locale, today: string): Record<InfoKey, string> {
  const submitted = report.submission?.status === "submitted" ? report.submission : null;
  const month = report.month ? { from: `${report.month}-01`, to: report.totalPeriod.to } : null;
  const period = month ?? report.totalPeriod;
  return {
    municipality: report.contract.municipality || "—",
    program: report.contract.programName,
    stream: report.fundingStream?.name ?? translate(locale, "reports.contracts.file.wholeProgram"),
    period: `${formDate(period.from)}〜${formDate(period.to)}`,
    totalPeriod: `${formDate(report.totalPeriod.from)}〜${formDate(report.totalPeriod.to)}`,
    status: statusText(report, locale),
    submittedBy: submitted?.submittedByName ?? "",
    submittedOn: submitted ? formDate(todayInJapan(new Date(submitted.submittedAt))) : "",
    createdOn: formDate(today),
  };
}

/** A figure as a cell holds it: a rate as a fraction (shown in percent), nothing counted as "—". */
export function cellFigure(part: IndicatorPart, value: number | null): number | string {
  if (value === null) return "—";
  return part.measure === "rate" ? value / 100 : value;
}

/** A file name safe on any system: the parts without separators, joined with "_". */
export function reportFileName(parts: string[], extension: "xlsx" | "pdf"): string {
  const name = parts
    .map((part) => part.replace(/[\\/:*?"<>|\s]+/g, ""))
    .filter(Boolean)
    .join("_");
  return `${name}.${extension}`;
}

function firstCell(range: string): string {
  return range.split(":")[0] as string;
}

/** Copies a row's styles onto a new row below the template's (an indicator the layout lacks). */
function copyRowStyle(sheet: ExcelJS.Worksheet, from: number, to: number, columns: number) {
  for (let column = 1; column <= columns; column += 1)
    sheet.getCell(to, column).style = structuredClone(sheet.getCell(from, column).style);
}

/** The column a report's month goes to (a monthly report in a twelve-month layout: its month's). */
function columnOf(layout: ReportLayout, report: ContractReport, index: number): number {
  if (layout.columns === "month") return layout.table.firstFigureColumn;
  const month = report.months[index] ?? "";
  const position = fiscalYearMonths(report.contract.fiscalYear).indexOf(month);
  return layout.table.firstFigureColumn + Math.max(position, 0);
}

/** Writes one figure line: the month cells, the total, each with the layout's number format. */
function writeFigures(
  sheet: ExcelJS.Worksheet,
  layout: ReportLayout,
  report: ContractReport,
  line: ReportRow,
  row: number,
) {
  const part = partOf(line.indicator, line.part);
  if (!part) return;
  const write = (column: number, value: number | null) => {
    const cell = sheet.getCell(row, column);
    cell.value = cellFigure(part, value);
    if (cell.numFmt !== numberFormatOf(part))
      cell.style = { ...structuredClone(cell.style), numFmt: numberFormatOf(part) };
  };
  line.byMonth.forEach((value, index) => {
    write(columnOf(layout, report, index), value);
  });
  write(layout.table.totalColumn, line.total);
}

/**
 * The report in the funder's layout: the template opened as it is, the 和暦 header, the header
 * block and the figures written into the mapped cells. Rows of indicators the report does not
 * carry are hidden; an indicator the layout lacks gets rows below the others, styled like them.
 */
export async function fillReportWorkbook(report: ContractReport, today: string): Promise<Buffer> {
  const layout = layoutFor(report.contract.municipality, report.kind);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(new URL(`./templates/${layout.file}`, import.meta.url).pathname);
  const sheet = workbook.getWorksheet(layout.sheet);
  if (!sheet) throw new Error(`The template ${layout.file} has no sheet ${layout.sheet}`);
  const put = (address: string, value: string) => {
    sheet.getCell(address).value = value === "" ? null : safeCellValue(value);
  };
  put(firstCell(layout.era), eraLabel(report, "ja"));
  const info = infoValues(report, "ja", today);
  for (const item of layout.info) put(firstCell(item.value), info[item.key]);
  const { table } = layout;
  const totalHeader = `reports.contracts.file.totals.${report.kind}`;
  sheet.getCell(table.headerRow, table.totalColumn).value = translate("ja", totalHeader);

  const figures = figuresOf(report);
  const reported = new Set(figures.map((line) => line.indicator));
  const templateRows = layoutRows(layout);
  for (const line of templateRows) if (!reported.has(line.indicator)) sheet.getRow(line.row).hidden = true;
  const missing = [...reported].filter((indicator) => !layout.indicators.includes(indicator));
  const lastRow = templateRows.at(-1)?.row ?? table.headerRow;
  const extraRows = layoutRows(layout, missing, lastRow + 1);
  const columns = Math.max(table.totalColumn, table.noteColumn ?? 0);
  for (const line of extraRows) {
    copyRowStyle(sheet, lastRow, line.row, columns);
    sheet.getCell(line.row, table.indicatorColumn).value = translate(
      "ja",
      `reports.indicators.${line.indicator}.label`,
    );
    sheet.getCell(line.row, table.partColumn).value = translate(
      "ja",
      `reports.indicators.${line.indicator}.parts.${line.part.key}`,
    );
    sheet.getCell(line.row, table.unitColumn).value = translate(
      "ja",
      `reports.contracts.file.units.${unitKeyOf(line.part)}`,
    );
    if (line.first && line.span > 1)
      sheet.mergeCells(line.row, table.indicatorColumn, line.row + line.span - 1, table.indicatorColumn);
  }
  const rowOf = new Map(
    [...templateRows, ...extraRows].map((line) => [`${line.indicator}.${line.part.key}`, line.row]),
  );
  for (const line of figures) {
    const row = rowOf.get(`${line.indicator}.${line.part}`);
    if (row) writeFigures(sheet, layout, report, line, row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** GET …/report.xlsx: the report, filled into the funder's layout. */
export async function exportContractReport(
  db: Database,
  scope: AccessScope,
  contractId: string,
  query: ReportQuery,
): Promise<FileResponse> {
  const report = await getContractReport(db, scope, contractId, query);
  const body = await fillReportWorkbook(report, todayInJapan());
  const parts = [report.contract.programName, report.fundingStream?.name ?? "", eraLabel(report, "ja")];
  return { filename: reportFileName(parts, "xlsx"), body };
}
