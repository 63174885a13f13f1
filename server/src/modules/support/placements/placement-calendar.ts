import { addDays, toCalendarDate } from "@otagai/shared/japanese/calendar-date";
import { type Weekday, weekdays } from "@otagai/shared/support/workplaces";
import { lastDayOf } from "./placement-rules.ts";

/** The days, weeks and terms attendance and evaluations are counted over (ISO dates, Japan's calendar). */

// Day arithmetic is the shared calendar's; placements' callers import it from here with the rest.
export { addDays, daysBetween } from "@otagai/shared/japanese/calendar-date";

function utc(isoDate: string): Date {
  const day = toCalendarDate(isoDate);
  if (!day) throw new Error(`not a date: ${isoDate}`);
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/** "mon" … "sun". */
export function weekdayOf(isoDate: string): Weekday {
  return weekdays[(utc(isoDate).getUTCDay() + 6) % 7] as Weekday;
}

/** The Monday of the day's week (weeks run Monday to Sunday). */
export function mondayOf(isoDate: string): string {
  return addDays(isoDate, -weekdays.indexOf(weekdayOf(isoDate)));
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

export type PlacementPeriod = {
  startOn: string;
  endOn: string;
  termCount: number;
  termMonths: number;
  endedOn: string | null;
};

/** The last day attendance can be recorded on: the day it ended, when it ended before its last day. */
export function lastDayOfPlacement(placement: PlacementPeriod): string {
  return placement.endedOn && placement.endedOn < placement.endOn ? placement.endedOn : placement.endOn;
}

/** Each term's first and last day, term 1 first, from the start and the term length. */
export function termsOf(placement: PlacementPeriod): { term: number; from: string; to: string }[] {
  return Array.from({ length: placement.termCount }, (_, index) => ({
    term: index + 1,
    from:
      index === 0
        ? placement.startOn
        : addDays(lastDayOf(placement.startOn, index * placement.termMonths), 1),
    to: lastDayOf(placement.startOn, (index + 1) * placement.termMonths),
  }));
}
