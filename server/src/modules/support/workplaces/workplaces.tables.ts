import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";

/** Partner workplaces (協力事業所), migration 0012. */
export const partnerWorkplaces = pgTable("partner_workplaces", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  nameKana: text("name_kana").notNull(),
  /** Name and reading folded by toSearchKey: partial search through the trigram index. */
  searchKey: text("search_key").notNull().default(""),
  /** The reading alone, folded: the 五十音 sort. */
  readingKey: text("reading_key").notNull().default(""),
  /** The member organization this workplace is (issue 13), when linked. */
  memberOrganizationId: uuid("member_organization_id"),
  postalCode: text("postal_code").notNull().default(""),
  address: text("address").notNull().default(""),
  area: text("area").notNull().default(""),
  contactName: text("contact_name").notNull().default(""),
  contactPhone: text("contact_phone").notNull().default(""),
  contactEmail: text("contact_email").notNull().default(""),
  workKinds: text("work_kinds").array().notNull().default([]),
  workDescription: text("work_description").notNull().default(""),
  workDays: text("work_days").array().notNull().default([]),
  hoursFrom: text("hours_from"),
  hoursTo: text("hours_to"),
  traineeCapacity: integer("trainee_capacity").notNull().default(1),
  supportFeatures: text("support_features").array().notNull().default([]),
  supportNotes: text("support_notes").notNull().default(""),
  status: text("status").notNull().default("active"),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** 認定就労訓練事業 certifications of a workplace (renewals are new rows). */
export const workplaceCertifications = pgTable("workplace_certifications", {
  id: uuid("id").primaryKey().defaultRandom(),
  workplaceId: uuid("workplace_id")
    .notNull()
    .references(() => partnerWorkplaces.id, { onDelete: "cascade" }),
  authority: text("authority").notNull(),
  authorityName: text("authority_name").notNull().default(""),
  number: text("number").notNull(),
  employmentTypes: text("employment_types").array().notNull(),
  validFrom: date("valid_from").notNull(),
  validUntil: date("valid_until").notNull(),
  notes: text("notes").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
