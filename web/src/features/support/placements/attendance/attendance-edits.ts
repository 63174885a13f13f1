import { addDays } from "@otagai/shared/japanese/calendar-date";
import {
  type AttendanceDay,
  type AttendanceStatus,
  attendanceDayInputSchema,
  daySheetRowInputSchema,
} from "@otagai/shared/support/attendance";
import { weekdays } from "@otagai/shared/support/workplaces";
import type { z } from "zod";

/**
 * The attendance grid's typing, kept apart from React so that what is sent (only the changed
 * days), what a 409 does to it (nothing typed is lost) and what a restored draft holds can be
 * tested on their own. A day sheet uses the same entries, keyed by placement instead of day.
 */

/** "" is a day with nothing recorded (or being cleared). */
export type StatusChoice = AttendanceStatus | "";

/** One day as typed: text as in the inputs, and the version the day was read at. */
export type Entry = {
  status: StatusChoice;
  hours: string;
  absenceReason: string;
  note: string;
  version: number | null;
};

/** What is sent for one day (a week grid adds `day`, a day sheet `placementId`). */
export type EntryInput = {
  status: AttendanceStatus | null;
  hours: number | null;
  absenceReason: string;
  note: string;
  version: number | null;
};

/** Typing by key (the day, or the placement on a day sheet); a key absent here shows the server's. */
export type Edits = Record<string, Entry>;

/** A 409's conflicting entry: what someone else saved first (null: they cleared the day). */
export type Conflict = { placementId: string; day: string; current: AttendanceDay | null };

export const emptyEntry: Entry = { status: "", hours: "", absenceReason: "", note: "", version: null };

export function entryOf(day: AttendanceDay | null | undefined): Entry {
  if (!day) return emptyEntry;
  return {
    status: day.status,
    hours: day.hours === null ? "" : String(day.hours),
    absenceReason: day.absenceReason,
    note: day.note,
    version: day.version,
  };
}

