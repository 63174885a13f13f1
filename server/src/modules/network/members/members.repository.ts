import { toSearchKey } from "@otagai/shared/japanese/kana";
import { and, asc, desc, eq, inArray, isNull, like, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { containsPattern, countUpTo, type ListTotal } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { nameSearchKeysOf } from "../../support/participants/participant-keys.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";
import { workplaceProspects } from "../prospects/prospects.tables.ts";
import { memberDues, memberOrganizations } from "./members.tables.ts";

export type MemberRow = typeof memberOrganizations.$inferSelect;
export type MemberValues = typeof memberOrganizations.$inferInsert;
export type DuesRow = typeof memberDues.$inferSelect;

export type MemberFilter = {
  q?: string | undefined;
  kind?: string | undefined;
  field?: string | undefined;
  area?: string | undefined;
  status?: string | undefined;
};

/** The derived columns, kept in step with the name and reading on every write (as for workplaces). */
export function memberKeysOf(member: { name: string; nameKana: string }) {
  const { searchKey, readingKey } = nameSearchKeysOf(member.name, member.nameKana);
  return { searchKey, readingKey };
}

/** Name or reading, partial, folded as the keys are: three characters or more use the trigram index. */
function searchCondition(q: string | undefined): SQL | undefined {
  const key = q ? toSearchKey(q) : "";
  return key ? like(memberOrganizations.searchKey, containsPattern(key)) : undefined;
}

function listCondition(filter: MemberFilter): SQL | undefined {
  return and(
    searchCondition(filter.q),
    filter.kind ? eq(memberOrganizations.kind, filter.kind) : undefined,
    filter.field ? sql`${memberOrganizations.fields} @> array[${filter.field}]::text[]` : undefined,
    filter.area ? like(memberOrganizations.area, containsPattern(filter.area)) : undefined,
    filter.status ? eq(memberOrganizations.status, filter.status) : undefined,
  );
}

const gojuonOrder = [sql`${memberOrganizations.readingKey} collate "C"`, asc(memberOrganizations.id)];

/** A page of organizations in 五十音順 (the reading in byte order, the sort index); totals capped. */
export async function findMembers(
  db: Database,
  filter: MemberFilter & { page: number; pageSize: number },
): Promise<{ rows: MemberRow[] } & ListTotal> {
  const where = listCondition(filter);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(memberOrganizations)
      .where(where)
      .orderBy(...gojuonOrder)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, memberOrganizations, where),
  ]);
  return { rows, ...total };
}

/** Every organization the filters match, up to `limit`, in 五十音順 (the export). */
export function findMembersUpTo(db: Database, filter: MemberFilter, limit: number): Promise<MemberRow[]> {
  return db
    .select()
    .from(memberOrganizations)
    .where(listCondition(filter))
    .orderBy(...gojuonOrder)
    .limit(limit);
}

/** Active and resting members for pickers, 五十音順, at most `limit`. */
export function findMemberOptions(
  db: Database,
  q: string | undefined,
  limit: number,
): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: memberOrganizations.id, name: memberOrganizations.name })
    .from(memberOrganizations)
    .where(and(searchCondition(q), inArray(memberOrganizations.status, ["active", "resting"])))
    .orderBy(...gojuonOrder)
    .limit(limit);
}

