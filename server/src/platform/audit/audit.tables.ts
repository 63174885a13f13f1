import { bigint, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditEvents = pgTable("audit_events", {
  id: bigint("id", { mode: "number" }).primaryKey(),
  occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
  actorId: uuid("actor_id"),
  actorEmail: text("actor_email"),
  action: text("action").notNull(),
  entity: text("entity").notNull(),
  recordId: text("record_id"),
  changedFields: text("changed_fields").array().notNull().default([]),
  clientAddress: text("client_address"),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
});
