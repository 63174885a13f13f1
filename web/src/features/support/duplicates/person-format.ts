import { toWareki } from "@otagai/shared/japanese/era";

/** 山田 花子: family name first, as Japanese records write it. */
export function fullName(person: { familyName: string; givenName: string }): string {
  return [person.familyName, person.givenName].filter(Boolean).join(" ");
}

export function fullKana(person: { familyNameKana: string; givenNameKana: string }): string {
  return [person.familyNameKana, person.givenNameKana].filter(Boolean).join(" ");
}

/** A calendar date with 和暦 beside it in Japanese ("1980/04/01（昭和55年4月1日）"); ISO in English. */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return "";
  if (locale === "en") return iso;
  const wareki = toWareki(iso);
  const western = iso.replaceAll("-", "/");
  return wareki ? `${western}（${wareki}）` : western;
}

/** A moment as a date and time in Japan. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    timeZone: "Asia/Tokyo",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}

/** A score 0–1 as a whole percentage. */
export function percent(score: number): number {
  return Math.round(score * 100);
}
