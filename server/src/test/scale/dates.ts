// Day arithmetic on "YYYY-MM-DD" strings (calendar days, no time zone), for the generator.
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";

export { addDays, addMonths, daysBetween } from "@otagai/shared/japanese/calendar-date";

function toUtc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
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
