import { type AnyPgColumn, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { programs } from "../programs/programs.tables.ts";
import { partnerWorkplaces } from "../support/workplaces/workplaces.tables.ts";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull(),
  displayNameKana: text("display_name_kana").notNull().default(""),
  role: text("role").notNull(),
  status: text("status").notNull().default("active"),
  locale: text("locale").notNull().default("ja"),
  passwordHash: text("password_hash").notNull(),
  failedLoginCount: integer("failed_login_count").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  /** Login attempts refused during the current lock (migration 0004, ADR 004). */
  lockedAttempts: integer("locked_attempts").notNull().default(0),
  lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
  passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
  searchText: text("search_text").notNull().default(""),
  sortKey: text("sort_key").notNull().default(""),
  /** A partner user's workplace (migration 0015); typed loosely: workplaces reference users too. */
  workplaceId: uuid("workplace_id").references((): AnyPgColumn => partnerWorkplaces.id, {
    onDelete: "set null",
  }),
});

export const userPrograms = pgTable(
  "user_programs",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.userId, table.programId] })],
);
