import { bigint, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const auditEvents = pgTable("audit_events", {
  id: bigint("id", { mode: "number" }).primaryKey(),
  occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
  actorId: uuid("actor_id"),
  actorEmail: text("actor_email"),
  action: text("action").notNull(),
  entity: text("entity").notNull(),
  recordId: text("record_id"),
  /** The records a list read showed (ADR 012); empty for everything else. */
  recordIds: text("record_ids").array().notNull().default([]),
  changedFields: text("changed_fields").array().notNull().default([]),
  clientAddress: text("client_address"),
  /** Fingerprint of the key whose HMAC is in `hash`; null on entries from before the trail was keyed. */
  keyId: text("key_id"),
  /**
   * What must stay readable, as canonical JSON (migration 0006): the values a merge moved away, the
   * reason a duplicate was saved anyway. Hashed with the entry (scheme v3) when present.
   */
  detail: text("detail"),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
});

export type AuditEventRow = typeof auditEvents.$inferSelect;
