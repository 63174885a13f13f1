import { count, eq, gt, gte, sql } from "drizzle-orm";
import { auditEvents } from "../../platform/audit/audit.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { sessions } from "../../platform/sessions/sessions.tables.ts";
import { programs } from "../programs/programs.tables.ts";
import { users } from "../users/users.tables.ts";

/** The counts on the dashboard, each one query; grows as areas land. */
export async function countDashboardFigures(db: Database, idleMinutes: number) {
  const startOfTodayInJapan = sql`(date_trunc('day', now() at time zone 'Asia/Tokyo') at time zone 'Asia/Tokyo')`;
  const [byRole, [programRow], [sessionRow], [auditRow]] = await Promise.all([
    db
      .select({ role: users.role, count: count() })
      .from(users)
      .where(eq(users.status, "active"))
      .groupBy(users.role)
      .orderBy(users.role),
    db.select({ total: count() }).from(programs).where(eq(programs.active, true)),
    db
      .select({ total: count() })
      .from(sessions)
      .where(gt(sessions.lastSeenAt, new Date(Date.now() - idleMinutes * 60_000))),
    db.select({ total: count() }).from(auditEvents).where(gte(auditEvents.occurredAt, startOfTodayInJapan)),
  ]);
  return {
    byRole,
    programs: programRow?.total ?? 0,
    activeSessions: sessionRow?.total ?? 0,
    auditEventsToday: auditRow?.total ?? 0,
  };
}
