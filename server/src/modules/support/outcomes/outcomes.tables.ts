import { boolean, date, integer, numeric, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";
import { cases } from "../cases/cases.tables.ts";
import { partnerWorkplaces } from "../workplaces/workplaces.tables.ts";

/** Outcomes of a case (就労等の結果), migration 0013. */
export const caseOutcomes = pgTable("case_outcomes", {
  id: uuid("id").primaryKey().defaultRandom(),
  caseId: uuid("case_id")
    .notNull()
    .references(() => cases.id, { onDelete: "cascade" }),
  outcomeType: text("outcome_type").notNull(),
  workplaceId: uuid("workplace_id").references(() => partnerWorkplaces.id, { onDelete: "set null" }),
  /** The member organization it is (issue 13), when linked. */
  memberOrganizationId: uuid("member_organization_id"),
  employerName: text("employer_name").notNull().default(""),
  startedOn: date("started_on").notNull(),
  hoursPerWeek: numeric("hours_per_week", { mode: "number" }),
  contractForm: text("contract_form"),
  incomeBeforeYen: integer("income_before_yen"),
  incomeAfterYen: integer("income_after_yen"),
  notes: text("notes").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Retention follow-ups (定着支援): one per offset of each work outcome. */
export const caseFollowUps = pgTable(
  "case_follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    outcomeId: uuid("outcome_id")
      .notNull()
      .references(() => caseOutcomes.id, { onDelete: "cascade" }),
    offsetMonths: integer("offset_months").notNull(),
    dueOn: date("due_on").notNull(),
    doneOn: date("done_on"),
    stillWorking: boolean("still_working"),
    hoursPerWeek: numeric("hours_per_week", { mode: "number" }),
    concerns: text("concerns").notNull().default(""),
    supportGiven: text("support_given").notNull().default(""),
    nextStep: text("next_step").notNull().default(""),
    stoppedOn: date("stopped_on"),
    stoppedReason: text("stopped_reason"),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (table) => [unique().on(table.outcomeId, table.offsetMonths)],
);
