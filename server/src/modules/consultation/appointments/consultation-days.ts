// The pure side of regular consultation days (定例相談): a schedule's RRULE expanded into dates, the
// days the desk is closed skipped, and a day cut into slots. All dates are Japan dates ("YYYY-MM-DD"),
// all times Japan times (+09:00): rrule works on "floating" dates here, each date as UTC midnight.
import { toCalendarDate } from "@otagai/shared/japanese/calendar-date";
import { isHoliday } from "@otagai/shared/japanese/holidays";
import * as rruleModule from "rrule";

// rrule ships CommonJS for Node (its ESM build is not in "exports"): Node hands the module as `default`.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

type RRuleOptions = ReturnType<typeof RRule.parseString>;

/** The frequencies a consultation day can repeat at (not hourly or finer). */
const dayFrequencies = new Set<number>([RRule.YEARLY, RRule.MONTHLY, RRule.WEEKLY, RRule.DAILY]);

/**
 * The options of an RRULE body ("FREQ=MONTHLY;BYDAY=+2TU,+4TU"), or null when rrule refuses it, it has
 * no frequency or a finer one than daily, or it carries its own DTSTART (the schedule's start date is it).
 */
export function parseRecurrence(text: string): RRuleOptions | null {
  const body = text.trim().replace(/^RRULE:/i, "");
  if (body === "" || /DTSTART|\n/i.test(body)) return null;
  try {
    const options = RRule.parseString(body);
    if (options.freq === undefined || !dayFrequencies.has(options.freq)) return null;
    // Expanding once proves the options hold together (e.g. BYDAY of a known weekday).
    new RRule({ ...options, dtstart: new Date(Date.UTC(2026, 0, 1)) }).all((_, index) => index < 1);
    return options;
  } catch {
    return null;
  }
}

const utcMidnight = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOfUtc = (date: Date) => date.toISOString().slice(0, 10);

/** 年末年始 (12/29–1/3): the association is closed every year. */
export function isYearEndClosure(iso: string): boolean {
  const date = toCalendarDate(iso);
  if (!date) return false;
  return (date.month === 12 && date.day >= 29) || (date.month === 1 && date.day <= 3);
}

/** Why the desk is closed on a date by rule ("holiday", "year_end") or by the office ("closed"); null when open. */
export function closedReason(
  iso: string,
  closedDays: ReadonlySet<string>,
): "holiday" | "year_end" | "closed" | null {
  if (isYearEndClosure(iso)) return "year_end";
  if (isHoliday(iso)) return "holiday";
  if (closedDays.has(iso)) return "closed";
  return null;
}

export type ScheduleDates = { recurrence: string; startsOn: string; endsOn: string | null };

/**
 * The dates from `from` to `to` (inclusive) the schedule falls on and the desk is open: the RRULE from
 * the schedule's start date, up to its end date, without national holidays, 12/29–1/3 and `closedDays`.
 * An RRULE rrule refuses gives no dates.
 */
export function expandScheduleDays(
  schedule: ScheduleDates,
  from: string,
  to: string,
  closedDays: ReadonlySet<string> = new Set(),
): string[] {
  const options = parseRecurrence(schedule.recurrence);
  if (!options) return [];
  const start = from > schedule.startsOn ? from : schedule.startsOn;
  const end = schedule.endsOn !== null && schedule.endsOn < to ? schedule.endsOn : to;
  if (start > end) return [];
  const rule = new RRule({ ...options, dtstart: utcMidnight(schedule.startsOn) });
  return rule
    .between(utcMidnight(start), utcMidnight(end), true)
    .map(isoOfUtc)
    .filter((iso) => closedReason(iso, closedDays) === null);
}

/** "HH:MM" or "HH:MM:SS" → minutes after midnight. */
export function minutesOf(time: string): number {
  const [hours = "0", minutes = "0"] = time.split(":");
  return Number(hours) * 60 + Number(minutes);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** A Japan time on a date as ISO 8601 with +09:00, e.g. "2026-12-08T10:00:00+09:00". */
export function japanTime(iso: string, minutes: number): string {
  return `${iso}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+09:00`;
}

export type SlotTime = { startsAt: string; endsAt: string };

/** The day's window cut into slots of `slotMinutes`; a last piece shorter than a slot is not offered. */
export function slotTimesOf(
  iso: string,
  window: { dayStartsAt: string; dayEndsAt: string; slotMinutes: number },
): SlotTime[] {
  const slots: SlotTime[] = [];
  const last = minutesOf(window.dayEndsAt);
  if (window.slotMinutes <= 0) return slots;
  for (let at = minutesOf(window.dayStartsAt); at + window.slotMinutes <= last; at += window.slotMinutes)
    slots.push({ startsAt: japanTime(iso, at), endsAt: japanTime(iso, at + window.slotMinutes) });
  return slots;
}

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = utcMidnight(from); isoOfUtc(day) <= to; day = new Date(day.getTime() + 86_400_000))
    dates.push(isoOfUtc(day));
  return dates;
}

/** The day after an ISO date. */
export function nextDay(iso: string): string {
  return isoOfUtc(new Date(utcMidnight(iso).getTime() + 86_400_000));
}
