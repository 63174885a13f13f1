import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { phoneSchema, requiredText, text, versionSchema } from "../platform/fields.ts";

/**
 * Regular consultation days (定例相談) and appointments (issue 12). A schedule repeats by an RRULE the
 * page builds from plain choices; its days skip national holidays, 12/29–1/3 and the office's closed
 * days. All times are Japan times (+09:00).
 */
export const appointmentStatuses = ["booked", "kept", "missed", "cancelled"] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];
export const appointmentChannels = ["visit", "online", "phone"] as const;
export type AppointmentChannel = (typeof appointmentChannels)[number];

const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalidTime");
const dateTimeSchema = z.iso.datetime({ offset: true });

// ── Recurrence from plain choices ─────────────────────────────────────────────────

export const weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];
/** Weeks of a month: 1st … 4th, and -1 for the last. */
export const monthWeeks = [1, 2, 3, 4, -1] as const;

export type RecurrenceChoice =
  | { kind: "weekly"; weekdays: WeekdayCode[] }
  | { kind: "monthly"; weeks: number[]; weekdays: WeekdayCode[] };

/** "every Thursday" → FREQ=WEEKLY;BYDAY=TH; "2nd and 4th Tuesday" → FREQ=MONTHLY;BYDAY=+2TU,+4TU. */
export function recurrenceToRRule(choice: RecurrenceChoice): string {
  const days = weekdayCodes.filter((code) => choice.weekdays.includes(code));
  if (choice.kind === "weekly") return `FREQ=WEEKLY;BYDAY=${days.join(",")}`;
  const weeks = monthWeeks.filter((week) => choice.weeks.includes(week));
  const byDay = weeks.flatMap((week) => days.map((day) => `${week > 0 ? "+" : ""}${week}${day}`));
  return `FREQ=MONTHLY;BYDAY=${byDay.join(",")}`;
}

/** The plain choice an RRULE was built from, or null for a rule the choices cannot show. */
export function recurrenceFromRRule(rule: string): RecurrenceChoice | null {
  const weekly = /^FREQ=WEEKLY;BYDAY=((?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:MO|TU|WE|TH|FR|SA|SU))*)$/.exec(rule);
  if (weekly?.[1]) return { kind: "weekly", weekdays: weekly[1].split(",") as WeekdayCode[] };
  const monthly = /^FREQ=MONTHLY;BYDAY=(.+)$/.exec(rule);
  if (!monthly?.[1]) return null;
  const weeks = new Set<number>();
  const weekdays = new Set<WeekdayCode>();
  for (const part of monthly[1].split(",")) {
    const match = /^([+-]?[1-4]|-1)(MO|TU|WE|TH|FR|SA|SU)$/.exec(part);
    if (!match?.[1] || !match[2]) return null;
    weeks.add(Number(match[1]));
    weekdays.add(match[2] as WeekdayCode);
  }
  const choice: RecurrenceChoice = { kind: "monthly", weeks: [...weeks], weekdays: [...weekdays] };
  return recurrenceToRRule(choice) === rule ? choice : null;
}

// ── Schedules ───────────────────────────────────────────────────────────────────

export const consultationScheduleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  recurrence: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  dayStartsAt: z.string(),
  dayEndsAt: z.string(),
  slotMinutes: z.number().int(),
  room: z.string(),
  consultantId: z.uuid().nullable(),
  consultantName: z.string().nullable(),
  categoryId: z.uuid().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type ConsultationSchedule = z.infer<typeof consultationScheduleSchema>;
export const consultationScheduleListSchema = z.object({ items: z.array(consultationScheduleSchema) });

export const consultationScheduleInputSchema = z
  .strictObject({
    name: requiredText(100),
    /** An RRULE body without DTSTART (the server checks it with rrule). */
    recurrence: requiredText(300),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema.nullable().default(null),
    dayStartsAt: timeOfDaySchema.default("10:00"),
    dayEndsAt: timeOfDaySchema.default("16:00"),
    slotMinutes: z.number().int().min(10).max(240).default(60),
    room: requiredText(50),
    consultantId: z.uuid().nullable().default(null),
    categoryId: z.uuid().nullable().default(null),
    active: z.boolean().default(true),
  })
  .superRefine((value, context) => {
    if (value.dayStartsAt >= value.dayEndsAt)
      context.addIssue({ code: "custom", path: ["dayEndsAt"], message: "hoursOrder" });
    if (value.endsOn !== null && value.endsOn < value.startsOn)
      context.addIssue({ code: "custom", path: ["endsOn"], message: "periodEndBeforeStart" });
  });
export type ConsultationScheduleInput = z.input<typeof consultationScheduleInputSchema>;
export const updateConsultationScheduleInputSchema = z.strictObject({
  schedule: consultationScheduleInputSchema,
  version: versionSchema,
});

// ── Closed days ─────────────────────────────────────────────────────────────────

