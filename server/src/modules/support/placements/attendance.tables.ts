import {
  date,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";
import { placements } from "./placements.tables.ts";

/** Daily attendance of a placement, one row per day (migration 0015). */
export const placementAttendance = pgTable(
  "placement_attendance",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    placementId: uuid("placement_id")
      .notNull()
      .references(() => placements.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    status: text("status").notNull(),
    hours: numeric("hours", { precision: 4, scale: 2, mode: "number" }),
    absenceReason: text("absence_reason").notNull().default(""),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedVia: text("recorded_via").notNull().default("staff"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (table) => [unique().on(table.placementId, table.day)],
);

/** A term's evaluation by the workplace or the coordinator (migration 0015). */
export const placementEvaluations = pgTable(
  "placement_evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    placementId: uuid("placement_id")
      .notNull()
      .references(() => placements.id, { onDelete: "cascade" }),
    term: integer("term").notNull(),
    evaluator: text("evaluator").notNull(),
    punctuality: smallint("punctuality").notNull(),
    communication: smallint("communication").notNull(),
    followingInstructions: smallint("following_instructions").notNull(),
    taskPerformance: smallint("task_performance").notNull(),
    stamina: smallint("stamina").notNull(),
    safety: smallint("safety").notNull(),
    comments: text("comments").notNull().default(""),
    evaluatedOn: date("evaluated_on").notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    recordedVia: text("recorded_via").notNull().default("staff"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (table) => [unique().on(table.placementId, table.term, table.evaluator)],
);
