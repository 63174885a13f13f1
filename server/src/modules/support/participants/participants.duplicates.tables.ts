import { integer, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";
import { participants } from "./participants.tables.ts";

/** One run of the duplicate finder (migration 0010): one at a time, progress in chunks. */
export const duplicateSweeps = pgTable("duplicate_sweeps", {
  id: uuid("id").primaryKey().defaultRandom(),
  status: text("status").notNull().default("running"),
  startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  /** Moves with every chunk: a running sweep without a recent one lost its process. */
  heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  chunksDone: integer("chunks_done").notNull().default(0),
  chunksTotal: integer("chunks_total").notNull().default(0),
  pairCount: integer("pair_count").notNull().default(0),
  error: text("error"),
});

/** A candidate pair found by a sweep, the smaller id first. */
export const duplicatePairs = pgTable(
  "duplicate_pairs",
  {
    sweepId: uuid("sweep_id")
      .notNull()
      .references(() => duplicateSweeps.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id),
    otherId: uuid("other_id")
      .notNull()
      .references(() => participants.id),
    reasons: text("reasons").array().notNull(),
    score: real("score").notNull(),
  },
  (table) => [primaryKey({ columns: [table.sweepId, table.participantId, table.otherId] })],
);

/** "Not a duplicate": a manager's decision about two people, the smaller id first. */
export const duplicateDismissals = pgTable(
  "duplicate_dismissals",
  {
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id),
    otherId: uuid("other_id")
      .notNull()
      .references(() => participants.id),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.participantId, table.otherId] })],
);
