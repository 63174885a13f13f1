import { createHash, randomBytes } from "node:crypto";
import type { Locale } from "@otagai/shared/platform/locales";
import type { Role } from "@otagai/shared/platform/permissions";
import { and, eq, gt, lt, ne, or, sql } from "drizzle-orm";
import { programIdsOf } from "../../modules/users/users.repository.ts";
import { users } from "../../modules/users/users.tables.ts";
import type { Database } from "../db/client.ts";
import { recentSessions } from "./session-cache.ts";
import { sessions } from "./sessions.tables.ts";

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  programIds: string[];
  /** A partner user's workplace (users.workplace_id): the portal shows only its placements. */
  workplaceId: string | null;
  sessionId: string;
  /** The login before the one that started this session (null on a first login). */
  previousLoginAt: Date | null;
};

export type SessionPolicy = {
  idleMinutes: number;
  absoluteHours: number;
  /** How long a session looked up answers from memory (session-cache.ts); 0: ask every time. */
  cacheSeconds: number;
};

export const sessionCookieName = "otagai_session";

/** last_seen_at is rewritten once it is this old, so idleness is counted to within these seconds. */
export const lastSeenWriteSeconds = 5;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Starts a session and returns the token for the cookie (only its hash is stored). */
export async function createSession(
  db: Database,
  userId: string,
  policy: SessionPolicy,
  meta: { clientAddress: string | null; userAgent: string | null; previousLoginAt: Date | null },
): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    id: hashToken(token),
    userId,
    expiresAt: sql`now() + make_interval(hours => ${policy.absoluteHours})`,
    previousLoginAt: meta.previousLoginAt,
    clientAddress: meta.clientAddress,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
  return token;
}

/**
 * The user behind a session token, or null when the session is unknown, idle too long, past its
 * absolute lifetime, or its user is disabled. Refreshes last_seen_at once it is
 * `lastSeenWriteSeconds` old: idleness is then exact to within those seconds (a session ends at most
 * that much early), and a busy page does not write on every request.
 */
export async function findSessionUser(
  db: Database,
  token: string,
  policy: SessionPolicy,
): Promise<SessionUser | null> {
  const id = hashToken(token);
  const cached = recentSessions.get(id);
  if (cached) return { ...cached };
  const generation = recentSessions.begin();
  const [row] = await db
    .select({
      sessionId: sessions.id,
      // Times are the database's, so app hosts with skewed clocks agree on expiry.
      seenAWhileAgo: sql<boolean>`${sessions.lastSeenAt} < now() - make_interval(secs => ${lastSeenWriteSeconds})`,
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      locale: users.locale,
      previousLoginAt: sessions.previousLoginAt,
      programIds: programIdsOf,
      workplaceId: users.workplaceId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, id),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, idleSince(policy)),
        eq(users.status, "active"),
      ),
    );
  if (!row) return null;
  if (row.seenAWhileAgo) await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
  const user: SessionUser = {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role as Role,
    locale: row.locale as Locale,
    programIds: row.programIds,
    workplaceId: row.workplaceId,
    sessionId: id,
    previousLoginAt: row.previousLoginAt,
  };
  recentSessions.set(id, user.id, user, policy.cacheSeconds, generation);
  return { ...user };
}

export async function deleteSession(db: Database, sessionId: string): Promise<void> {
  recentSessions.forgetSession(sessionId);
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, or every one but `exceptSessionId` (the one changing its password). */
export async function deleteSessionsOfUser(
  db: Database,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  recentSessions.forgetUser(userId);
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined));
}

/** Removes sessions that can no longer be used; called at start-up and periodically. */
export async function deleteExpiredSessions(db: Database, policy: SessionPolicy): Promise<void> {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, sql`now()`), lt(sessions.lastSeenAt, idleSince(policy))));
}

function idleSince(policy: SessionPolicy) {
  return sql`now() - make_interval(mins => ${policy.idleMinutes})`;
}