export async function getMember(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MemberRow | undefined> {
  const query = db.select().from(memberOrganizations).where(eq(memberOrganizations.id, id));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function insertMember(db: Database, values: MemberValues): Promise<MemberRow> {
  const [row] = await db.insert(memberOrganizations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: undefined when someone saved first. The trigger mirrors the identity to a linked workplace. */
export async function updateMember(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<MemberValues>,
): Promise<MemberRow | undefined> {
  const [row] = await db
    .update(memberOrganizations)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${memberOrganizations.version} + 1` })
    .where(and(eq(memberOrganizations.id, current.id), eq(memberOrganizations.version, current.version)))
    .returning();
  return row;
}

/** The partner workplace and the prospect linked to an organization (each at most one, unique indexes). */
export async function findLinks(db: Database, id: string) {
  const [workplace] = await db
    .select({ id: partnerWorkplaces.id, name: partnerWorkplaces.name, status: partnerWorkplaces.status })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.memberOrganizationId, id));
  const [prospect] = await db
    .select({ id: workplaceProspects.id, stage: workplaceProspects.stage })
    .from(workplaceProspects)
    .where(eq(workplaceProspects.memberOrganizationId, id));
  return { workplace: workplace ?? null, prospect: prospect ?? null };
}

/** Organizations with one of these readings: id and name by reading key (the import's duplicates). */
export async function findMembersByReading(db: Database, readingKeys: string[]) {
  const found = new Map<string, { id: string; name: string }>();
  for (let start = 0; start < readingKeys.length; start += 1000) {
    const rows = await db
      .select({
        id: memberOrganizations.id,
        name: memberOrganizations.name,
        readingKey: memberOrganizations.readingKey,
      })
      .from(memberOrganizations)
      .where(inArray(memberOrganizations.readingKey, readingKeys.slice(start, start + 1000)));
    for (const row of rows) found.set(row.readingKey, { id: row.id, name: row.name });
  }
  return found;
}

// ── Counts ──────────────────────────────────────────────────────────────────────

/** Members on `on`: joined on or before it, and not yet left (left_on after it or none). */
export async function countMembersOn(db: Database, on: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberOrganizations)
    .where(
      sql`${memberOrganizations.joinedOn} <= ${on}::date and (${memberOrganizations.leftOn} is null or ${memberOrganizations.leftOn} > ${on}::date)`,
    );
  return row?.count ?? 0;
}

/** Per fiscal year from `from` to `to`: the members on April 1, and those who joined and left in the year. */
export async function countMembersByYear(
  db: Database,
  from: number,
  to: number,
): Promise<{ fiscalYear: number; count: number; joined: number; left: number }[]> {
  const result: unknown = await db.execute(sql`
    select year::int as fiscal_year,
      (select count(*) from member_organizations m
        where m.joined_on <= make_date(year, 4, 1)
          and (m.left_on is null or m.left_on > make_date(year, 4, 1)))::int as count,
      (select count(*) from member_organizations m
        where m.joined_on >= make_date(year, 4, 1) and m.joined_on < make_date(year + 1, 4, 1))::int as joined,
      (select count(*) from member_organizations m
        where m.left_on >= make_date(year, 4, 1) and m.left_on < make_date(year + 1, 4, 1))::int as left
    from generate_series(${from}::int, ${to}::int) as year
    order by year`);
  type CountRow = { fiscal_year: number; count: number; joined: number; left: number };
  // PGlite and node-postgres both answer { rows }; postgres-js answers the array itself.
  const rows = (Array.isArray(result) ? result : (result as { rows: CountRow[] }).rows) as CountRow[];
  return rows.map((row) => ({
    fiscalYear: Number(row.fiscal_year),
    count: Number(row.count),
    joined: Number(row.joined),
    left: Number(row.left),
  }));
}

// ── Dues ────────────────────────────────────────────────────────────────────────

export function findDuesOf(db: Database, memberOrganizationId: string): Promise<DuesRow[]> {
  return db
    .select()
    .from(memberDues)
    .where(eq(memberDues.memberOrganizationId, memberOrganizationId))
    .orderBy(desc(memberDues.fiscalYear));
}

export async function getDues(
  db: Database,
  memberOrganizationId: string,
  fiscalYear: number,
): Promise<DuesRow | undefined> {
  const [row] = await db
    .select()
    .from(memberDues)
    .where(
      and(eq(memberDues.memberOrganizationId, memberOrganizationId), eq(memberDues.fiscalYear, fiscalYear)),
    )
    .for("update");
  return row;
}

export async function insertDues(db: Database, values: typeof memberDues.$inferInsert): Promise<DuesRow> {
  const [row] = await db.insert(memberDues).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateDues(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<typeof memberDues.$inferInsert>,
): Promise<DuesRow | undefined> {
  const [row] = await db
    .update(memberDues)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${memberDues.version} + 1` })
    .where(and(eq(memberDues.id, current.id), eq(memberDues.version, current.version)))
    .returning();
  return row;
}

/** Dues with their organization's name, latest year first then 五十音順; unpaid only when asked. */
export async function findDues(
  db: Database,
  filter: { fiscalYear?: number | undefined; unpaid?: boolean | undefined },
  limit: number,
) {
  return db
    .select({
      dues: memberDues,
      organizationName: memberOrganizations.name,
      organizationStatus: memberOrganizations.status,
    })
    .from(memberDues)
    .innerJoin(memberOrganizations, eq(memberOrganizations.id, memberDues.memberOrganizationId))
    .where(
      and(
        filter.fiscalYear === undefined ? undefined : eq(memberDues.fiscalYear, filter.fiscalYear),
        filter.unpaid === undefined
          ? undefined
          : filter.unpaid
            ? isNull(memberDues.paidOn)
            : sql`${memberDues.paidOn} is not null`,
      ),
    )
    .orderBy(
      desc(memberDues.fiscalYear),
      sql`${memberOrganizations.readingKey} collate "C"`,
      asc(memberDues.id),
    )
    .limit(limit);
}

// ── Audit labels ───────────────────────────────────────────────────────────────

/** Names by id, for the audit trail. */
export async function findMemberNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: memberOrganizations.id, name: memberOrganizations.name })
    .from(memberOrganizations)
    .where(inArray(memberOrganizations.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** "Name FY2025" by dues id, for the audit trail. */
export async function findDuesNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: memberDues.id, name: memberOrganizations.name, fiscalYear: memberDues.fiscalYear })
    .from(memberDues)
    .innerJoin(memberOrganizations, eq(memberOrganizations.id, memberDues.memberOrganizationId))
    .where(inArray(memberDues.id, uuids));
  return new Map(rows.map((row) => [row.id, `${row.name} ${row.fiscalYear}`]));
}
