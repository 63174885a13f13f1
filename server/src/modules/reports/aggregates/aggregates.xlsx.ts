import { translate } from "@otagai/shared/i18n/catalogs";
import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import type { Locale } from "@otagai/shared/platform/locales";
import type { AggregateCell, Aggregates, aggregatesQuerySchema } from "@otagai/shared/reports/aggregates";
import ExcelJS from "exceljs";
import type { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { safeCellValue } from "../../../platform/export/spreadsheet-cell.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { getAggregates } from "./aggregates.service.ts";

type Cell = string | number;

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
}

/**
 * Each table as the rows of its sheet: title, period, the legend (the threshold and the symbol),
 * then the table with its totals, a hidden count as the symbol. Only counts and catalog or program
 * labels; area names are typed by people, so every cell still goes through safeCellValue.
 */
export function aggregatesSheets(aggregates: Aggregates, locale: Locale, today: string) {
  const a = (key: string, params?: Record<string, string | number>) =>
    translate(locale, `reports.aggregates.${key}`, params);
  const symbol = a("symbol");
  const shown = (cell: AggregateCell): Cell => (cell.suppressed ? symbol : (cell.value ?? symbol));
  const period = a("period", {
    fiscalYear: fiscalYearLabel(aggregates.fiscalYear) ?? String(aggregates.fiscalYear),
    from: aggregates.period.from,
    to: aggregates.period.to,
  });
  return aggregates.tables.map((table) => ({
    name: a(`tables.${table.key}`),
    rows: [
      [a(`tables.${table.key}`)],
      [a("fiscalYear"), period],
      [a("program"), aggregates.program?.name ?? a("allPrograms")],
      [a("legend", { threshold: aggregates.threshold })],
      [a(`notes.${table.key}`)],
      [a("createdOn"), today],
      [],
      [a(`rowHeadings.${table.key}`), ...table.columns.map((column) => column.label), a("total")],
      ...table.rows.map((row) => [row.label, ...row.cells.map(shown), shown(row.total)]),
      [a("total"), ...table.totals.map(shown), shown(table.grandTotal)],
    ] satisfies Cell[][],
    headerRow: 8,
  }));
}

/** The aggregate tables as an Excel workbook, one sheet per table, in the caller's language. */
export async function exportAggregates(
  db: Database,
  query: z.output<typeof aggregatesQuerySchema>,
  options: { locale: Locale },
): Promise<FileResponse> {
  const aggregates = await getAggregates(db, query, options.locale);
  const workbook = new ExcelJS.Workbook();
  for (const sheet of aggregatesSheets(aggregates, options.locale, todayInJapan())) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name));
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => safeCellValue(cell)));
    worksheet.getRow(1).font = { bold: true, size: 13 };
    worksheet.getRow(sheet.headerRow).font = { bold: true };
    worksheet.getColumn(1).width = 30;
    for (let column = 2; column <= (sheet.rows[sheet.headerRow - 1]?.length ?? 1); column++)
      worksheet.getColumn(column).width = 12;
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const name = translate(options.locale, "reports.aggregates.fileName");
  return { filename: `${name}-${aggregates.fiscalYear}.xlsx`, body };
}
