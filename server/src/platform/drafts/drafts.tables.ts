import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../modules/users/users.tables.ts";

/** Server-side drafts of long forms (migration 0006): one per author, form and record. */
export const drafts = pgTable(
  "drafts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    formKey: text("form_key").notNull(),
    recordKey: text("record_key").notNull().default(""),
    payload: jsonb("payload").notNull(),
    /** The record's version when the draft began: a newer one on restore means someone else saved. */
    baseVersion: integer("base_version"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.formKey, table.recordKey] })],
);
