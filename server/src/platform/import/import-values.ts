import { isValidCalendarDate } from "@otagai/shared/japanese/calendar-date";
import { parseWareki } from "@otagai/shared/japanese/era";

/**
 * A header as compared with an importer's aliases: full-width folded (NFKC), lower case, without
 * spaces, brackets and the punctuation people put around the same name (「氏名（漢字）」, "E-mail").
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s()[\]{}<>【】「」『』〔〕・:;,.\-_/*※]/g, "");
}

function isoDate(year: number, month: number, day: number): string | null {
  if (!isValidCalendarDate(year, month, day) || year < 1900 || year > 2200) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A date as people write it in a spreadsheet, as "YYYY-MM-DD": 2026-04-01, 2026/4/1, 2026.4.1,
 * 2026年4月1日, 20260401, or 和暦 (昭和55年4月1日, S55.4.1, 令和元年5月1日), full-width digits
 * included. Null when it is none of these or no real date (2026/2/30).
 */
export function parseImportDate(input: string): string | null {
  // A time some exports add (2026/04/01 0:00:00) is dropped; the date is what was meant.
  const text = input
    .normalize("NFKC")
    .replace(/(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, "")
    .replace(/\s/g, "");
  if (text === "") return null;
  const western =
    /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text) ?? /^(\d{4})()年(\d{1,2})月(\d{1,2})日?$/.exec(text);
  if (western) return isoDate(Number(western[1]), Number(western[3]), Number(western[4]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return parseWareki(text);
}

/**
 * "山田 花子" or "山田　花子" → ["山田", "花子"]: split at the first space, the way a single 氏名
 * column is usually written. Without a space the whole text is the family name.
 */
export function splitFullName(input: string): [string, string] {
  const text = input.trim();
  const match = /^(\S+)[\s\u3000]+(.+)$/.exec(text);
  return match ? [match[1] ?? "", (match[2] ?? "").trim()] : [text, ""];
}
