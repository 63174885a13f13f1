import { date, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { consultations } from "../../consultation/consultations.tables.ts";
import { cases } from "../../support/cases/cases.tables.ts";
import { users } from "../../users/users.tables.ts";

/** Policy proposals (政策提言), migration 0018. */
export const policyProposals = pgTable("policy_proposals", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  addressee: text("addressee").notNull(),
  summary: text("summary").notNull().default(""),
  body: text("body").notNull().default(""),
  status: text("status").notNull().default("draft"),
  periodFrom: date("period_from").notNull(),
  periodTo: date("period_to").notNull(),
  submittedOn: date("submitted_on"),
  answeredOn: date("answered_on"),
  answer: text("answer").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Issues noticed in the community space, at the desk and in support work. */
export const policyIssues = pgTable("policy_issues", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  observed: text("observed").notNull(),
  source: text("source").notNull(),
  place: text("place").notNull().default(""),
  frequency: text("frequency").notNull(),
  noticedOn: date("noticed_on").notNull(),
  proposalId: uuid("proposal_id").references(() => policyProposals.id, { onDelete: "set null" }),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** A consultation or a case as evidence of an issue; shown without personal details. */
export const policyIssueEvidence = pgTable("policy_issue_evidence", {
  id: uuid("id").primaryKey().defaultRandom(),
  issueId: uuid("issue_id")
    .notNull()
    .references(() => policyIssues.id, { onDelete: "cascade" }),
  consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "cascade" }),
  caseId: uuid("case_id").references(() => cases.id, { onDelete: "cascade" }),
  addedBy: uuid("added_by").references(() => users.id, { onDelete: "set null" }),
  addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A figure backing a proposal: a named count computed live over its period (never stored). */
export const policyProposalFigures = pgTable("policy_proposal_figures", {
  id: uuid("id").primaryKey().defaultRandom(),
  proposalId: uuid("proposal_id")
    .notNull()
    .references(() => policyProposals.id, { onDelete: "cascade" }),
  label: text("label").notNull(),
  measure: text("measure").notNull(),
  filters: jsonb("filters").notNull().default({}),
  position: integer("position").notNull().default(0),
});

/** The history of a proposal's campaign. */
export const policyProposalEvents = pgTable("policy_proposal_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  proposalId: uuid("proposal_id")
    .notNull()
    .references(() => policyProposals.id, { onDelete: "cascade" }),
  happenedOn: date("happened_on").notNull(),
  kind: text("kind").notNull(),
  description: text("description").notNull(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
