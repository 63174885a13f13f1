// Day arithmetic on "YYYY-MM-DD" strings (calendar days, no time zone), for the generator.
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";

const DAY = 86_400_000;

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function addDays(iso: string, days: number): string {
  return new Date(toUtc(iso) + days * DAY).toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const date = new Date(toUtc(iso));
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

/** An instant on that day in Japan, at `minuteOfDay` minutes after midnight, as ISO text. */
export function atJapanTime(iso: string, minuteOfDay: number): string {
  return new Date(toUtc(iso) - 9 * 3_600_000 + minuteOfDay * 60_000).toISOString();
}

export { todayInJapan } from "../../platform/demo-data.ts";

/** The first day of the fiscal year `yearsBack` before today's (five fiscal years: yearsBack 4). */
export function fiscalYearsStart(today: string, yearsBack: number): string {
  return fiscalYearRange((fiscalYearOf(today) ?? 2026) - yearsBack).start;
}

/** The later of two days (ISO dates compare as text). */
export function laterOf(a: string, b: string): string {
  return a < b ? b : a;
}

/** The earlier of two days. */
export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
