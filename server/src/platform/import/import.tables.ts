import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../modules/users/users.tables.ts";

/** The last column mapping each user chose, per import kind (migration 0006). */
export const importMappings = pgTable(
  "import_mappings",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    mapping: jsonb("mapping").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.kind] })],
);

/** A spreadsheet read and waiting for its preview and confirmation (migration 0009). */
export const importUploads = pgTable(
  "import_uploads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    headers: jsonb("headers").$type<string[]>().notNull(),
    /** [line, cells] per data row: the spreadsheet's row number and its cells as text. */
    rows: jsonb("rows").$type<[number, string[]][]>().notNull(),
    rowCount: integer("row_count").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("import_uploads_user_idx").on(table.userId, table.kind),
    index("import_uploads_expires_idx").on(table.expiresAt),
  ],
);
