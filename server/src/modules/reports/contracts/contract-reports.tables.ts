import { bigint, date, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { contracts, fundingStreams } from "../../programs/programs.tables.ts";
import { users } from "../../users/users.tables.ts";

/** A submitted contract report (migration 0019): its figures as sent, frozen. */
export const reportSubmissions = pgTable("report_submissions", {
  id: uuid("id").primaryKey().defaultRandom(),
  contractId: uuid("contract_id")
    .notNull()
    .references(() => contracts.id, { onDelete: "cascade" }),
  kind: text("kind").notNull(),
  month: date("month"),
  fundingStreamId: uuid("funding_stream_id").references(() => fundingStreams.id, { onDelete: "cascade" }),
  status: text("status").notNull(),
  figures: jsonb("figures").notNull(),
  submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
  submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  reopenedBy: uuid("reopened_by").references(() => users.id, { onDelete: "set null" }),
  reopenedAt: timestamp("reopened_at", { withTimezone: true }),
  reopenReason: text("reopen_reason"),
  version: integer("version").notNull().default(1),
});

export const reportSubmissionEvents = pgTable("report_submission_events", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  submissionId: uuid("submission_id")
    .notNull()
    .references(() => reportSubmissions.id, { onDelete: "cascade" }),
  action: text("action").notNull(),
  actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
  occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  reason: text("reason"),
  figures: jsonb("figures"),
});
