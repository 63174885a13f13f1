import { boolean, date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "../support/cases/cases.tables.ts";
import { participants } from "../support/participants/participants.tables.ts";
import { users } from "../users/users.tables.ts";

/** Consultation categories (migration 0016): the seed's six (code set) and the desk's own. */
export const consultationCategories = pgTable("consultation_categories", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").unique(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull().default(100),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** One consultation at the desk (migration 0016). */
export const consultations = pgTable("consultations", {
  id: uuid("id").primaryKey().defaultRandom(),
  consultedAt: timestamp("consulted_at", { withTimezone: true }).notNull(),
  channel: text("channel").notNull(),
  consultantId: uuid("consultant_id").references(() => users.id, { onDelete: "set null" }),
  categoryId: uuid("category_id")
    .notNull()
    .references(() => consultationCategories.id),
  personKind: text("person_kind").notNull(),
  participantId: uuid("participant_id").references(() => participants.id, { onDelete: "set null" }),
  personName: text("person_name").notNull().default(""),
  personNameKana: text("person_name_kana").notNull().default(""),
  personPhone: text("person_phone").notNull().default(""),
  personEmail: text("person_email").notNull().default(""),
  ageBand: text("age_band").notNull().default(""),
  gender: text("gender").notNull().default(""),
  area: text("area").notNull().default(""),
  concernTopics: text("concern_topics").array().notNull().default([]),
  question: text("question").notNull().default(""),
  answer: text("answer").notNull().default(""),
  outcomeRoute: text("outcome_route"),
  minutes: integer("minutes"),
  status: text("status").notNull().default("open"),
  nextAction: text("next_action").notNull().default(""),
  nextActionOn: date("next_action_on"),
  caseId: uuid("case_id").references(() => cases.id, { onDelete: "set null" }),
  searchKey: text("search_key").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
