import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";

/** Member organizations (参加団体), migration 0018. Counted on D when joined_on <= D < left_on. */
export const memberOrganizations = pgTable("member_organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  nameKana: text("name_kana").notNull(),
  /** Name and reading folded by toSearchKey: partial search through the trigram index. */
  searchKey: text("search_key").notNull().default(""),
  /** The reading alone, folded: the 五十音 sort. */
  readingKey: text("reading_key").notNull().default(""),
  kind: text("kind").notNull(),
  fields: text("fields").array().notNull().default([]),
  postalCode: text("postal_code").notNull().default(""),
  address: text("address").notNull().default(""),
  area: text("area").notNull().default(""),
  representativeName: text("representative_name").notNull().default(""),
  contactName: text("contact_name").notNull().default(""),
  contactPhone: text("contact_phone").notNull().default(""),
  contactEmail: text("contact_email").notNull().default(""),
  workingMembers: integer("working_members"),
  joinedOn: date("joined_on").notNull(),
  leftOn: date("left_on"),
  status: text("status").notNull().default("active"),
  notes: text("notes").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** Yearly dues per fiscal year (the year April falls in); unpaid while paid_on is null. */
export const memberDues = pgTable("member_dues", {
  id: uuid("id").primaryKey().defaultRandom(),
  memberOrganizationId: uuid("member_organization_id")
    .notNull()
    .references(() => memberOrganizations.id, { onDelete: "cascade" }),
  fiscalYear: integer("fiscal_year").notNull(),
  amountYen: integer("amount_yen").notNull(),
  paidOn: date("paid_on"),
  notes: text("notes").notNull().default(""),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
