import { addMonths } from "@otagai/shared/japanese/calendar-date";
import { followUpOffsetsMonths, type OutcomeType, workOutcomeTypes } from "@otagai/shared/support/outcomes";

export function isWorkOutcome(type: string): boolean {
  return (workOutcomeTypes as readonly string[]).includes(type);
}

/**
 * The retention follow-ups an outcome calls for: for work, one at each offset after the start (the
 * same day N months later, the month's last day when shorter); none for anything else. The offsets
 * are the contract's (`contracts.follow_up_months`) when it sets them, else the default table.
 */
export function followUpSchedule(
  outcomeType: OutcomeType | string,
  startedOn: string,
  offsets: readonly number[] | null = null,
): { offsetMonths: number; dueOn: string }[] {
  if (!isWorkOutcome(outcomeType)) return [];
  return (offsets ?? followUpOffsetsMonths).map((offsetMonths) => ({
    offsetMonths,
    dueOn: addMonths(startedOn, offsetMonths),
  }));
}
