import { boolean, date, integer, pgTable, text, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";
import { users } from "../../users/users.tables.ts";
import { memberOrganizations } from "../members/members.tables.ts";

/** Meetings (就労支援全体会議, 協力事業者懇談会, 理事会 …), migration 0018. */
export const meetings = pgTable("meetings", {
  id: uuid("id").primaryKey().defaultRandom(),
  kind: text("kind").notNull(),
  title: text("title").notNull(),
  heldOn: date("held_on").notNull(),
  startsAt: time("starts_at"),
  endsAt: time("ends_at"),
  place: text("place").notNull().default(""),
  agenda: text("agenda").notNull().default(""),
  minutes: text("minutes").notNull().default(""),
  decisions: text("decisions").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Invited and present: staff, a member organization, a partner workplace or a named guest. */
export const meetingAttendees = pgTable("meeting_attendees", {
  id: uuid("id").primaryKey().defaultRandom(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id, { onDelete: "cascade" }),
  attendeeKind: text("attendee_kind").notNull(),
  userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
  memberOrganizationId: uuid("member_organization_id").references(() => memberOrganizations.id, {
    onDelete: "cascade",
  }),
  workplaceId: uuid("workplace_id").references(() => partnerWorkplaces.id, { onDelete: "cascade" }),
  guestName: text("guest_name").notNull().default(""),
  invited: boolean("invited").notNull().default(true),
  present: boolean("present").notNull().default(false),
});

/** Action items: on the owner's today list until done. */
export const meetingActionItems = pgTable("meeting_action_items", {
  id: uuid("id").primaryKey().defaultRandom(),
  meetingId: uuid("meeting_id")
    .notNull()
    .references(() => meetings.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  ownerId: uuid("owner_id")
    .notNull()
    .references(() => users.id),
  dueOn: date("due_on").notNull(),
  notes: text("notes").notNull().default(""),
  doneAt: timestamp("done_at", { withTimezone: true }),
  doneBy: uuid("done_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
