import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const sessions = pgTable("sessions", {
  /** SHA-256 of the cookie token, never the token itself. */
  id: text("id").primaryKey(),
  userId: uuid("user_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  previousLoginAt: timestamp("previous_login_at", { withTimezone: true }),
  clientAddress: text("client_address"),
  userAgent: text("user_agent"),
});
