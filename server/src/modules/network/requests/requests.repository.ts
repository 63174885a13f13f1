import { and, asc, desc, eq, getTableColumns, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { countUpTo, type ListTotal, wordsInAny } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { users } from "../../users/users.tables.ts";
import { networkRequests } from "./requests.tables.ts";

export type NetworkRequestValues = typeof networkRequests.$inferInsert;
export type NetworkRequestRow = typeof networkRequests.$inferSelect & { ownerName: string | null };

export type NetworkRequestFilter = {
  q?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  origin?: string | undefined;
  owner?: string | undefined;
  /** Received from `from` to `to`, both included ("YYYY-MM-DD"). */
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
};

function listCondition(filter: NetworkRequestFilter): SQL | undefined {
  return and(
    wordsInAny(filter.q, [
      networkRequests.title,
      networkRequests.requesterName,
      networkRequests.requesterOrganization,
    ]),
    filter.status ? eq(networkRequests.status, filter.status) : undefined,
    filter.kind ? eq(networkRequests.kind, filter.kind) : undefined,
    filter.origin ? eq(networkRequests.origin, filter.origin) : undefined,
    filter.owner === "none"
      ? isNull(networkRequests.ownerId)
      : filter.owner
        ? eq(networkRequests.ownerId, filter.owner)
        : undefined,
    filter.receivedFrom ? sql`${networkRequests.receivedOn} >= ${filter.receivedFrom}::date` : undefined,
    filter.receivedTo ? sql`${networkRequests.receivedOn} <= ${filter.receivedTo}::date` : undefined,
  );
}

const withOwner = { ...getTableColumns(networkRequests), ownerName: users.displayName };

function selectWithOwner(db: Database) {
  return db.select(withOwner).from(networkRequests).leftJoin(users, eq(users.id, networkRequests.ownerId));
}

/** A page of requests, the newest received first. */
export async function findNetworkRequests(
  db: Database,
  filter: NetworkRequestFilter & { page: number; pageSize: number },
): Promise<{ rows: NetworkRequestRow[] } & ListTotal> {
  const where = listCondition(filter);
  const [rows, total] = await Promise.all([
    selectWithOwner(db)
      .where(where)
      .orderBy(desc(networkRequests.receivedOn), desc(networkRequests.createdAt), asc(networkRequests.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, networkRequests, where),
  ]);
  return { rows, ...total };
}

export async function getNetworkRequest(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<NetworkRequestRow | undefined> {
  if (options.forUpdate) {
    // Lock the request's row only (a left join cannot be locked on its nullable side).
    const [locked] = await db
      .select({ id: networkRequests.id })
      .from(networkRequests)
      .where(eq(networkRequests.id, id))
      .for("update");
    if (!locked) return undefined;
  }
  const [row] = await selectWithOwner(db).where(eq(networkRequests.id, id));
  return row;
}

export async function insertNetworkRequest(db: Database, values: NetworkRequestValues): Promise<string> {
  const [row] = await db.insert(networkRequests).values(values).returning({ id: networkRequests.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** Version-checked: false when someone saved first. */
export async function updateNetworkRequest(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<NetworkRequestValues>,
): Promise<boolean> {
  const rows = await db
    .update(networkRequests)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${networkRequests.version} + 1` })
    .where(and(eq(networkRequests.id, current.id), eq(networkRequests.version, current.version)))
    .returning({ id: networkRequests.id });
  return rows.length > 0;
}

export type CountRow = { kind: string; status: string; count: number };

/** Requests received from `from` to `to` (both included), counted by kind and status in the database. */
export function countNetworkRequests(
  db: Database,
  period: { from: string; to: string },
): Promise<CountRow[]> {
  return db
    .select({
      kind: networkRequests.kind,
      status: networkRequests.status,
      count: sql<number>`count(*)::int`,
    })
    .from(networkRequests)
    .where(
      and(
        sql`${networkRequests.receivedOn} >= ${period.from}::date`,
        sql`${networkRequests.receivedOn} <= ${period.to}::date`,
      ),
    )
    .groupBy(networkRequests.kind, networkRequests.status);
}

// ── The today list ─────────────────────────────────────────────────────────────

export type TodayRequestRow = {
  id: string;
  title: string;
  requesterName: string;
  requesterOrganization: string;
  receivedOn: string;
  wantedOn: string | null;
};

const todayColumns = {
  id: networkRequests.id,
  title: networkRequests.title,
  requesterName: networkRequests.requesterName,
  requesterOrganization: networkRequests.requesterOrganization,
  receivedOn: networkRequests.receivedOn,
  wantedOn: networkRequests.wantedOn,
};

/** New requests nobody has taken yet, the oldest first. */
export function findUntakenRequests(db: Database, limit: number): Promise<TodayRequestRow[]> {
  return db
    .select(todayColumns)
    .from(networkRequests)
    .where(and(eq(networkRequests.status, "new"), isNull(networkRequests.ownerId)))
    .orderBy(asc(networkRequests.receivedOn), asc(networkRequests.createdAt), asc(networkRequests.id))
    .limit(limit);
}

/** The owner's accepted requests wanted from any day up to `today + aheadDays` (past ones too), soonest first. */
export function findDueRequests(
  db: Database,
  window: { ownerId: string; today: string; aheadDays: number; limit: number },
): Promise<TodayRequestRow[]> {
  return db
    .select(todayColumns)
    .from(networkRequests)
    .where(
      and(
        eq(networkRequests.status, "accepted"),
        eq(networkRequests.ownerId, window.ownerId),
        sql`${networkRequests.wantedOn} <= ${window.today}::date + ${window.aheadDays}::int`,
      ),
    )
    .orderBy(asc(networkRequests.wantedOn), asc(networkRequests.title), asc(networkRequests.id))
    .limit(window.limit);
}

/** Titles by id, for the audit trail. */
export async function findNetworkRequestNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: networkRequests.id, title: networkRequests.title })
    .from(networkRequests)
    .where(inArray(networkRequests.id, uuids));
  return new Map(rows.map((row) => [row.id, row.title]));
}
