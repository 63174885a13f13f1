import { boolean, date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "../../support/cases/cases.tables.ts";
import { consents, participants } from "../../support/participants/participants.tables.ts";
import { users } from "../../users/users.tables.ts";
import { consultations } from "../consultations.tables.ts";

/** The directory of trusted agencies (関係機関; migration 0017). */
export const agencies = pgTable("agencies", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  handles: text("handles").notNull().default(""),
  contactPerson: text("contact_person").notNull().default(""),
  phone: text("phone").notNull().default(""),
  email: text("email").notNull().default(""),
  address: text("address").notNull().default(""),
  notes: text("notes").notNull().default(""),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Expert advisors on contract (弁護士, 社会保険労務士, 税理士 …). */
export const advisors = pgTable("advisors", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  field: text("field").notNull(),
  organization: text("organization").notNull().default(""),
  phone: text("phone").notNull().default(""),
  email: text("email").notNull().default(""),
  contractStartsOn: date("contract_starts_on").notNull(),
  contractEndsOn: date("contract_ends_on"),
  notes: text("notes").notNull().default(""),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** A referral to an agency or an escalation to an advisor, from a consultation or a case. */
export const referrals = pgTable("referrals", {
  id: uuid("id").primaryKey().defaultRandom(),
  consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "set null" }),
  caseId: uuid("case_id").references(() => cases.id, { onDelete: "set null" }),
  participantId: uuid("participant_id").references(() => participants.id, { onDelete: "set null" }),
  agencyId: uuid("agency_id").references(() => agencies.id),
  advisorId: uuid("advisor_id").references(() => advisors.id),
  purpose: text("purpose").notNull().default(""),
  reason: text("reason").notNull(),
  referredOn: date("referred_on").notNull(),
  status: text("status").notNull().default("sent"),
  statusChangedOn: date("status_changed_on").notNull(),
  result: text("result").notNull().default(""),
  followUpOn: date("follow_up_on"),
  personalDataShared: boolean("personal_data_shared").notNull().default(false),
  consentId: uuid("consent_id").references(() => consents.id),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
