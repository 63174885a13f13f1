import { formatIsoDate, toCalendarDate } from "@otagai/shared/japanese/calendar-date";
import { toWareki } from "@otagai/shared/japanese/era";

/** Today's date in Japan ("YYYY-MM-DD"), whatever the PC's clock zone: the records are Japanese. */
export function todayInJapan(): string {
  const today = toCalendarDate(new Date());
  return today ? formatIsoDate(today) : "";
}

/**
 * A calendar date as people read it: "2026-04-01（令和8年4月1日）" in Japanese, the ISO date alone in
 * English. Empty for no date.
 */
export function formatDate(isoDate: string | null | undefined, locale: string): string {
  if (!isoDate) return "";
  const wareki = locale === "en" ? null : toWareki(isoDate);
  return wareki ? `${isoDate}（${wareki}）` : isoDate;
}

/** "2026-04-01T10:30" typed in a datetime-local input, as Japan time with its offset. */
export function japanDateTime(local: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+09:00` : local;
}

/** Now in Japan, as a datetime-local input's value ("2026-04-01T10:30"). */
export function nowInJapanLocal(): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date());
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}
