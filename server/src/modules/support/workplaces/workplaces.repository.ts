import { toSearchKey } from "@otagai/shared/japanese/kana";
import { and, asc, desc, eq, gte, inArray, like, lte, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { containsPattern, countUpTo, type ListTotal } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { nameSearchKeysOf } from "../participants/participant-keys.ts";
import { placements } from "../placements/placements.tables.ts";
import { partnerWorkplaces, workplaceCertifications } from "./workplaces.tables.ts";

export type WorkplaceRow = typeof partnerWorkplaces.$inferSelect;
export type WorkplaceValues = typeof partnerWorkplaces.$inferInsert;
export type CertificationRow = typeof workplaceCertifications.$inferSelect;
export type CertificationValues = typeof workplaceCertifications.$inferInsert;

export type WorkplaceFilter = {
  q?: string | undefined;
  workKind?: string | undefined;
  area?: string | undefined;
  status?: string | undefined;
  certified?: boolean | undefined;
  freeCapacity?: boolean | undefined;
};

/** A workplace with its places free today (freeCapacityOn). */
export type WorkplaceWithFreeRow = WorkplaceRow & { freeCapacity: number };

/** The derived columns, kept in step with the name and reading on every write (as for participants). */
export function workplaceKeysOf(workplace: { name: string; nameKana: string }) {
  const { searchKey, readingKey } = nameSearchKeysOf(workplace.name, workplace.nameKana);
  return { searchKey, readingKey };
}

/** A certification of the workplace valid on `day`. */
function certifiedOn(day: string): SQL {
  return sql`exists (select 1 from ${workplaceCertifications} where ${and(
    eq(workplaceCertifications.workplaceId, partnerWorkplaces.id),
    lte(workplaceCertifications.validFrom, day),
    gte(workplaceCertifications.validUntil, day),
  )})`;
}

/**
 * The workplace's places free on `day`: its capacity less its planned or ongoing placements whose
 * period holds that day, never below 0. A column of the list's one query (placements_workplace_idx).
 */
function freeCapacityOn(day: string): SQL<number> {
  return sql<number>`greatest(${partnerWorkplaces.traineeCapacity} - (select count(*)::int from ${placements} where ${and(
    eq(placements.workplaceId, partnerWorkplaces.id),
    inArray(placements.status, ["planned", "ongoing"]),
    lte(placements.startOn, day),
    gte(placements.endOn, day),
  )}), 0)`;
}

/**
 * Name or reading, partial, folded as the keys are (either kana script or width, variant kanji).
 * Three characters or more go through the trigram index; shorter ones scan, which a few thousand
 * workplaces at most afford (participants need their bigram index; workplaces do not).
 */
function searchCondition(q: string | undefined): SQL | undefined {
  const key = q ? toSearchKey(q) : "";
  return key ? like(partnerWorkplaces.searchKey, containsPattern(key)) : undefined;
}

function listCondition(filter: WorkplaceFilter, today: string): SQL | undefined {
  return and(
    searchCondition(filter.q),
    filter.workKind ? sql`${partnerWorkplaces.workKinds} @> array[${filter.workKind}]::text[]` : undefined,
    filter.area ? like(partnerWorkplaces.area, containsPattern(filter.area)) : undefined,
    filter.status ? eq(partnerWorkplaces.status, filter.status) : undefined,
    filter.certified === undefined
      ? undefined
      : filter.certified
        ? certifiedOn(today)
        : sql`not ${certifiedOn(today)}`,
    filter.freeCapacity === undefined
      ? undefined
      : filter.freeCapacity
        ? sql`${freeCapacityOn(today)} > 0`
        : sql`${freeCapacityOn(today)} = 0`,
  );
}

/** A page of workplaces in 五十音順 (reading in byte order, the sort index), then id; totals capped (ADR 013). */
export async function findWorkplaces(
  db: Database,
  filter: WorkplaceFilter & { page: number; pageSize: number },
  today: string,
): Promise<{ rows: WorkplaceWithFreeRow[] } & ListTotal> {
  const where = listCondition(filter, today);
  const [rows, total] = await Promise.all([
    db
      .select({ workplace: partnerWorkplaces, freeCapacity: freeCapacityOn(today) })
      .from(partnerWorkplaces)
      .where(where)
      .orderBy(sql`${partnerWorkplaces.readingKey} collate "C"`, asc(partnerWorkplaces.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, partnerWorkplaces, where),
  ]);
  return { rows: rows.map((row) => ({ ...row.workplace, freeCapacity: row.freeCapacity })), ...total };
}

/** One workplace's places free on `day` (its page). */
export async function getFreeCapacity(db: Database, id: string, day: string): Promise<number> {
  const [row] = await db
    .select({ freeCapacity: freeCapacityOn(day) })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.id, id));
  return row?.freeCapacity ?? 0;
}

