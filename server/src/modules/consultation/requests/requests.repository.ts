import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { countUpTo, type ListTotal } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { users } from "../../users/users.tables.ts";
import { consultationCategories } from "../consultations.tables.ts";
import { consultationRequests } from "./requests.tables.ts";

export type RequestRecord = typeof consultationRequests.$inferSelect;
export type RequestValues = typeof consultationRequests.$inferInsert;
/** A request with the name of whoever handled it. */
export type RequestRow = RequestRecord & { handledByName: string | null };

export async function insertRequest(db: Database, values: RequestValues): Promise<{ id: string }> {
  const [row] = await db
    .insert(consultationRequests)
    .values(values)
    .returning({ id: consultationRequests.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

function selectRows(db: Database) {
  return db
    .select({ request: consultationRequests, handledByName: users.displayName })
    .from(consultationRequests)
    .leftJoin(users, eq(users.id, consultationRequests.handledBy));
}

const toRow = (joined: { request: RequestRecord; handledByName: string | null }): RequestRow => ({
  ...joined.request,
  handledByName: joined.handledByName,
});

/** The inbox: newest first (consultation_requests_inbox_idx), by status; totals capped (ADR 013). */
export async function findRequests(
  db: Database,
  filter: { status?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: RequestRow[] } & ListTotal> {
  const where: SQL | undefined = filter.status ? eq(consultationRequests.status, filter.status) : undefined;
  const [rows, total] = await Promise.all([
    selectRows(db)
      .where(where)
      .orderBy(desc(consultationRequests.receivedAt), desc(consultationRequests.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, consultationRequests, where),
  ]);
  return { rows: rows.map(toRow), ...total };
}

export async function getRequest(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<RequestRow | undefined> {
  const query = selectRows(db).where(eq(consultationRequests.id, id));
  const [row] = await (options.forUpdate ? query.for("update", { of: consultationRequests }) : query);
  return row ? toRow(row) : undefined;
}

/** Version-checked: false when someone saved first. */
export async function updateRequest(
  db: Database,
  current: RequestRecord,
  changes: Partial<RequestValues>,
): Promise<boolean> {
  const rows = await db
    .update(consultationRequests)
    .set({ ...changes, version: sql`${consultationRequests.version} + 1` })
    .where(and(eq(consultationRequests.id, current.id), eq(consultationRequests.version, current.version)))
    .returning({ id: consultationRequests.id });
  return rows.length > 0;
}

/** The id of the fixed category with this code (the topic's default). */
export async function getCategoryIdByCode(db: Database, code: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: consultationCategories.id })
    .from(consultationCategories)
    .where(eq(consultationCategories.code, code));
  return row?.id;
}

/** New requests, oldest first, for the today list (at most `limit`). */
export function findNewRequests(db: Database, limit: number) {
  return db
    .select({
      id: consultationRequests.id,
      name: consultationRequests.name,
      receivedOn: sql<string>`to_char(${consultationRequests.receivedAt} at time zone 'Asia/Tokyo', 'YYYY-MM-DD')`,
    })
    .from(consultationRequests)
    .where(eq(consultationRequests.status, "new"))
    .orderBy(consultationRequests.receivedAt, consultationRequests.id)
    .limit(limit);
}

/** A request as the audit trail names it: the day it came and the name given. */
export async function findRequestNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({
      id: consultationRequests.id,
      day: sql<string>`to_char(${consultationRequests.receivedAt} at time zone 'Asia/Tokyo', 'YYYY-MM-DD')`,
      name: consultationRequests.name,
    })
    .from(consultationRequests)
    .where(inArray(consultationRequests.id, uuids));
  return new Map(rows.map((row) => [row.id, `${row.day}・${row.name}`]));
}
