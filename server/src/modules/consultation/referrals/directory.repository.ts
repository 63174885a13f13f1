import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { wordsInAny } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { advisors, agencies } from "./referrals.tables.ts";

export type AgencyRow = typeof agencies.$inferSelect;
export type AgencyValues = typeof agencies.$inferInsert;
export type AdvisorRow = typeof advisors.$inferSelect;
export type AdvisorValues = typeof advisors.$inferInsert;

/** The directory is small (tens of agencies): the whole match, by name, without pages. */
const directoryLimit = 500;

// ── Agencies ───────────────────────────────────────────────────────────────────

export function findAgencies(
  db: Database,
  filter: { q?: string | undefined; kind?: string | undefined; includeInactive: boolean },
): Promise<AgencyRow[]> {
  const where: (SQL | undefined)[] = [
    wordsInAny(filter.q, [agencies.name, agencies.handles]),
    filter.kind ? eq(agencies.kind, filter.kind) : undefined,
    filter.includeInactive ? undefined : eq(agencies.active, true),
  ];
  return db
    .select()
    .from(agencies)
    .where(and(...where))
    .orderBy(asc(agencies.kind), asc(agencies.name))
    .limit(directoryLimit);
}

export async function getAgency(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AgencyRow | undefined> {
  const query = db.select().from(agencies).where(eq(agencies.id, id));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

/** Another agency of the same name (the unique index is on the name as stored, trimmed by the schema). */
export async function findAgencyByName(db: Database, name: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.name, name));
  return row;
}

export async function insertAgency(db: Database, values: AgencyValues): Promise<AgencyRow> {
  const [row] = await db.insert(agencies).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: undefined when someone saved first. */
export async function updateAgency(
  db: Database,
  current: AgencyRow,
  changes: Partial<AgencyValues>,
): Promise<AgencyRow | undefined> {
  const [row] = await db
    .update(agencies)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${agencies.version} + 1` })
    .where(and(eq(agencies.id, current.id), eq(agencies.version, current.version)))
    .returning();
  return row;
}

// ── Advisors ───────────────────────────────────────────────────────────────────

export function findAdvisors(
  db: Database,
  filter: { field?: string | undefined; includeInactive: boolean },
): Promise<AdvisorRow[]> {
  return db
    .select()
    .from(advisors)
    .where(
      and(
        filter.field ? eq(advisors.field, filter.field) : undefined,
        filter.includeInactive ? undefined : eq(advisors.active, true),
      ),
    )
    .orderBy(asc(advisors.field), asc(advisors.name))
    .limit(directoryLimit);
}

export async function getAdvisor(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AdvisorRow | undefined> {
  const query = db.select().from(advisors).where(eq(advisors.id, id));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function insertAdvisor(db: Database, values: AdvisorValues): Promise<AdvisorRow> {
  const [row] = await db.insert(advisors).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateAdvisor(
  db: Database,
  current: AdvisorRow,
  changes: Partial<AdvisorValues>,
): Promise<AdvisorRow | undefined> {
  const [row] = await db
    .update(advisors)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${advisors.version} + 1` })
    .where(and(eq(advisors.id, current.id), eq(advisors.version, current.version)))
    .returning();
  return row;
}

// ── The audit trail's names ────────────────────────────────────────────────────

export async function findAgencyNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function findAdvisorNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: advisors.id, name: advisors.name })
    .from(advisors)
    .where(inArray(advisors.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
