import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";
import { consultations } from "../consultations.tables.ts";

/** Start-up and grants information (起業相談; migration 0017): grants and how-to guides, tagged. */
export const startupResources = pgTable("startup_resources", {
  id: uuid("id").primaryKey().defaultRandom(),
  kind: text("kind").notNull(),
  title: text("title").notNull(),
  provider: text("provider").notNull().default(""),
  amount: text("amount").notNull().default(""),
  eligibility: text("eligibility").notNull().default(""),
  windowOpensOn: date("window_opens_on"),
  windowClosesOn: date("window_closes_on"),
  url: text("url").notNull().default(""),
  body: text("body").notNull().default(""),
  tags: text("tags").array().notNull().default([]),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});

/** A start-up resource the desk linked to a 起業相談 consultation. */
export const consultationStartupResources = pgTable(
  "consultation_startup_resources",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => startupResources.id, { onDelete: "cascade" }),
    linkedBy: uuid("linked_by").references(() => users.id, { onDelete: "set null" }),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.consultationId, table.resourceId] })],
);
