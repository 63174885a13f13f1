import type { FollowUp, Outcome } from "@otagai/shared/support/outcomes";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { formatDate } from "./dates";

export type FollowUpState = "done" | "overdue" | "dueToday" | "planned";

/** Where a follow-up stands on a day: recorded, past its due date, due that day, or ahead. */
export function followUpState(followUp: Pick<FollowUp, "doneOn" | "dueOn">, today: string): FollowUpState {
  if (followUp.doneOn) return "done";
  if (followUp.dueOn < today) return "overdue";
  return followUp.dueOn === today ? "dueToday" : "planned";
}

/** After minus before, when both are known: the 増収 figure. */
export function incomeChange(outcome: Pick<Outcome, "incomeBeforeYen" | "incomeAfterYen">): number | null {
  if (outcome.incomeBeforeYen === null || outcome.incomeAfterYen === null) return null;
  return outcome.incomeAfterYen - outcome.incomeBeforeYen;
}

/** How the outcomes section writes dates (with 和暦), yen, hours and where. */
export function useOutcomeFormat() {
  const { t, i18n } = useTranslation();
  const o = "support.outcomes" as const;

  function date(iso: string | null | undefined): string {
    return formatDate(iso, i18n.language);
  }

  function yen(amount: number | null): string {
    return amount === null
      ? t(`${o}.values.notGiven`)
      : t(`${o}.values.yen`, { amount: formatNumber(amount, i18n.language) });
  }

  function hours(value: number | null): string {
    return value === null ? "" : t(`${o}.values.hours`, { hours: formatNumber(value, i18n.language) });
  }

  /** The partner workplace's name, or the employer's as typed. */
  function where(outcome: Pick<Outcome, "workplaceName" | "employerName">): string {
    return outcome.workplaceName ?? outcome.employerName;
  }

  return { date, yen, hours, where };
}