export async function getWorkplace(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<WorkplaceRow | undefined> {
  const query = db.select().from(partnerWorkplaces).where(eq(partnerWorkplaces.id, id));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function insertWorkplace(db: Database, values: WorkplaceValues): Promise<WorkplaceRow> {
  const [row] = await db.insert(partnerWorkplaces).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Every edit of a workplace: bumps the version and updated_at, and applies only while the stored
 * version is the one `current` was read at (undefined: someone saved first).
 */
export async function updateWorkplace(
  db: Database,
  current: WorkplaceRow,
  changes: Partial<WorkplaceValues>,
): Promise<WorkplaceRow | undefined> {
  const [row] = await db
    .update(partnerWorkplaces)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${partnerWorkplaces.version} + 1` })
    .where(and(eq(partnerWorkplaces.id, current.id), eq(partnerWorkplaces.version, current.version)))
    .returning();
  return row;
}

// ── Certifications (認定就労訓練事業) ──────────────────────────────────────────

/** A workplace's certifications, the latest end first. */
export function findCertifications(db: Database, workplaceId: string): Promise<CertificationRow[]> {
  return db
    .select()
    .from(workplaceCertifications)
    .where(eq(workplaceCertifications.workplaceId, workplaceId))
    .orderBy(desc(workplaceCertifications.validUntil), desc(workplaceCertifications.validFrom));
}

/** The certification valid on `day` of each workplace (the one ending last, when several are). */
export async function findCertificationsValidOn(
  db: Database,
  workplaceIds: string[],
  day: string,
): Promise<Map<string, CertificationRow>> {
  if (workplaceIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(workplaceCertifications)
    .where(
      and(
        inArray(workplaceCertifications.workplaceId, workplaceIds),
        lte(workplaceCertifications.validFrom, day),
        gte(workplaceCertifications.validUntil, day),
      ),
    )
    .orderBy(desc(workplaceCertifications.validUntil));
  const byWorkplace = new Map<string, CertificationRow>();
  for (const row of rows) if (!byWorkplace.has(row.workplaceId)) byWorkplace.set(row.workplaceId, row);
  return byWorkplace;
}

/** A certification of this workplace (another workplace's answers undefined), optionally locked. */
export async function getCertification(
  db: Database,
  workplaceId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CertificationRow | undefined> {
  const query = db
    .select()
    .from(workplaceCertifications)
    .where(and(eq(workplaceCertifications.id, id), eq(workplaceCertifications.workplaceId, workplaceId)));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function insertCertification(
  db: Database,
  values: CertificationValues,
): Promise<CertificationRow> {
  const [row] = await db.insert(workplaceCertifications).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked like updateWorkplace. */
export async function updateCertification(
  db: Database,
  current: CertificationRow,
  changes: Partial<CertificationValues>,
): Promise<CertificationRow | undefined> {
  const [row] = await db
    .update(workplaceCertifications)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${workplaceCertifications.version} + 1` })
    .where(
      and(eq(workplaceCertifications.id, current.id), eq(workplaceCertifications.version, current.version)),
    )
    .returning();
  return row;
}

export async function deleteCertification(db: Database, workplaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(workplaceCertifications)
    .where(and(eq(workplaceCertifications.id, id), eq(workplaceCertifications.workplaceId, workplaceId)))
    .returning({ id: workplaceCertifications.id });
  return rows.length > 0;
}

// ── The today list ─────────────────────────────────────────────────────────────

export type ExpiringCertificationRow = {
  workplaceId: string;
  name: string;
  validUntil: string;
};

/**
 * The latest certification (the one ending last) of each active or paused workplace, when it ends
 * from `daysAgo` days before `today` to `daysAhead` days after it: a renewal that reaches further
 * hides the one it replaces.
 */
export async function findExpiringCertifications(
  db: Database,
  window: { today: string; daysAgo: number; daysAhead: number; limit: number },
): Promise<ExpiringCertificationRow[]> {
  const latest = db
    .select({ validUntil: workplaceCertifications.validUntil })
    .from(workplaceCertifications)
    .where(eq(workplaceCertifications.workplaceId, partnerWorkplaces.id))
    .orderBy(desc(workplaceCertifications.validUntil))
    .limit(1)
    .as("latest");
  return db
    .select({
      workplaceId: partnerWorkplaces.id,
      name: partnerWorkplaces.name,
      validUntil: latest.validUntil,
    })
    .from(partnerWorkplaces)
    .innerJoinLateral(latest, sql`true`)
    .where(
      and(
        inArray(partnerWorkplaces.status, ["active", "paused"]),
        sql`${latest.validUntil} >= ${window.today}::date - ${window.daysAgo}::int`,
        sql`${latest.validUntil} <= ${window.today}::date + ${window.daysAhead}::int`,
      ),
    )
    .orderBy(asc(latest.validUntil), asc(partnerWorkplaces.id))
    .limit(window.limit);
}

// ── The audit trail's names ────────────────────────────────────────────────────

/** Workplace names by id, for the audit trail. */
export async function findWorkplaceNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: partnerWorkplaces.id, name: partnerWorkplaces.name })
    .from(partnerWorkplaces)
    .where(inArray(partnerWorkplaces.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A certification as the audit trail names it: the workplace and the certificate's number. */
export async function findCertificationNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({
      id: workplaceCertifications.id,
      name: partnerWorkplaces.name,
      number: workplaceCertifications.number,
    })
    .from(workplaceCertifications)
    .innerJoin(partnerWorkplaces, eq(partnerWorkplaces.id, workplaceCertifications.workplaceId))
    .where(inArray(workplaceCertifications.id, uuids));
  return new Map(rows.map((row) => [row.id, `${row.name}（${row.number}）`]));
}
