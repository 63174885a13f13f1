import { and, count, eq, gt, gte, sql } from "drizzle-orm";
import { auditEvents } from "../../platform/audit/audit.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { sessions } from "../../platform/sessions/sessions.tables.ts";
import { programs } from "../programs/programs.tables.ts";
import { userPrograms, users } from "../users/users.tables.ts";

/** The active programs one user works on, with their reading for sorting. */
export function findActiveProgramsOf(db: Database, userId: string) {
  return db
    .select({ id: programs.id, name: programs.name, nameKana: programs.nameKana })
    .from(userPrograms)
    .innerJoin(programs, eq(programs.id, userPrograms.programId))
    .where(and(eq(userPrograms.userId, userId), eq(programs.active, true)));
}

/** Active users by role, and the active programs: the association's people at a glance. */
export async function countPeople(db: Database) {
  const [byRole, [programRow]] = await Promise.all([
    db
      .select({ role: users.role, count: count() })
      .from(users)
      .where(eq(users.status, "active"))
      .groupBy(users.role)
      .orderBy(users.role),
    db.select({ total: count() }).from(programs).where(eq(programs.active, true)),
  ]);
  return { byRole, activePrograms: programRow?.total ?? 0 };
}

/** Sessions in use and audit entries since midnight in Japan: the system's day. */
export async function countSystemUse(db: Database, idleMinutes: number) {
  const startOfTodayInJapan = sql`(date_trunc('day', now() at time zone 'Asia/Tokyo') at time zone 'Asia/Tokyo')`;
  const [[sessionRow], [auditRow]] = await Promise.all([
    db
      .select({ total: count() })
      .from(sessions)
      .where(gt(sessions.lastSeenAt, new Date(Date.now() - idleMinutes * 60_000))),
    db.select({ total: count() }).from(auditEvents).where(gte(auditEvents.occurredAt, startOfTodayInJapan)),
  ]);
  return { activeSessions: sessionRow?.total ?? 0, auditEventsToday: auditRow?.total ?? 0 };
}
