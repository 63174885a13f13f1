import { toSearchKey } from "@otagai/shared/japanese/kana";
import { and, asc, count, eq, inArray, like, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client.ts";
import { containsPattern, countUpTo, type ListTotal } from "../../platform/db/list-page.ts";
import { onlyUuids } from "../../platform/db/uuids.ts";
import { forgetSessionsOfUser } from "../../platform/sessions/session-cache.ts";
import { programs } from "../programs/programs.tables.ts";
import { partnerWorkplaces } from "../support/workplaces/workplaces.tables.ts";
import { userPrograms, users } from "./users.tables.ts";

export type UserRow = typeof users.$inferSelect;
export type UserWithPrograms = UserRow & { programIds: string[] };

/** The programs a user is limited to, as a column of any query that has `users` in it. */
export const programIdsOf = sql<
  string[]
>`coalesce((select array_agg(${userPrograms.programId}::text order by ${userPrograms.programId}) from ${userPrograms} where ${userPrograms.userId} = ${users.id}), '{}')`;

export async function findProgramIdsOfUser(db: Database, userId: string): Promise<string[]> {
  const [row] = await db.select({ programIds: programIdsOf }).from(users).where(eq(users.id, userId));
  return row?.programIds ?? [];
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function getUserById(db: Database, id: string): Promise<UserWithPrograms | undefined> {
  const [row] = await db
    .select({ user: users, programIds: programIdsOf })
    .from(users)
    .where(eq(users.id, id));
  return row ? { ...row.user, programIds: row.programIds } : undefined;
}

/** Display names by id, for naming people in the audit trail; ids that are not users are skipped. */
export async function findUserNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, uuids));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

/**
 * 五十音順 pages of users (ADR 013): the page's ids come from the covering index on the sort key
 * (search_text included, so a broad search is filtered without touching the table), then only
 * those rows are read; the total is counted up to the cap.
 */
export async function findUsers(
  db: Database,
  filter: { q?: string; role?: string; status?: string; page: number; pageSize: number },
): Promise<{ rows: UserWithPrograms[] } & ListTotal> {
  const key = filter.q ? toSearchKey(filter.q) : "";
  const where = and(
    key ? like(users.searchText, containsPattern(key)) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.status ? eq(users.status, filter.status) : undefined,
  );
  const page = db
    .select({ id: users.id, sortKey: users.sortKey, email: users.email })
    .from(users)
    .where(where)
    .orderBy(sql`${users.sortKey} collate "C"`, asc(users.email))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .as("page");
  const [rows, total] = await Promise.all([
    db
      .select({ user: users, programIds: programIdsOf })
      .from(page)
      .innerJoin(users, eq(users.id, page.id))
      .orderBy(sql`${page.sortKey} collate "C"`, asc(page.email)),
    countUpTo(db, users, where),
  ]);
  return { rows: rows.map((row) => ({ ...row.user, programIds: row.programIds })), ...total };
}

type NameFields = { email: string; displayName: string; displayNameKana?: string };

/** The derived columns kept in step with the name on every write: search text and 五十音 sort key. */
function derivedColumnsOf(user: NameFields) {
  return {
    searchText: toSearchKey(`${user.email} ${user.displayName} ${user.displayNameKana ?? ""}`),
    sortKey: toSearchKey(user.displayNameKana || user.displayName),
  };
}

export async function insertUser(db: Database, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...values, ...derivedColumnsOf(values) })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Every edit of a user goes through here: it bumps the version and updated_at, keeps search_text in
 * step, and applies only while the stored version is still the one `current` was read at. Returns
 * undefined when someone else saved first. (Login bookkeeping is not an edit and does not bump it.)
 */
export async function updateUser(
  db: Database,
  current: UserRow,
  changes: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  forgetSessionsOfUser(current.id);
  const [row] = await db
    .update(users)
    .set({
      ...changes,
      ...derivedColumnsOf({ ...current, ...changes }),
      updatedAt: sql`now()`,
      version: sql`${users.version} + 1`,
    })
    .where(and(eq(users.id, current.id), eq(users.version, current.version)))
    .returning();
  return row;
}

/**
 * Locks every active administrator's row until the transaction ends and returns their ids. Two
 * admins removing each other at once then take turns: the second sees the first's change and
 * finds itself the last one. Ordered by id, so concurrent callers lock in the same order.
 */
export async function lockActiveAdmins(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.status, "active")))
    .orderBy(asc(users.id))
    .for("update");
  return rows.map((row) => row.id);
}

export async function replaceUserPrograms(db: Database, userId: string, programIds: string[]): Promise<void> {
  forgetSessionsOfUser(userId);
  await db.delete(userPrograms).where(eq(userPrograms.userId, userId));
  if (programIds.length > 0) {
    await db.insert(userPrograms).values(programIds.map((programId) => ({ userId, programId })));
  }
}

export async function findMissingProgramIds(db: Database, programIds: string[]): Promise<string[]> {
  if (programIds.length === 0) return [];
  const found = await db.select({ id: programs.id }).from(programs).where(inArray(programs.id, programIds));
  const known = new Set(found.map((row) => row.id));
  return programIds.filter((id) => !known.has(id));
}

/**
 * A clean slate after failed logins: no count, no lock, no attempts refused during a lock. The one
 * set of columns every reset writes (unlock, a successful login, enabling an account, an admin's
 * password reset), so that none of them leaves part of a lock behind.
 */
export const loginFailuresCleared = { failedLoginCount: 0, lockedUntil: null, lockedAttempts: 0 } as const;

export async function clearLoginFailures(db: Database, id: string): Promise<void> {
  await db.update(users).set(loginFailuresCleared).where(eq(users.id, id));
}

export async function recordLoginSuccess(db: Database, id: string): Promise<void> {
  await db
    .update(users)
    .set({ ...loginFailuresCleared, lastLoginAt: new Date() })
    .where(eq(users.id, id));
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ total: count() }).from(users);
  return row?.total ?? 0;
}

/** Whether a partner workplace with this id exists (a partner user's workplace). */
export async function workplaceExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: partnerWorkplaces.id })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.id, id));
  return row !== undefined;
}

/** Active users of the given roles, by name: a form's choices of staff (an owner, an attendee). */
export function findActiveUsersOfRoles(
  db: Database,
  roles: readonly string[],
): Promise<{ id: string; displayName: string }[]> {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(inArray(users.role, [...roles]), eq(users.status, "active")))
    .orderBy(asc(users.sortKey), asc(users.displayName), asc(users.id))
    .limit(500);
}

/** Whether `id` is one of findActiveUsersOfRoles' choices (what a form sent back is checked so). */
export async function isActiveUserOfRoles(
  db: Database,
  id: string,
  roles: readonly string[],
): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), inArray(users.role, [...roles]), eq(users.status, "active")));
  return row !== undefined;
}