export const closedDaySchema = z.object({
  date: z.string(),
  reason: z.string(),
  /** 12/29–1/3: closed every year by rule, not removable. */
  fixed: z.boolean(),
});
export type ClosedDay = z.infer<typeof closedDaySchema>;
export const closedDayListSchema = z.object({ items: z.array(closedDaySchema) });
export const closedDayInputSchema = z.strictObject({ date: isoDateSchema, reason: text(200).default("") });
export const closedDayParamsSchema = z.strictObject({ date: isoDateSchema });
export const closedDaysQuerySchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

// ── Appointments ────────────────────────────────────────────────────────────────

/** Who the appointment is for: a consultation's person, a public request's, a participant, or a name and phone. */
export const appointmentPersonSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("consultation"), consultationId: z.uuid() }),
  z.strictObject({ kind: z.literal("request"), requestId: z.uuid() }),
  z.strictObject({ kind: z.literal("participant"), participantId: z.uuid() }),
  z.strictObject({ kind: z.literal("person"), name: requiredText(100), phone: phoneSchema.default("") }),
]);
export type AppointmentPersonInput = z.input<typeof appointmentPersonSchema>;

const appointmentTimeShape = {
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema,
  room: requiredText(50),
  consultantId: z.uuid(),
};
const timesInOrder = (value: { startsAt: string; endsAt: string }, context: z.RefinementCtx) => {
  if (Date.parse(value.startsAt) >= Date.parse(value.endsAt))
    context.addIssue({ code: "custom", path: ["endsAt"], message: "hoursOrder" });
};

export const bookAppointmentInputSchema = z
  .strictObject({
    ...appointmentTimeShape,
    /** The schedule whose slot is booked; null for a custom time. */
    scheduleId: z.uuid().nullable().default(null),
    channel: z.enum(appointmentChannels).default("visit"),
    person: appointmentPersonSchema,
    purpose: text(500).default(""),
  })
  .superRefine(timesInOrder);
export type BookAppointmentInput = z.input<typeof bookAppointmentInputSchema>;

/** 来所予約 from a phone consultation: the person comes from the consultation. */
export const visitFromConsultationInputSchema = z
  .strictObject({
    ...appointmentTimeShape,
    scheduleId: z.uuid().nullable().default(null),
    purpose: text(500).default(""),
  })
  .superRefine(timesInOrder);
export type VisitFromConsultationInput = z.input<typeof visitFromConsultationInputSchema>;

export const moveAppointmentInputSchema = z
  .strictObject({
    ...appointmentTimeShape,
    scheduleId: z.uuid().nullable().default(null),
    version: versionSchema,
  })
  .superRefine(timesInOrder);
export const cancelAppointmentInputSchema = z.strictObject({
  reason: requiredText(500),
  version: versionSchema,
});
export const markAppointmentInputSchema = z.strictObject({
  status: z.enum(["kept", "missed"]),
  version: versionSchema,
});

export const appointmentSchema = z.object({
  id: z.uuid(),
  scheduleId: z.uuid().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  room: z.string(),
  consultantId: z.uuid(),
  consultantName: z.string().nullable(),
  channel: z.enum(appointmentChannels),
  consultationId: z.uuid().nullable(),
  requestId: z.uuid().nullable(),
  participantId: z.uuid().nullable(),
  personName: z.string(),
  personPhone: z.string(),
  purpose: z.string(),
  status: z.enum(appointmentStatuses),
  cancelReason: z.string(),
  version: z.number().int(),
});
export type Appointment = z.infer<typeof appointmentSchema>;
export const appointmentListSchema = z.object({ items: z.array(appointmentSchema) });

// ── Calendar and day list ───────────────────────────────────────────────────────

export const slotSchema = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  scheduleId: z.uuid(),
  scheduleName: z.string(),
  room: z.string(),
  consultantId: z.uuid().nullable(),
  consultantName: z.string().nullable(),
  free: z.boolean(),
  /**
   * The booking that takes the slot (its room or its consultant); null when free, and when taken by
   * a booking the reader does not reach (another program's participant: `free` says it is taken).
   */
  appointmentId: z.uuid().nullable(),
});
export type Slot = z.infer<typeof slotSchema>;

export const calendarQuerySchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .superRefine((value, context) => {
    const days = (Date.parse(value.to) - Date.parse(value.from)) / 86_400_000;
    if (days < 0) context.addIssue({ code: "custom", path: ["to"], message: "periodEndBeforeStart" });
    else if (days > 42) context.addIssue({ code: "custom", path: ["to"], message: "invalid" });
  });
export type CalendarQuery = z.input<typeof calendarQuerySchema>;

export const calendarDayNoteSchema = z.object({
  date: z.string(),
  /** holiday (national), year_end (12/29–1/3), closed (the office's own). */
  kind: z.enum(["holiday", "year_end", "closed"]),
  name: z.string(),
});
export const calendarSchema = z.object({
  from: z.string(),
  to: z.string(),
  slots: z.array(slotSchema),
  appointments: z.array(appointmentSchema),
  closedDays: z.array(calendarDayNoteSchema),
});
export type Calendar = z.infer<typeof calendarSchema>;

export const dayListQuerySchema = z.strictObject({ date: isoDateSchema });
export const dayListSchema = z.object({ date: z.string(), items: z.array(appointmentSchema) });
export type DayList = z.infer<typeof dayListSchema>;
