// Japanese national holidays (国民の祝日, 振替休日, 国民の休日) from @holiday-jp/holiday_jp, whose data
// covers 1970–2050 and ships inside the package. Only its data table is used: its own between() parses
// "YYYY-MM-DD" with new Date(), i.e. as UTC, which shifts days outside Japan.
//
// The package is CommonJS (`module.exports = …`); a default import is what Node ESM (tsx, Vitest) and
// Vite's CommonJS interop both hand back as module.exports.
import holidayJp from "@holiday-jp/holiday_jp";
import { type CalendarDate, dayOfWeek, formatIsoDate, toCalendarDate } from "./calendar-date.ts";

type HolidayRecord = { date: string; name: string; name_en: string };

export type Holiday = { date: string; name: string; nameEn: string };

const TABLE: Readonly<Record<string, HolidayRecord>> = holidayJp.holidays;

let sortedDates: readonly string[] | undefined;
function allDates(): readonly string[] {
  // ISO dates sort correctly as strings.
  sortedDates ??= Object.keys(TABLE).sort();
  return sortedDates;
}

function isoOf(date: Date | string): string | null {
  const calendarDate = toCalendarDate(date);
  return calendarDate && formatIsoDate(calendarDate);
}

/** True on a national holiday. Invalid dates and dates outside 1970–2050 are never holidays. */
export function isHoliday(date: Date | string): boolean {
  const iso = isoOf(date);
  return iso !== null && Object.hasOwn(TABLE, iso);
}

/**
 * The holiday's name ("元日", "こどもの日 振替休日", "休日" for a 国民の休日), or its English name;
 * null when the date is not a holiday or is invalid.
 */
export function holidayName(date: Date | string, locale: "ja" | "en" = "ja"): string | null {
  const iso = isoOf(date);
  const record = iso === null ? undefined : TABLE[iso];
  if (!record) return null;
  return locale === "en" ? record.name_en : record.name;
}

/** Holidays from `from` to `to`, both inclusive, oldest first; [] for invalid or reversed ranges. */
export function holidaysBetween(from: Date | string, to: Date | string): Holiday[] {
  const start = isoOf(from);
  const end = isoOf(to);
  if (start === null || end === null || start > end) return [];
  const result: Holiday[] = [];
  for (const iso of allDates()) {
    if (iso > end) break;
    const record = TABLE[iso];
    if (iso >= start && record) result.push({ date: iso, name: record.name, nameEn: record.name_en });
  }
  return result;
}

// 年末年始: Japanese offices close 12/29–1/3 although only 1/1 is a national holiday.
function isYearEndClosure({ month, day }: CalendarDate): boolean {
  return (month === 12 && day >= 29) || (month === 1 && day <= 3);
}

/**
 * True on a working day for a Japanese office: not Saturday or Sunday, not a national holiday, and not
 * in the 年末年始 closure (12/29–1/3). Invalid dates are not business days.
 */
export function isBusinessDay(date: Date | string): boolean {
  const calendarDate = toCalendarDate(date);
  if (!calendarDate) return false;
  const weekday = dayOfWeek(calendarDate);
  if (weekday === 0 || weekday === 6) return false;
  return !isYearEndClosure(calendarDate) && !Object.hasOwn(TABLE, formatIsoDate(calendarDate));
}
