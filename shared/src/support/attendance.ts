import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { text } from "../platform/fields.ts";

/**
 * Daily attendance of a placement (issue 11): present, late, left early, absent (with a reason), and
 * hours. Entered as a week grid per placement or a day sheet per workplace, each saved in one request.
 * Every day carries the version it was read at: a day someone else saved meanwhile answers 409 and
 * the page keeps what was typed.
 */
export const attendanceStatuses = ["present", "late", "left_early", "absent"] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** Days that count as attended in the rates (late and left early are attended, absent is not). */
export const attendedStatuses: readonly AttendanceStatus[] = ["present", "late", "left_early"];

/** Who entered a day: staff in Otagai, or the workplace through the partner portal. */
export const recordedVia = ["staff", "partner"] as const;

/** How far one attendance read may reach (a month grid with the weeks around it). */
export const maxAttendanceSpanDays = 62;

const hoursSchema = z.number().min(0).max(24).multipleOf(0.25).nullable().default(null);

/** One day as typed. `status: null` clears a recorded day; `version: null` means "nothing was recorded". */
const attendanceEntryFields = {
  status: z.enum(attendanceStatuses).nullable(),
  hours: hoursSchema,
  absenceReason: text(500).default(""),
  note: text(500).default(""),
  version: z.number().int().min(1).nullable().default(null),
};

function checkAbsence(
  value: {
    status: AttendanceStatus | null;
    absenceReason: string;
    hours: number | null;
    version: number | null;
  },
  context: z.RefinementCtx,
) {
  if (value.status === "absent" && value.absenceReason === "")
    context.addIssue({ code: "custom", path: ["absenceReason"], message: "absenceReasonRequired" });
  if (value.status !== "absent" && value.absenceReason !== "")
    context.addIssue({ code: "custom", path: ["absenceReason"], message: "absenceReasonOnlyWhenAbsent" });
  if (value.status === "absent" && value.hours !== null && value.hours > 0)
    context.addIssue({ code: "custom", path: ["hours"], message: "noHoursWhenAbsent" });
  if (value.status === null && value.version === null)
    context.addIssue({ code: "custom", path: ["status"], message: "required" });
}

export const attendanceDayInputSchema = z
  .strictObject({ day: isoDateSchema, ...attendanceEntryFields })
  .superRefine(checkAbsence);
export type AttendanceDayInput = z.input<typeof attendanceDayInputSchema>;

/** The week grid's save: the changed days of one placement. */
export const saveAttendanceInputSchema = z
  .strictObject({ days: z.array(attendanceDayInputSchema).min(1).max(maxAttendanceSpanDays) })
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.days.forEach((day, index) => {
      if (seen.has(day.day))
        context.addIssue({ code: "custom", path: ["days", index, "day"], message: "duplicateDay" });
      seen.add(day.day);
    });
  });
export type SaveAttendanceInput = z.input<typeof saveAttendanceInputSchema>;

export const attendanceRangeQuerySchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((value) => value.from <= value.to, { path: ["to"], message: "periodEndBeforeStart" });

export const attendanceDaySchema = z.object({
  day: z.string(),
  status: z.enum(attendanceStatuses),
  hours: z.number().nullable(),
  absenceReason: z.string(),
  note: z.string(),
  recordedVia: z.enum(recordedVia),
  recordedByName: z.string().nullable(),
  version: z.number().int(),
});
export type AttendanceDay = z.infer<typeof attendanceDaySchema>;

/** Counts over a period: a week (Monday–Sunday) or a term. rate = attended / recorded days. */
export const attendanceRateSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Days of the period that the weekly schedule names (within the placement's period). */
  scheduledDays: z.number().int(),
  recordedDays: z.number().int(),
  present: z.number().int(),
  late: z.number().int(),
  leftEarly: z.number().int(),
  absent: z.number().int(),
  hours: z.number(),
  /** attended ÷ recorded, 0–1; null when nothing is recorded. */
  rate: z.number().nullable(),
});
export type AttendanceRate = z.infer<typeof attendanceRateSchema>;

export const placementAttendanceSchema = z.object({
  placementId: z.uuid(),
  from: z.string(),
  to: z.string(),
  days: z.array(attendanceDaySchema),
  /** The weeks touching from–to. */
  weeks: z.array(attendanceRateSchema),
  /** Every term of the placement (term 1 first), and the whole placement. */
  terms: z.array(attendanceRateSchema.extend({ term: z.number().int() })),
  total: attendanceRateSchema,
});
export type PlacementAttendance = z.infer<typeof placementAttendanceSchema>;

/** A day sheet: everyone placed at one workplace on one day, saved in one request. */
export const daySheetQuerySchema = z.strictObject({ date: isoDateSchema });

export const daySheetRowInputSchema = z
  .strictObject({ placementId: z.uuid(), ...attendanceEntryFields })
  .superRefine(checkAbsence);

export const saveDaySheetInputSchema = z
  .strictObject({ date: isoDateSchema, rows: z.array(daySheetRowInputSchema).min(1).max(200) })
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.rows.forEach((row, index) => {
      if (seen.has(row.placementId))
        context.addIssue({ code: "custom", path: ["rows", index, "placementId"], message: "duplicateRow" });
      seen.add(row.placementId);
    });
  });
export type SaveDaySheetInput = z.input<typeof saveDaySheetInputSchema>;

export const daySheetRowSchema = z.object({
  placementId: z.uuid(),
  participantName: z.string(),
  hoursFrom: z.string(),
  hoursTo: z.string(),
  /** The weekly schedule names this day. */
  scheduled: z.boolean(),
  attendance: attendanceDaySchema.nullable(),
});
export const daySheetSchema = z.object({
  workplaceId: z.uuid(),
  workplaceName: z.string(),
  date: z.string(),
  /** Placements planned or ongoing whose period holds the date, by participant reading. */
  rows: z.array(daySheetRowSchema),
});
export type DaySheet = z.infer<typeof daySheetSchema>;

/** A 409's details: which days (or placements on a day sheet) someone else saved first. */
export const attendanceConflictSchema = z.object({
  conflicts: z.array(
    z.object({ placementId: z.uuid(), day: z.string(), current: attendanceDaySchema.nullable() }),
  ),
});
export type AttendanceConflict = z.infer<typeof attendanceConflictSchema>;
