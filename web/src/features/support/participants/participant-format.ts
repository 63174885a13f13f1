import { toWareki } from "@otagai/shared/japanese/era";

/** 山田 花子: family name first, as Japanese records write it; the given name may be empty. */
export function fullName(person: { familyName: string; givenName: string }): string {
  return [person.familyName, person.givenName].filter(Boolean).join(" ");
}

export function fullKana(person: { familyNameKana: string; givenNameKana: string }): string {
  return [person.familyNameKana, person.givenNameKana].filter(Boolean).join(" ");
}

const japanDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Japan, "YYYY-MM-DD", whatever the PC's clock zone. */
export function todayInJapan(now: Date = new Date()): string {
  return japanDate.format(now);
}

/** Whole years from a birth date to a day (both "YYYY-MM-DD"), or null when either is not a date. */
export function ageOn(birthDate: string, day: string): number | null {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const today = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!birth || !today) return null;
  const [, by, bm, bd] = birth.map(Number) as [number, number, number, number];
  const [, ty, tm, td] = today.map(Number) as [number, number, number, number];
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age;
}

/**
 * A calendar date as people read it: 和暦 beside the Western date in Japanese
 * (1980-04-01 → "1980/04/01（昭和55年4月1日）"), the ISO date alone in English.
 */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return "";
  if (locale === "en") return iso;
  const wareki = toWareki(iso);
  const western = iso.replaceAll("-", "/");
  return wareki ? `${western}（${wareki}）` : western;
}

/** "YYYY-MM-DDTHH:mm" for a datetime-local input, in Japan time. */
export function toJapanLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/**
 * A datetime-local value read as Japan time, as the API takes it ("2026-04-01T10:30:00+09:00");
 * the value itself when it is not a full date and time (the schema then names the field).
 */
export function fromJapanLocalInput(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+09:00` : value;
}
