import { fileURLToPath } from "node:url";
import { translate } from "@otagai/shared/i18n/catalogs";
import ExcelJS from "exceljs";
import {
  type LayoutRow,
  layoutRows,
  layouts,
  numberFormatOf,
  type ReportLayout,
  unitKeyOf,
} from "./layouts.ts";

/**
 * Makes the report templates (the .xlsx files beside this script) from their layouts. The files are
 * kept in the repository: run again after changing a layout, and commit the result:
 *   node --import tsx server/src/modules/reports/contracts/templates/make-templates.ts
 * Labels come from the Japanese catalog (reports.indicators.*, reports.contracts.file.*): the
 * municipalities' forms are in Japanese.
 */
const t = (key: string) => translate("ja", `reports.${key}`);
const thin = { style: "thin" } as const;
const medium = { style: "medium" } as const;
export const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const font = { name: "游ゴシック", size: 10 };
/** A fixed date in the files' properties, so that making them again changes nothing unless the layout did. */
const madeOn = new Date(Date.UTC(2026, 3, 1));

function fill(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** The cells of a range ("B3:E3"), row by row. */
function cellsOf(sheet: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const [from, to = from] = range.split(":") as [string, string?];
  const start = sheet.getCell(from);
  const end = sheet.getCell(to);
  const cells: ExcelJS.Cell[] = [];
  for (let row = Number(start.row); row <= Number(end.row); row += 1)
    for (let column = Number(start.col); column <= Number(end.col); column += 1)
      cells.push(sheet.getCell(row, column));
  return cells;
}

function styleRange(sheet: ExcelJS.Worksheet, range: string, style: Partial<ExcelJS.Style>) {
  for (const cell of cellsOf(sheet, range)) cell.style = { ...cell.style, ...style };
}

function headerBlock(sheet: ExcelJS.Worksheet, layout: ReportLayout) {
  sheet.mergeCells(layout.title.range);
  const title = sheet.getCell(layout.title.range.split(":")[0] as string);
  title.value = layout.title.text;
  title.style = { font: { ...font, size: 14, bold: true }, alignment: { horizontal: "center" } };
  sheet.getRow(Number(title.row)).height = 26;
  sheet.mergeCells(layout.era);
  styleRange(sheet, layout.era, {
    font: { ...font, size: 12, bold: true },
    alignment: { horizontal: "center", vertical: "middle" },
    border: { top: medium, left: medium, bottom: medium, right: medium },
  });
  sheet.getCell(layout.era.split(":")[0] as string).value = "令和　年度";
  for (const item of layout.info) {
    const valueStart = sheet.getCell(item.value.split(":")[0] as string);
    const label = sheet.getCell(Number(valueStart.row), Number(valueStart.col) - 1);
    label.value = item.label;
    label.style = {
      font: { ...font, bold: true },
      fill: fill(layout.headerFill),
      border: allBorders,
      alignment: { horizontal: "center", vertical: "middle" },
    };
    sheet.mergeCells(item.value);
    styleRange(sheet, item.value, {
      font,
      border: allBorders,
      alignment: { horizontal: "left", vertical: "middle", shrinkToFit: true },
    });
  }
}

function columnHeaders(layout: ReportLayout): [number, string][] {
  const { table } = layout;
  const headers: [number, string][] = [
    [table.indicatorColumn, t("contracts.file.indicator")],
    [table.partColumn, t("contracts.file.part")],
    [table.unitColumn, t("contracts.file.unit")],
    [table.totalColumn, t(`contracts.file.totals.${layout.columns === "month" ? "monthly" : "yearly"}`)],
  ];
  if (layout.columns === "month") headers.push([table.firstFigureColumn, t("contracts.file.thisMonth")]);
  else
    for (let index = 0; index < 12; index += 1)
      headers.push([
        table.firstFigureColumn + index,
        translate("ja", "reports.contracts.file.month", { month: ((index + 3) % 12) + 1 }),
      ]);
  if (table.noteColumn) headers.push([table.noteColumn, t("contracts.file.note")]);
  return headers;
}

function bodyRow(sheet: ExcelJS.Worksheet, layout: ReportLayout, line: LayoutRow) {
  const { table } = layout;
  const indicator = `indicators.${line.indicator}`;
  const label = sheet.getCell(line.row, table.indicatorColumn);
  label.value = t(`${indicator}.label`);
  const part = sheet.getCell(line.row, table.partColumn);
  part.value = t(`${indicator}.parts.${line.part.key}`);
  const unit = sheet.getCell(line.row, table.unitColumn);
  unit.value = t(`contracts.file.units.${unitKeyOf(line.part)}`);
  const textStyle = { font, border: allBorders, alignment: { vertical: "middle", wrapText: true } } as const;
  label.style = { ...textStyle, fill: fill(layout.headerFill) };
  part.style = textStyle;
  unit.style = { ...textStyle, alignment: { horizontal: "center", vertical: "middle" } };
  const figureColumns =
    layout.columns === "month" ? [table.firstFigureColumn] : range(table.firstFigureColumn, 12);
  for (const column of [...figureColumns, table.totalColumn])
    sheet.getCell(line.row, column).style = {
      font: column === table.totalColumn ? { ...font, bold: true } : font,
      border: allBorders,
      numFmt: numberFormatOf(line.part),
      alignment: { horizontal: "right", vertical: "middle" },
      ...(column === table.totalColumn ? { fill: fill("FFF7F7F7") } : {}),
    };
  if (table.noteColumn) sheet.getCell(line.row, table.noteColumn).style = textStyle;
  if (line.first && line.span > 1)
    sheet.mergeCells(line.row, table.indicatorColumn, line.row + line.span - 1, table.indicatorColumn);
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, index) => start + index);
}

/** One template: the header block, the column headers and a row per indicator part. */
export function buildTemplate(layout: ReportLayout): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Otagai";
  workbook.created = madeOn;
  workbook.modified = madeOn;
  const sheet = workbook.addWorksheet(layout.sheet, {
    pageSetup: {
      paperSize: 9,
      orientation: layout.columns === "year" ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    },
    views: [{ showGridLines: false }],
  });
  layout.widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  headerBlock(sheet, layout);
  const header = sheet.getRow(layout.table.headerRow);
  header.height = 22;
  for (const [column, text] of columnHeaders(layout)) {
    const cell = header.getCell(column);
    cell.value = text;
    cell.style = {
      font: { ...font, bold: true },
      fill: fill(layout.headerFill),
      border: allBorders,
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    };
  }
  for (const line of layoutRows(layout)) bodyRow(sheet, layout, line);
  return workbook;
}

async function main() {
  const folder = fileURLToPath(new URL(".", import.meta.url));
  for (const layout of Object.values(layouts)) {
    await buildTemplate(layout).xlsx.writeFile(`${folder}${layout.file}`);
    console.log(`wrote ${layout.file}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
