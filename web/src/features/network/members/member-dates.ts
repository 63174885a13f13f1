import { formatIsoDate, toCalendarDate } from "@otagai/shared/japanese/calendar-date";

/** Today's date in Japan ("YYYY-MM-DD"), whatever the PC's clock zone. */
export function todayInJapan(): string {
  const today = toCalendarDate(new Date());
  return today ? formatIsoDate(today) : "";
}

/** The fiscal year (April to March) a day falls in, by the year it starts. */
export function fiscalYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}
