import { bigint, date, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { fundingStreams, programs } from "../../programs/programs.tables.ts";
import { users } from "../../users/users.tables.ts";
import { participants } from "../participants/participants.tables.ts";

/** A case (支援): one participant in one program, through the national flow (migration 0006). */
export const cases = pgTable("cases", {
  id: uuid("id").primaryKey().defaultRandom(),
  participantId: uuid("participant_id")
    .notNull()
    .references(() => participants.id),
  programId: uuid("program_id")
    .notNull()
    .references(() => programs.id),
  fundingStreamId: uuid("funding_stream_id").references(() => fundingStreams.id),
  leadCoordinatorId: uuid("lead_coordinator_id").references(() => users.id, { onDelete: "set null" }),
  status: text("status").notNull().default("intake"),
  openedOn: date("opened_on").notNull(),
  closedOn: date("closed_on"),
  /** The latest plan's review date, kept by the database (a trigger on support_plans, migration 0021). */
  planReviewOn: date("plan_review_on"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

const caseRef = () =>
  uuid("case_id")
    .notNull()
    .references(() => cases.id, { onDelete: "cascade" });
const createdBy = () => uuid("created_by").references(() => users.id, { onDelete: "set null" });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const caseIntakes = pgTable("case_intakes", {
  caseId: caseRef().primaryKey(),
  receivedOn: date("received_on").notNull(),
  receivedBy: uuid("received_by").references(() => users.id, { onDelete: "set null" }),
  howCame: text("how_came").notNull().default(""),
  accompaniedBy: text("accompanied_by").notNull().default(""),
  concernTopics: text("concern_topics").array().notNull().default([]),
  pressingTopic: text("pressing_topic"),
  urgency: text("urgency").notNull(),
  screeningRoute: text("screening_route").notNull(),
  notes: text("notes").notNull().default(""),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

export const caseAssessments = pgTable("case_assessments", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseId: caseRef(),
  assessedOn: date("assessed_on").notNull(),
  areas: jsonb("areas").notNull(),
  summary: text("summary").notNull().default(""),
  createdBy: createdBy(),
  createdAt: createdAt(),
});

export const supportPlans = pgTable("support_plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseId: caseRef(),
  planNumber: integer("plan_number").notNull(),
  madeOn: date("made_on").notNull(),
  reviewOn: date("review_on").notNull(),
  agreedOn: date("agreed_on"),
  goals: jsonb("goals").notNull(),
  notes: text("notes").notNull().default(""),
  createdBy: createdBy(),
  createdAt: createdAt(),
});

export const caseConferences = pgTable("case_conferences", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseId: caseRef(),
  planId: uuid("plan_id")
    .notNull()
    .references(() => supportPlans.id, { onDelete: "cascade" }),
  heldOn: date("held_on").notNull(),
  attendees: text("attendees").notNull().default(""),
  decision: text("decision").notNull(),
  notes: text("notes").notNull().default(""),
  createdBy: createdBy(),
  createdAt: createdAt(),
});

export const caseEvaluations = pgTable("case_evaluations", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseId: caseRef(),
  planId: uuid("plan_id")
    .notNull()
    .references(() => supportPlans.id, { onDelete: "cascade" }),
  evaluatedOn: date("evaluated_on").notNull(),
  goalResults: jsonb("goal_results").notNull(),
  notes: text("notes").notNull().default(""),
  createdBy: createdBy(),
  createdAt: createdAt(),
});

export const caseClosures = pgTable("case_closures", {
  caseId: caseRef().primaryKey(),
  closedOn: date("closed_on").notNull(),
  reason: text("reason").notNull(),
  outcomeSummary: text("outcome_summary").notNull().default(""),
  createdBy: createdBy(),
  createdAt: createdAt(),
});

export const caseTransitions = pgTable("case_transitions", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  caseId: caseRef(),
  fromStatus: text("from_status"),
  toStatus: text("to_status").notNull(),
  occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
  note: text("note").notNull().default(""),
});
