import { boolean, date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";
import { consultations } from "../consultations.tables.ts";

/** Requests from the public form (migration 0017): desk roles only, every read audited. */
export const consultationRequests = pgTable("consultation_requests", {
  id: uuid("id").primaryKey().defaultRandom(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  /** ja, easy_ja (やさしい日本語) or en: the form's language. */
  language: text("language").notNull(),
  topic: text("topic").notNull(),
  name: text("name").notNull(),
  nameKana: text("name_kana").notNull().default(""),
  contactMethod: text("contact_method").notNull(),
  phone: text("phone").notNull().default(""),
  email: text("email").notNull().default(""),
  preferredDates: date("preferred_dates").array().notNull().default([]),
  message: text("message").notNull().default(""),
  privacyConsent: boolean("privacy_consent").notNull(),
  status: text("status").notNull().default("new"),
  handledBy: uuid("handled_by").references(() => users.id, { onDelete: "set null" }),
  handledAt: timestamp("handled_at", { withTimezone: true }),
  handledNote: text("handled_note").notNull().default(""),
  consultationId: uuid("consultation_id").references(() => consultations.id, { onDelete: "set null" }),
  version: integer("version").notNull().default(1),
});
