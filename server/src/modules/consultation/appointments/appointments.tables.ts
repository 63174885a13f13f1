import { boolean, date, integer, pgTable, text, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { participants } from "../../support/participants/participants.tables.ts";
import { users } from "../../users/users.tables.ts";
import { consultationCategories, consultations } from "../consultations.tables.ts";
import { consultationRequests } from "../requests/requests.tables.ts";

/** Days the association is closed besides 12/29–1/3 and national holidays (migration 0017). */
export const consultationClosedDays = pgTable("consultation_closed_days", {
  closedOn: date("closed_on").primaryKey(),
  reason: text("reason").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Regular consultation days (定例相談): a recurrence rule, a daily window cut into slots, a room. */
export const consultationSchedules = pgTable("consultation_schedules", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** RRULE body without DTSTART, e.g. FREQ=MONTHLY;BYDAY=+2TU,+4TU (the rrule library expands it). */
  recurrence: text("recurrence").notNull(),
  startsOn: date("starts_on").notNull(),
  endsOn: date("ends_on"),
  dayStartsAt: time("day_starts_at").notNull(),
  dayEndsAt: time("day_ends_at").notNull(),
  slotMinutes: integer("slot_minutes").notNull(),
  room: text("room").notNull(),
  consultantId: uuid("consultant_id").references(() => users.id, { onDelete: "set null" }),
  categoryId: uuid("category_id").references(() => consultationCategories.id),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** An appointment; the database refuses a consultant or a room booked twice at overlapping times. */
export const appointments = pgTable("appointments", {
  id: uuid("id").primaryKey().defaultRandom(),
  scheduleId: uuid("schedule_id").references(() => consultationSchedules.id, { onDelete: "set null" }),
  startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
  endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
  room: text("room").notNull(),
  consultantId: uuid("consultant_id")
    .notNull()
    .references(() => users.id),
  channel: text("channel").notNull().default("visit"),
  consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "set null" }),
  requestId: uuid("request_id").references(() => consultationRequests.id, { onDelete: "set null" }),
  participantId: uuid("participant_id").references(() => participants.id, { onDelete: "set null" }),
  personName: text("person_name").notNull().default(""),
  personPhone: text("person_phone").notNull().default(""),
  purpose: text("purpose").notNull().default(""),
  status: text("status").notNull().default("booked"),
  cancelReason: text("cancel_reason").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Not a table of its own: the constraint names the booking service maps to a clear 409. */
export const appointmentOverlapConstraints = {
  consultant: "appointments_consultant_no_overlap",
  room: "appointments_room_no_overlap",
} as const;
