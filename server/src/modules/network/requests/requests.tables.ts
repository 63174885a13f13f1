import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "../../users/users.tables.ts";

/** Requests from inside and outside (諸資源の活用), migration 0018. */
export const networkRequests = pgTable("network_requests", {
  id: uuid("id").primaryKey().defaultRandom(),
  receivedOn: date("received_on").notNull(),
  origin: text("origin").notNull(),
  kind: text("kind").notNull(),
  requesterName: text("requester_name").notNull(),
  requesterOrganization: text("requester_organization").notNull().default(""),
  requesterContact: text("requester_contact").notNull().default(""),
  title: text("title").notNull(),
  details: text("details").notNull().default(""),
  wantedOn: date("wanted_on"),
  ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
  status: text("status").notNull().default("new"),
  outcome: text("outcome").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  version: integer("version").notNull().default(1),
});
