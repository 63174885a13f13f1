import { formatIsoDate, toCalendarDate } from "@otagai/shared/japanese/calendar-date";

/** Today as a date in Japan, "YYYY-MM-DD", whatever the server's clock zone: the records are Japanese. */
export function todayInJapan(now = new Date()): string {
  const day = toCalendarDate(now);
  if (!day) throw new Error("invalid clock");
  return formatIsoDate(day);
}
