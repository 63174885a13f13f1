import type { ConsultationCategory } from "@otagai/shared/consultation/consultations";
import type { TFunction } from "i18next";

/** A category as people read it: a fixed one by its catalog name, the desk's own by the name given. */
export function categoryLabel(category: Pick<ConsultationCategory, "code" | "name">, t: TFunction): string {
  return category.code
    ? t(`consultation.fixedCategories.${category.code}`, { defaultValue: category.name })
    : category.name;
}

const japanParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant as Japan's date and time of day ("2026-04-01", "09:30"), for the form's two inputs. */
export function japanDateAndTime(iso: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    japanParts
      .formatToParts(typeof iso === "string" ? new Date(iso) : iso)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The form's date and time, read as Japan time, as the API takes it (ISO with the +09:00 offset). */
export function japanDateTimeOf(date: string, time: string): string {
  return `${date}T${time || "00:00"}:00+09:00`;
}

/** "2026/04/01 09:30" in Japan time, whatever the PC's clock zone. */
export function formatConsultedAt(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}
