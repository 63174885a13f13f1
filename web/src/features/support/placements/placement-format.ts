import type { Placement } from "@otagai/shared/support/placements";
import { type Weekday, weekdays } from "@otagai/shared/support/workplaces";
import { useTranslation } from "react-i18next";
import { formatDate } from "../cases/components/dates";

/** How the placement pages write dates (with 和暦, as the case page does), periods and schedules. */
export function usePlacementFormat() {
  const { t, i18n } = useTranslation();
  const p = "support.placements" as const;

  function date(iso: string | null | undefined): string {
    return formatDate(iso, i18n.language);
  }

  /** "2026-04-01（令和8年4月1日）〜2026-06-30（令和8年6月30日）" */
  function period(placement: Pick<Placement, "startOn" | "endOn">): string {
    return t(`${p}.values.period`, { from: date(placement.startOn), until: date(placement.endOn) });
  }

  /** "月・水・金", in the week's order. */
  function days(values: readonly Weekday[]): string {
    return weekdays
      .filter((day) => values.includes(day))
      .map((day) => t(`support.workplaces.weekdays.${day}`))
      .join(t("support.workplaces.values.separator"));
  }

  /** "月・水・金 09:30〜15:00" */
  function schedule(placement: Pick<Placement, "workDays" | "hoursFrom" | "hoursTo">): string {
    const hours = t("support.workplaces.values.hours", { from: placement.hoursFrom, to: placement.hoursTo });
    return `${days(placement.workDays)} ${hours}`;
  }

  /** "2期（1期3か月）" */
  function terms(placement: Pick<Placement, "termCount" | "termMonths">): string {
    return t(`${p}.values.terms`, { count: placement.termCount, months: placement.termMonths });
  }

  return { date, period, days, schedule, terms };
}
