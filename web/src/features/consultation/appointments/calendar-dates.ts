// Dates of the calendar pages: ISO dates ("YYYY-MM-DD") computed as UTC midnights, so the browser's
// own time zone never shifts a day. Times shown are the Japan times the server sends (+09:00).

import { addDays } from "@otagai/shared/japanese/calendar-date";

export { addDays };

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday of the week of a date. */
export function weekStart(iso: string): string {
  const weekday = (utc(iso).getUTCDay() + 6) % 7;
  return addDays(iso, -weekday);
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function monthEnd(iso: string): string {
  const date = utc(monthStart(iso));
  return isoOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}

export function addMonths(iso: string, months: number): string {
  const date = utc(monthStart(iso));
  return isoOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)));
}

export function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) dates.push(day);
  return dates;
}

/** The range a view shows: Monday to Sunday, or the month. */
export function rangeOf(view: "week" | "month", date: string): { from: string; to: string } {
  if (view === "week") return { from: weekStart(date), to: addDays(weekStart(date), 6) };
  return { from: monthStart(date), to: monthEnd(date) };
}

/** "12月8日(火)" / "Tue, Dec 8" */
export function dayLabel(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    month: "short",
    day: "numeric",
    weekday: "short",
    timeZone: "UTC",
  }).format(utc(iso));
}

export function monthLabel(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" }).format(
    utc(iso),
  );
}

/** "10:00" of "2026-12-08T10:00:00+09:00". */
export function timeOf(japanIso: string): string {
  return japanIso.slice(11, 16);
}

export function dateOf(japanIso: string): string {
  return japanIso.slice(0, 10);
}

/** The Japan time "date + HH:MM" as ISO with +09:00. */
export function japanDateTime(date: string, time: string): string {
  return `${date}T${time}:00+09:00`;
}

/** Monday-first weekday index (0 = Monday). */
export function weekdayIndex(iso: string): number {
  return (utc(iso).getUTCDay() + 6) % 7;
}

/** Today in Japan, "YYYY-MM-DD". */
export function japanToday(): string {
  return new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
}
