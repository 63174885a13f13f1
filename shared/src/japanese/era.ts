// Japanese era dates (和暦). Works on calendar dates only: "YYYY-MM-DD" strings are never read as
// instants, so no day shift can happen. Dates before 明治6年 (1873) are given in the Gregorian
// calendar, not the lunisolar calendar Japan used at the time.
import {
  type CalendarDate,
  dateKey,
  formatIsoDate,
  isValidCalendarDate,
  toCalendarDate,
} from "./calendar-date.ts";

export type EraName = "明治" | "大正" | "昭和" | "平成" | "令和";

export type Era = {
  name: EraName;
  /** Latin initial used in short forms (R8.11.26). */
  initial: "M" | "T" | "S" | "H" | "R";
  /** First day, "YYYY-MM-DD". The era ends the day before the next one starts. */
  start: string;
};

/**
 * Oldest first. Official start dates (明治 as counted from the 1868-10-23 改元). Parsing needs them;
 * formatting asks the platform, and a test checks that both agree.
 */
export const ERAS: readonly Readonly<Era>[] = [
  { name: "明治", initial: "M", start: "1868-10-23" },
  { name: "大正", initial: "T", start: "1912-07-30" },
  { name: "昭和", initial: "S", start: "1926-12-25" },
  { name: "平成", initial: "H", start: "1989-01-08" },
  { name: "令和", initial: "R", start: "2019-05-01" },
];

type EraBounds = { era: Era; startKey: number; startYear: number; endKey: number };

function startOf(era: Era): CalendarDate {
  const start = toCalendarDate(era.start);
  if (!start) throw new Error(`Bad start date for ${era.name}`);
  return start;
}

const BOUNDS: readonly EraBounds[] = ERAS.map((era, i) => {
  const start = startOf(era);
  const next = ERAS[i + 1];
  return {
    era,
    startKey: dateKey(start),
    startYear: start.year,
    endKey: next ? dateKey(startOf(next)) : Infinity,
  };
});

// Which era a day belongs to, its year within it and the era's Latin initial come from the
// platform's Japanese calendar (CLDR data in ICU: Node and every current browser), so a new era arrives
// with a runtime update. The calendar date is formatted as UTC midnight, so no time zone shifts it.
const LONG = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  era: "long",
  year: "numeric",
  timeZone: "UTC",
});
const NARROW = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
  era: "narrow",
  year: "numeric",
  timeZone: "UTC",
});
const MEIJI_START_KEY = BOUNDS[0]?.startKey ?? 0;

function utcMidnight({ year, month, day }: CalendarDate): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which maps years 0–99 to the 1900s
  return date;
}

type EraParts = { era: string; year: number; calendarDate: CalendarDate };

/** The platform's reading of a calendar date, or null before 明治 (ICU would name 慶応 and earlier eras). */
function eraParts(date: Date | string): EraParts | null {
  const calendarDate = toCalendarDate(date);
  if (!calendarDate || dateKey(calendarDate) < MEIJI_START_KEY) return null;
  const parts = LONG.formatToParts(utcMidnight(calendarDate));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  // Current ICU writes the first year as 元 in Japanese; older ICU wrote 1.
  const year = part("year") === "元" ? 1 : Number(part("year"));
  return { era: part("era"), year, calendarDate };
}

/** The era and year within it ({ era: "令和", year: 8 }), or null before 明治 or for an invalid date. */
export function eraYear(date: Date | string): { era: string; year: number } | null {
  const parts = eraParts(date);
  return parts && { era: parts.era, year: parts.year };
}

export type WarekiStyle = "long" | "short" | "initial";

/**
 * Formats a date in 和暦:
 * - long (default): "令和8年11月26日", first year as 元年 ("令和元年5月1日")
 * - short: "R8.11.26" (Latin initial, as on forms and in spreadsheets)
 * - initial: "令8.11.26" (first kanji of the era, as in tables and official abbreviations)
 * Returns null for invalid dates and dates before 明治.
 */
export function toWareki(date: Date | string, opts: { style?: WarekiStyle } = {}): string | null {
  const parts = eraParts(date);
  if (!parts) return null;
  const { era, year } = parts;
  const { month, day } = parts.calendarDate;
  switch (opts.style ?? "long") {
    case "short": {
      const initial = NARROW.formatToParts(utcMidnight(parts.calendarDate)).find((p) => p.type === "era");
      return `${initial?.value ?? era}${year}.${month}.${day}`;
    }
    case "initial":
      return `${era.charAt(0)}${year}.${month}.${day}`;
    default:
      return `${era}${year === 1 ? "元" : year}年${month}月${day}日`;
  }
}

/** "令和元年" (first year as 元年), or null before 明治: the 年 part of a 和暦 date, as in 年度 labels. */
export function warekiYear(date: Date | string): string | null {
  const parts = eraYear(date);
  return parts && `${parts.era}${parts.year === 1 ? "元" : parts.year}年`;
}

const ERA_TOKEN = "明治|大正|昭和|平成|令和|[明大昭平令MTSHR]";
// "令和8年11月26日", "令和元年5月1日", "令和8年11月26" (日 omitted)
const KANJI_FORM = new RegExp(`^(${ERA_TOKEN})(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日?$`, "i");
// "R8.11.26", "H31/4/30", "S64-01-07": one separator used consistently
const SEPARATOR_FORM = new RegExp(`^(${ERA_TOKEN})(\\d{1,2})([./-])(\\d{1,2})\\3(\\d{1,2})$`, "i");

function findEra(token: string): EraBounds | undefined {
  const upper = token.toUpperCase();
  return BOUNDS.find(
    (b) => b.era.name === token || b.era.name.charAt(0) === token || b.era.initial === upper,
  );
}

/**
 * Parses a 和暦 date ("令和8年11月26日", "R8.11.26", "H31/4/30", full-width digits, ㋿/㍻ ligatures)
 * into "YYYY-MM-DD". Returns null for unreadable input, impossible dates (令和8年2月30日) and dates
 * outside the era (平成31年5月1日 is already 令和; 令和元年4月30日 is still 平成).
 */
export function parseWareki(input: string): string | null {
  // NFKC turns ㋿ into 令和 and full-width digits/letters/punctuation into ASCII.
  const s = input.normalize("NFKC").replace(/\s/g, "");
  let parts: [string, string, string, string] | null = null;
  const kanji = KANJI_FORM.exec(s);
  if (kanji) parts = [kanji[1] ?? "", kanji[2] ?? "", kanji[3] ?? "", kanji[4] ?? ""];
  const separated = kanji ? null : SEPARATOR_FORM.exec(s);
  if (separated) parts = [separated[1] ?? "", separated[2] ?? "", separated[4] ?? "", separated[5] ?? ""];
  if (!parts) return null;

  const bounds = findEra(parts[0]);
  const eraYearNumber = parts[1] === "元" ? 1 : Number(parts[1]);
  if (!bounds || eraYearNumber < 1) return null;
  const date = { year: bounds.startYear + eraYearNumber - 1, month: Number(parts[2]), day: Number(parts[3]) };
  if (!isValidCalendarDate(date.year, date.month, date.day)) return null;
  const key = dateKey(date);
  if (key < bounds.startKey || key >= bounds.endKey) return null;
  return formatIsoDate(date);
}
