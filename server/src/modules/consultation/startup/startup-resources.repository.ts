import { and, asc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { countUpTo, type ListTotal, wordsInAny } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { users } from "../../users/users.tables.ts";
import { consultationStartupResources, startupResources } from "./startup-resources.tables.ts";

export type StartupResourceRow = typeof startupResources.$inferSelect;
export type StartupResourceValues = typeof startupResources.$inferInsert;

export type StartupResourceFilter = {
  q?: string | undefined;
  kind?: string | undefined;
  tag?: string | undefined;
  /** Only grants whose window includes this day ("YYYY-MM-DD"). */
  openOn?: string | undefined;
  includeInactive?: boolean | undefined;
};

/**
 * A grant whose application window includes `day`: an open end on either side counts as open
 * (a window with no closing day is open from its opening day on).
 */
function windowOpenOn(day: string): SQL {
  return sql`${startupResources.kind} = 'grant'
    and (${startupResources.windowOpensOn} is null or ${startupResources.windowOpensOn} <= ${day}::date)
    and (${startupResources.windowClosesOn} is null or ${startupResources.windowClosesOn} >= ${day}::date)
    and (${startupResources.windowOpensOn} is not null or ${startupResources.windowClosesOn} is not null)`;
}

function listCondition(filter: StartupResourceFilter): SQL | undefined {
  return and(
    filter.includeInactive ? undefined : eq(startupResources.active, true),
    wordsInAny(filter.q, [startupResources.title]),
    filter.kind ? eq(startupResources.kind, filter.kind) : undefined,
    filter.tag ? sql`${filter.tag} = any(${startupResources.tags})` : undefined,
    filter.openOn ? windowOpenOn(filter.openOn) : undefined,
  );
}

/** A page of entries: grants first by closing day (the soonest first), then guides by title. */
export async function findStartupResources(
  db: Database,
  filter: StartupResourceFilter & { page: number; pageSize: number },
): Promise<{ rows: StartupResourceRow[] } & ListTotal> {
  const where = listCondition(filter);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(startupResources)
      .where(where)
      .orderBy(
        asc(startupResources.kind),
        sql`${startupResources.windowClosesOn} asc nulls last`,
        asc(startupResources.title),
        asc(startupResources.id),
      )
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, startupResources, where),
  ]);
  return { rows, ...total };
}

/** Every tag an entry in use carries, in order. */
export async function findStartupTags(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ tag: sql<string>`unnest(${startupResources.tags})`.as("tag") })
    .from(startupResources)
    .where(eq(startupResources.active, true))
    .orderBy(sql`tag`)
    .limit(500);
  return rows.map((row) => row.tag);
}

/**
 * Active grants open on `today` (Japan), soonest closing first: the public site's list (later) reads
 * these; nothing personal is in them.
 */
export function findOpenGrants(db: Database, today: string): Promise<StartupResourceRow[]> {
  return db
    .select()
    .from(startupResources)
    .where(and(eq(startupResources.active, true), windowOpenOn(today)))
    .orderBy(sql`${startupResources.windowClosesOn} asc nulls last`, asc(startupResources.title))
    .limit(500);
}

export async function getStartupResource(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<StartupResourceRow | undefined> {
  const query = db.select().from(startupResources).where(eq(startupResources.id, id));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function insertStartupResource(
  db: Database,
  values: StartupResourceValues,
): Promise<StartupResourceRow> {
  const [row] = await db.insert(startupResources).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: undefined when someone saved first. */
export async function updateStartupResource(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<StartupResourceValues>,
): Promise<StartupResourceRow | undefined> {
  const [row] = await db
    .update(startupResources)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${startupResources.version} + 1` })
    .where(and(eq(startupResources.id, current.id), eq(startupResources.version, current.version)))
    .returning();
  return row;
}

// ── Links to 起業相談 consultations ──────────────────────────────────────────────

export type LinkedRow = StartupResourceRow & { linkedAt: Date; linkedByName: string | null };

/** The entries linked to a consultation, in the order they were linked. */
export async function findLinkedResources(db: Database, consultationId: string): Promise<LinkedRow[]> {
  const rows = await db
    .select({
      resource: startupResources,
      linkedAt: consultationStartupResources.linkedAt,
      linkedByName: users.displayName,
    })
    .from(consultationStartupResources)
    .innerJoin(startupResources, eq(startupResources.id, consultationStartupResources.resourceId))
    .leftJoin(users, eq(users.id, consultationStartupResources.linkedBy))
    .where(eq(consultationStartupResources.consultationId, consultationId))
    .orderBy(asc(consultationStartupResources.linkedAt), asc(startupResources.title));
  return rows.map((row) => ({ ...row.resource, linkedAt: row.linkedAt, linkedByName: row.linkedByName }));
}

/** Links once: false when the entry was already linked. */
export async function insertLink(
  db: Database,
  link: { consultationId: string; resourceId: string; linkedBy: string },
): Promise<boolean> {
  const rows = await db
    .insert(consultationStartupResources)
    .values(link)
    .onConflictDoNothing()
    .returning({ resourceId: consultationStartupResources.resourceId });
  return rows.length > 0;
}

/** False when there was no such link. */
export async function deleteLink(db: Database, consultationId: string, resourceId: string): Promise<boolean> {
  const rows = await db
    .delete(consultationStartupResources)
    .where(
      and(
        eq(consultationStartupResources.consultationId, consultationId),
        eq(consultationStartupResources.resourceId, resourceId),
      ),
    )
    .returning({ resourceId: consultationStartupResources.resourceId });
  return rows.length > 0;
}

// ── The today list ─────────────────────────────────────────────────────────────

type DateColumn = typeof startupResources.windowOpensOn | typeof startupResources.windowClosesOn;

export type WindowEventRow = {
  id: string;
  title: string;
  provider: string;
  event: "opens" | "closes";
  on: string;
};

/**
 * Active grants whose window opens or closes from `today` to `today + aheadDays` (both included):
 * one row per event, soonest first.
 */
export async function findWindowEvents(
  db: Database,
  window: { today: string; aheadDays: number; limit: number },
): Promise<WindowEventRow[]> {
  const within = (column: DateColumn) =>
    and(
      isNotNull(column),
      sql`${column} >= ${window.today}::date`,
      sql`${column} <= ${window.today}::date + ${window.aheadDays}::int`,
    );
  const base = and(eq(startupResources.kind, "grant"), eq(startupResources.active, true));
  const pick = (event: "opens" | "closes", column: DateColumn) =>
    db
      .select({
        id: startupResources.id,
        title: startupResources.title,
        provider: startupResources.provider,
        on: sql<string>`${column}::text`,
      })
      .from(startupResources)
      .where(and(base, within(column)))
      .orderBy(asc(column), asc(startupResources.title))
      .limit(window.limit)
      .then((rows) => rows.map((row) => ({ ...row, event })));
  const [opens, closes] = await Promise.all([
    pick("opens", startupResources.windowOpensOn),
    pick("closes", startupResources.windowClosesOn),
  ]);
  return [...opens, ...closes];
}

/** Titles by id, for the audit trail. */
export async function findStartupResourceNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: startupResources.id, title: startupResources.title })
    .from(startupResources)
    .where(inArray(startupResources.id, uuids));
  return new Map(rows.map((row) => [row.id, row.title]));
}