/** "6", "6.5" or "6:30" (hours and minutes) as hours; "" as none; anything else as NaN (refused). */
export function parseHours(text: string): number | null {
  const value = text.trim().replace(/[０-９．：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (value === "") return null;
  const clock = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

/** The entry as the server takes it: a reason only on an absence, no hours on one. */
export function inputOf(entry: Entry): EntryInput {
  const status = entry.status === "" ? null : entry.status;
  return {
    status,
    hours: status === "absent" || status === null ? null : parseHours(entry.hours),
    absenceReason: status === "absent" ? entry.absenceReason.trim() : "",
    note: status === null ? "" : entry.note.trim(),
    version: entry.version,
  };
}

function sameInput(a: EntryInput, b: EntryInput): boolean {
  return (
    a.status === b.status &&
    (a.hours === b.hours || (Number.isNaN(a.hours) && Number.isNaN(b.hours))) &&
    a.absenceReason === b.absenceReason &&
    a.note === b.note
  );
}

/**
 * The entries to send: those whose values differ from what the server holds now, each with the
 * version it was typed on (so a day someone else saved meanwhile answers 409, never overwritten).
 * A day with nothing recorded that stays empty is not sent.
 */
export function changedEntries(
  edits: Edits,
  saved: Record<string, AttendanceDay | null | undefined>,
): { key: string; input: EntryInput }[] {
  const changed: { key: string; input: EntryInput }[] = [];
  for (const [key, entry] of Object.entries(edits).sort(([a], [b]) => a.localeCompare(b))) {
    const input = inputOf(entry);
    if (input.status === null && input.version === null) continue;
    if (sameInput(input, inputOf(entryOf(saved[key])))) continue;
    changed.push({ key, input });
  }
  return changed;
}

export type EntryField = "status" | "hours" | "absenceReason" | "note";
export type EntryIssue = z.core.$ZodIssue;

/**
 * What the server would refuse in the changed entries, checked with the same schema before
 * sending: the first issue per field, by key. Empty when all may be sent. `kind` says whether the
 * keys are days (week grid) or placements (day sheet).
 */
export function entryProblems(
  changed: readonly { key: string; input: EntryInput }[],
  kind: "day" | "placement",
): Record<string, Partial<Record<EntryField, EntryIssue>>> {
  const problems: Record<string, Partial<Record<EntryField, EntryIssue>>> = {};
  for (const { key, input } of changed) {
    const parsed =
      kind === "day"
        ? attendanceDayInputSchema.safeParse({ day: key, ...input })
        : daySheetRowInputSchema.safeParse({ placementId: key, ...input });
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field !== "status" && field !== "hours" && field !== "absenceReason" && field !== "note") continue;
      problems[key] ??= {};
      problems[key][field] ??= issue;
    }
  }
  return problems;
}

/** Hours between "09:00" and "15:30", to the quarter hour; null when the schedule has none. */
export function scheduledHours(from: string, to: string): number | null {
  const minutes = (time: string) => {
    const match = /^(\d{1,2}):(\d{2})/.exec(time);
    return match ? Number(match[1]) * 60 + Number(match[2]) : null;
  };
  const start = minutes(from);
  const end = minutes(to);
  if (start === null || end === null || end <= start) return null;
  return Math.round((end - start) / 15) / 4;
}

/**
 * A status chosen: present on a scheduled day brings the schedule's hours when none are typed,
 * an absence drops the hours (the server refuses hours on one). The reason stays typed until saved.
 */
export function withStatus(entry: Entry, status: StatusChoice, hoursOfSchedule: number | null): Entry {
  if (status === "absent") return { ...entry, status, hours: "" };
  if (status === "present" && entry.hours.trim() === "" && hoursOfSchedule !== null)
    return { ...entry, status, hours: String(hoursOfSchedule) };
  return { ...entry, status };
}

/** "Someone saved first": the user takes their values for these keys (the typing there is dropped). */
export function takeTheirs(edits: Edits, keys: readonly string[]): Edits {
  return Object.fromEntries(Object.entries(edits).filter(([key]) => !keys.includes(key)));
}

/** "Someone saved first": the user keeps their own values, now on the current version (saved over). */
export function keepMine(
  edits: Edits,
  conflicts: readonly { key: string; current: AttendanceDay | null }[],
): Edits {
  const next = { ...edits };
  for (const { key, current } of conflicts) {
    const entry = next[key];
    if (entry) next[key] = { ...entry, version: current?.version ?? null };
  }
  return next;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The conflicts of a 409's details (attendanceConflictSchema), or null when it carries none. */
export function conflictsOf(details: unknown): Conflict[] | null {
  if (!isRecord(details) || !Array.isArray(details.conflicts)) return null;
  const conflicts = details.conflicts.filter(
    (item): item is Conflict =>
      isRecord(item) &&
      typeof item.placementId === "string" &&
      typeof item.day === "string" &&
      (item.current === null || isRecord(item.current)),
  );
  return conflicts.length > 0 ? conflicts : null;
}

/** Whether a restored draft is still something this page can show (from localStorage, so unchecked). */
export function editsOf(payload: unknown): Edits | null {
  if (!isRecord(payload) || !isRecord(payload.edits)) return null;
  const edits: Edits = {};
  for (const [key, value] of Object.entries(payload.edits)) {
    if (!isRecord(value)) continue;
    const status = typeof value.status === "string" ? value.status : "";
    if (!["", "present", "late", "left_early", "absent"].includes(status)) continue;
    edits[key] = {
      status: status as StatusChoice,
      hours: typeof value.hours === "string" ? value.hours : "",
      absenceReason: typeof value.absenceReason === "string" ? value.absenceReason : "",
      note: typeof value.note === "string" ? value.note : "",
      version: typeof value.version === "number" ? value.version : null,
    };
  }
  return Object.keys(edits).length > 0 ? edits : null;
}

// Calendar arithmetic on "YYYY-MM-DD" strings, in UTC so that no clock zone shifts a day.

function toUtc(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return date;
}

/** "mon" … "sun", as placements name their work days. */
export function weekdayOf(iso: string): (typeof weekdays)[number] {
  return weekdays[(toUtc(iso).getUTCDay() + 6) % 7] ?? "mon";
}

/** The Monday of the week (Monday–Sunday, as the rates count weeks) holding the day. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((toUtc(iso).getUTCDay() + 6) % 7));
}

export function weekOf(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}
