import { maxImportColumns, maxImportFileBytes, maxImportRows } from "@otagai/shared/import/schemas";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { AppError } from "../http/app-error.ts";

/** A spreadsheet's first sheet as text: the header row and each data row with its row number. */
export type Spreadsheet = {
  headers: string[];
  /** Non-blank rows after the header; `line` is the row number the user sees in Excel (header = its own). */
  rows: { line: number; cells: string[] }[];
};

/** The longest cell kept: a field's own limit is far lower; this only bounds what is stored meanwhile. */
const maxCellLength = 5000;
/** What the parts of an .xlsx may unpack to: a small zip can hold gigabytes of repeated text. */
const maxUnpackedBytes = 100 * 1024 * 1024;
const maxZipEntries = 2000;

/** A refusal of the uploaded file, as a field error on the request's content. */
export function fileProblem(messageKey: string, params?: Record<string, string | number>): AppError {
  return new AppError("VALIDATION_FAILED", [
    { path: "body.content", code: "import_file", messageKey, ...(params ? { params } : {}) },
  ]);
}

/**
 * Reads an .xlsx workbook (its first visible sheet) or a CSV/TSV text file in UTF-8 (with or
 * without BOM), UTF-16 with BOM, or Shift-JIS (what Japanese Excel writes by default), told apart
 * by content rather than by the file's name. Cells become trimmed text; Excel dates become
 * "YYYY-MM-DD". The first non-blank row is the header.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Spreadsheet> {
  if (bytes.length === 0) throw fileProblem("importFileEmpty");
  if (bytes.length > maxImportFileBytes)
    throw fileProblem("importFileTooLarge", { max: maxImportFileBytes / 1024 / 1024 });
  const table = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])
    ? await readXlsx(bytes)
    : startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
      ? // The binary Excel 97–2003 format (.xls): Excel saves it as .xlsx or CSV in one step.
        (() => {
          throw fileProblem("importLegacyExcel");
        })()
      : readDelimitedText(decodeText(bytes));
  return toSpreadsheet(table);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Rows of cells as read, with their 1-based row numbers; blank rows may be left out. */
type RawTable = { line: number; cells: string[] }[];

function toSpreadsheet(table: RawTable): Spreadsheet {
  const nonBlank = table.filter((row) => row.cells.some((cell) => cell !== ""));
  const [header, ...rows] = nonBlank;
  if (!header) throw fileProblem("importFileEmpty");
  if (rows.length === 0) throw fileProblem("importNoRows");
  if (rows.length > maxImportRows) throw fileProblem("importTooManyRows", { max: maxImportRows });
  const width = Math.max(...nonBlank.map((row) => lastFilled(row.cells) + 1));
  if (width > maxImportColumns) throw fileProblem("importTooManyColumns", { max: maxImportColumns });
  for (const row of nonBlank)
    for (const cell of row.cells)
      if (cell.length > maxCellLength)
        throw fileProblem("importCellTooLong", { line: row.line, max: maxCellLength });
  const pad = (cells: string[]) => Array.from({ length: width }, (_, index) => cells[index] ?? "");
  return {
    headers: pad(header.cells),
    rows: rows.map((row) => ({ line: row.line, cells: row.cells.slice(0, lastFilled(row.cells) + 1) })),
  };
}

function lastFilled(cells: string[]): number {
  for (let index = cells.length - 1; index >= 0; index--) if (cells[index] !== "") return index;
  return -1;
}

function cleanCell(value: string): string {
  // Trim also removes the full-width space (U+3000) Japanese sheets often pad with.
  return value.replace(/\r\n?/g, "\n").trim();
}

// --- CSV and TSV -----------------------------------------------------------------------------

/**
 * UTF-8 with a BOM, UTF-16 with a BOM, else UTF-8 when the bytes are valid UTF-8, else Shift-JIS
 * (Japanese Excel's "CSV"). Text that is neither (a binary file) is refused.
 */
export function decodeText(bytes: Uint8Array): string {
  const decode = (encoding: string, from = 0) =>
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(from));
  let text: string;
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = decode("utf-8", 3);
    else if (startsWith(bytes, [0xff, 0xfe])) text = decode("utf-16le", 2);
    else if (startsWith(bytes, [0xfe, 0xff])) text = decode("utf-16be", 2);
    else {
      try {
        text = decode("utf-8");
      } catch {
        text = decode("shift_jis");
      }
    }
  } catch {
    throw fileProblem("importFileUnreadable");
  }
  // NUL and other C0 controls (tab, line breaks aside) are no part of a spreadsheet's text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what it looks for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) throw fileProblem("importFileUnreadable");
  return text;
}

/** Comma-separated, or tab-separated when the first line has more tabs than commas (Excel's "Unicode text"). */
function readDelimitedText(text: string): RawTable {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const tabs = firstLine.split("\t").length;
  const commas = firstLine.split(",").length;
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: tabs > commas ? "\t" : ",",
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch {
    throw fileProblem("importFileUnreadable");
  }
  // A record is one spreadsheet row even when a quoted cell spans lines, as Excel shows it.
  return records.map((cells, index) => ({ line: index + 1, cells: cells.map(cleanCell) }));
}

// --- .xlsx ---------------------------------------------------------------------------------------

async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  checkZipSize(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typing names Node's old Buffer; a Buffer view of the same bytes is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) as never);
  } catch {
    throw fileProblem("importFileUnreadable");
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.state === "visible");
  if (!sheet) throw fileProblem("importFileEmpty");
  const table: RawTable = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cleanCell(cellText(cell.value));
    });
    table.push({ line, cells: Array.from(cells, (cell) => cell ?? "") });
  });
  return table;
}

/** A cell's value as the text the user typed; dates as "YYYY-MM-DD". */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // exceljs reads a date cell as that day's midnight UTC: the UTC date is the date in the cell.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  // An error value (#N/A, #REF!): nothing the user meant as data.
  return "";
}

/**
 * Refuses a zip whose parts would unpack past maxUnpackedBytes, from its central directory (the
 * sizes the zip declares), before any of it is inflated.
 */
function checkZipSize(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  // The end-of-central-directory record: within the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 65_535); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw fileProblem("importFileUnreadable");
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries > maxZipEntries) throw fileProblem("importFileUnreadable");
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      throw fileProblem("importFileUnreadable");
    const unpacked = view.getUint32(offset + 24, true);
    // 0xffffffff: a ZIP64 size, which no spreadsheet of the allowed size needs.
    if (unpacked === 0xffffffff) throw fileProblem("importFileUnreadable");
    total += unpacked;
    if (total > maxUnpackedBytes)
      throw fileProblem("importFileTooLarge", { max: maxImportFileBytes / 1024 / 1024 });
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
}
