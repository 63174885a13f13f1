/**
 * Formula injection (CSV/spreadsheet injection, OWASP): a cell whose text starts with = + - @, a
 * tab or a carriage return can be taken for a formula when the file is opened, re-saved as CSV or
 * the cell is edited, and a formula can run commands or send data away. Every text cell of every
 * export goes through here; the rule lives nowhere else.
 *
 * The full-width forms (＝＋－＠) are included: Japanese input methods type them, and Excel turns
 * ＝ into = when a cell is edited.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

/** Text as it can go into a cell: prefixed with ' when it could be read as a formula. */
export function safeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Any cell value: text made safe; numbers, booleans, dates and empty cells as they are. */
export function safeCellValue<T>(value: T): T | string {
  return typeof value === "string" ? safeCellText(value) : value;
}
