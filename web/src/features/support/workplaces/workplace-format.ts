import type { Certification, Weekday, WorkplaceSummary } from "@otagai/shared/support/workplaces";
import { weekdays } from "@otagai/shared/support/workplaces";
import { useTranslation } from "react-i18next";
import { formatDate } from "../participants/participant-format";

/** Today's date in Japan, "YYYY-MM-DD", whatever the PC's clock zone. */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(now);
}

/** Where a certification stands today: valid, ended, or not begun yet. */
export function certificationState(
  certification: Certification,
  today: string,
): "current" | "expired" | "notYet" {
  if (certification.current) return "current";
  return certification.validUntil < today ? "expired" : "notYet";
}

/** How the workplace pages write days, hours and dates, in the reader's language. */
export function useWorkplaceFormat() {
  const { t, i18n } = useTranslation();
  const w = "support.workplaces" as const;

  /** "2026/09/30（令和8年9月30日）" in Japanese, the ISO date in English. */
  function date(iso: string | null | undefined): string {
    return formatDate(iso, i18n.language);
  }

  /** "月・水・金", in the week's order; "曜日の定めなし" when none is given. */
  function days(values: readonly Weekday[]): string {
    if (values.length === 0) return t(`${w}.values.anyDay`);
    return weekdays
      .filter((day) => values.includes(day))
      .map((day) => t(`${w}.weekdays.${day}`))
      .join(t(`${w}.values.separator`));
  }

  /** "09:30〜15:00", one end alone when only one is given, "" when neither. */
  function hours(from: string | null, to: string | null): string {
    if (from && to) return t(`${w}.values.hours`, { from, to });
    if (from) return t(`${w}.values.hoursFrom`, { from });
    if (to) return t(`${w}.values.hoursTo`, { to });
    return "";
  }

  function schedule(workplace: Pick<WorkplaceSummary, "workDays" | "hoursFrom" | "hoursTo">): string {
    return [days(workplace.workDays), hours(workplace.hoursFrom, workplace.hoursTo)]
      .filter(Boolean)
      .join(" ");
  }

  function capacity(count: number): string {
    return t(`${w}.values.capacity`, { count });
  }

  function period(from: string, until: string): string {
    return t(`${w}.certifications.period`, { from: date(from), until: date(until) });
  }

  /** "2人（空き1）": the capacity and the places free today. */
  function capacityWithFree(count: number, free: number): string {
    return t(`${w}.values.capacityWithFree`, { count, free });
  }

  return { date, days, hours, schedule, capacity, capacityWithFree, period };
}
