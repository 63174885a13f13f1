import { type CalendarDate, daysInMonth, formatIsoDate, toCalendarDate } from "./calendar-date.ts";

/**
 * Age in whole years on `today` (a day in Japan), counted up on the birthday itself, as people and
 * the office count it (someone born on 29 February turns a year older on 1 March in other years).
 * Null when either date is missing or not a real date, or the birth is after `today`.
 */
export function ageOn(
  birthDate: string | null | undefined,
  today: Date | string = new Date(),
): number | null {
  if (!birthDate) return null;
  const birth = toCalendarDate(birthDate);
  const day = toCalendarDate(today);
  if (!birth || !day) return null;
  const beforeBirthday = day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  const age = day.year - birth.year - (beforeBirthday ? 1 : 0);
  return age >= 0 ? age : null;
}

/** The same month and day `years` earlier, the day clamped to the month (29 February → 28th). */
function yearsBefore(day: CalendarDate, years: number): CalendarDate {
  const year = day.year - years;
  return { year, month: day.month, day: Math.min(day.day, daysInMonth(year, day.month)) };
}

/**
 * The birth dates of people aged `min` to `max` (inclusive; max undefined: no upper age) on
 * `today`, as a range a date index answers: born on or before `latest`, and after `after`
 * (undefined: no lower bound). Agrees with ageOn on every day, 29 February included.
 */
export function birthDatesForAges(
  min: number,
  max: number | undefined,
  today: Date | string = new Date(),
): { latest: string; after: string | undefined } {
  const day = toCalendarDate(today);
  if (!day) throw new Error("not a date");
  return {
    latest: formatIsoDate(yearsBefore(day, min)),
    after: max === undefined ? undefined : formatIsoDate(yearsBefore(day, max + 1)),
  };
}
