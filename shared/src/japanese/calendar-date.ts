// Calendar-date helpers shared by era.ts and holidays.ts. Dates are plain year/month/day triples:
// "YYYY-MM-DD" strings are never parsed with `new Date(string)`, which would read them as UTC
// midnight and shift the day for users west of Greenwich.

export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

// The association works in Japan: an instant's calendar day is its day in Japan, on a UTC server
// as much as in an office browser. Japan keeps one offset all year (UTC+9, no daylight saving since
// 1951), so that day is arithmetic: Intl's time-zone formatting cost every request ~20 µs.
const japanOffsetMs = 9 * 60 * 60 * 1000;

/** A Date is an instant, read as the day it is in Japan; a string must be a real "YYYY-MM-DD" date. */
export function toCalendarDate(input: Date | string): CalendarDate | null {
  if (input instanceof Date) {
    const time = input.getTime();
    if (Number.isNaN(time)) return null;
    const inJapan = new Date(time + japanOffsetMs);
    const [year, month, day] = [inJapan.getUTCFullYear(), inJapan.getUTCMonth() + 1, inJapan.getUTCDate()];
    return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
  }
  if (typeof input !== "string") return null;
  const match = ISO_DATE.exec(input);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCalendarDate(year, month, day) ? { year, month, day } : null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 0 = Sunday … 6 = Saturday. Date.UTC is pure calendar arithmetic here, so no timezone applies. */
export function dayOfWeek({ year, month, day }: CalendarDate): number {
  const date = new Date(0);
  // setUTCFullYear rather than Date.UTC, which maps years 0–99 to the 1900s.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDay();
}

/** Sortable number (YYYYMMDD) for range checks. */
export function dateKey({ year, month, day }: CalendarDate): number {
  return year * 10000 + month * 100 + day;
}

/**
 * The same day `months` later (earlier when negative), the month's last day when it is shorter:
 * 2026-01-31 + 1 month is 2026-02-28. Review dates and retention follow-ups are counted this way.
 * An invalid date comes back as it was.
 */
export function addMonths(isoDate: string, months: number): string {
  const date = toCalendarDate(isoDate);
  if (!date) return isoDate;
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
}

const dayMs = 86_400_000;

function utcMidnight(isoDate: string): number {
  const date = toCalendarDate(isoDate);
  if (!date) throw new RangeError(`not a calendar date: ${isoDate}`);
  const midnight = new Date(0);
  midnight.setUTCFullYear(date.year, date.month - 1, date.day);
  return midnight.getTime();
}

/**
 * The day `days` after `isoDate` (before when negative). Pure calendar arithmetic on UTC midnights,
 * so no clock's time zone shifts a day. Throws on a string that is not a real date: a caller looping
 * day by day must not spin on a date that never moves.
 */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(utcMidnight(isoDate) + days * dayMs);
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** Calendar days from `from` to `to`: negative when `to` is earlier. Throws on a string that is not a date. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs);
}
