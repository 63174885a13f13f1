import { boolean, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const programs = pgTable("programs", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  nameKana: text("name_kana").notNull().default(""),
  funder: text("funder").notNull().default(""),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
