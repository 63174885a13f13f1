import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";
import { memberOrganizations } from "../members/members.tables.ts";

/** Officers (役員), migration 0018: one row per term; on the board on D when start <= D <= end. */
export const officers = pgTable("officers", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  nameKana: text("name_kana").notNull(),
  readingKey: text("reading_key").notNull().default(""),
  role: text("role").notNull(),
  termStartsOn: date("term_starts_on").notNull(),
  termEndsOn: date("term_ends_on").notNull(),
  memberOrganizationId: uuid("member_organization_id").references(() => memberOrganizations.id, {
    onDelete: "set null",
  }),
  notes: text("notes").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
