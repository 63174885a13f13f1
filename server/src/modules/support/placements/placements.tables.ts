import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";
import { cases } from "../cases/cases.tables.ts";
import { partnerWorkplaces } from "../workplaces/workplaces.tables.ts";

/** Work-experience placements (就労体験実習), migration 0014. */
export const placements = pgTable("placements", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseId: uuid("case_id")
    .notNull()
    .references(() => cases.id, { onDelete: "cascade" }),
  workplaceId: uuid("workplace_id")
    .notNull()
    .references(() => partnerWorkplaces.id),
  employmentType: text("employment_type").notNull(),
  startOn: date("start_on").notNull(),
  termCount: integer("term_count").notNull(),
  termMonths: integer("term_months").notNull(),
  /** The last day of the last term. */
  endOn: date("end_on").notNull(),
  workDays: text("work_days").array().notNull().default([]),
  hoursFrom: text("hours_from").notNull(),
  hoursTo: text("hours_to").notNull(),
  tasks: text("tasks").notNull().default(""),
  supervisorName: text("supervisor_name").notNull().default(""),
  coordinatorId: uuid("coordinator_id").references(() => users.id, { onDelete: "set null" }),
  transportNotes: text("transport_notes").notNull().default(""),
  allowanceNotes: text("allowance_notes").notNull().default(""),
  guidanceNotes: text("guidance_notes").notNull().default(""),
  status: text("status").notNull().default("planned"),
  endedOn: date("ended_on"),
  endedReason: text("ended_reason").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
