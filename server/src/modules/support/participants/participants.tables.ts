import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";

/** Participants (利用者), migration 0006. The sensitive section is a table of its own. */
export const participants = pgTable("participants", {
  id: uuid("id").primaryKey().defaultRandom(),
  familyName: text("family_name").notNull(),
  givenName: text("given_name").notNull().default(""),
  familyNameKana: text("family_name_kana").notNull(),
  givenNameKana: text("given_name_kana").notNull().default(""),
  birthDate: date("birth_date"),
  gender: text("gender").notNull().default(""),
  nationality: text("nationality").notNull().default(""),
  preferredLanguage: text("preferred_language").notNull().default(""),
  phone: text("phone").notNull().default(""),
  phoneNormalized: text("phone_normalized").notNull().default(""),
  email: text("email").notNull().default(""),
  postalCode: text("postal_code").notNull().default(""),
  address: text("address").notNull().default(""),
  emergencyContactName: text("emergency_contact_name").notNull().default(""),
  emergencyContactRelation: text("emergency_contact_relation").notNull().default(""),
  emergencyContactPhone: text("emergency_contact_phone").notNull().default(""),
  referralSource: text("referral_source").notNull().default(""),
  notes: text("notes").notNull().default(""),
  /** Name and reading folded by toSearchKey: partial search through the trigram index. */
  searchKey: text("search_key").notNull().default(""),
  /** The reading alone, folded: the 五十音 sort and the duplicate blocking key. */
  readingKey: text("reading_key").notNull().default(""),
  /** Two-character pieces of the search key: two-character searches (高橋) the trigram index cannot answer. */
  bigramKeys: text("bigram_keys").array().notNull().default([]),
  /**
   * The programs this person has cases in, kept by the database (triggers on cases, migration 0011):
   * the record policy's key (ADR 017). Never written by the app.
   */
  programIds: uuid("program_ids").array().notNull().default(sql`'{}'`),
  mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => participants.id),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

export const participantSensitive = pgTable("participant_sensitive", {
  participantId: uuid("participant_id")
    .primaryKey()
    .references(() => participants.id, { onDelete: "cascade" }),
  health: text("health").notNull().default(""),
  disability: text("disability").notNull().default(""),
  disabilityCertificate: text("disability_certificate").notNull().default(""),
  certificateGrade: text("certificate_grade").notNull().default(""),
  livelihood: text("livelihood").notNull().default(""),
  benefits: text("benefits").array().notNull().default([]),
  publicAssistance: boolean("public_assistance").notNull().default(false),
  notes: text("notes").notNull().default(""),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

export const consents = pgTable("consents", {
  id: uuid("id").primaryKey().defaultRandom(),
  participantId: uuid("participant_id")
    .notNull()
    .references(() => participants.id, { onDelete: "cascade" }),
  purpose: text("purpose").notNull(),
  agency: text("agency").notNull().default(""),
  givenOn: date("given_on").notNull(),
  method: text("method").notNull(),
  withdrawnOn: date("withdrawn_on"),
  notes: text("notes").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
