import { toSearchKey } from "@otagai/shared/japanese/kana";
import { officerRoles } from "@otagai/shared/network/officers";
import {
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  like,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { containsPattern, countUpTo, type ListTotal } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { memberOrganizations } from "../members/members.tables.ts";
import { officers } from "./officers.tables.ts";

export type OfficerValues = typeof officers.$inferInsert;
export type OfficerRow = typeof officers.$inferSelect & { memberOrganizationName: string | null };

export type OfficerFilter = {
  q?: string | undefined;
  role?: string | undefined;
  term?: "current" | "past" | "future" | undefined;
};

/** The seed's order of roles (理事長, 専務理事, 副理事長, 理事, 監事) as a sortable number. */
const roleOrder = sql`array_position(array[${sql.join(
  officerRoles.map((role) => sql`${role}`),
  sql`, `,
)}]::text[], ${officers.role})`;

const withOrganization = { officer: officers, memberOrganizationName: memberOrganizations.name };
type JoinedRow = { officer: typeof officers.$inferSelect; memberOrganizationName: string | null };
const flatten = (row: JoinedRow): OfficerRow => ({
  ...row.officer,
  memberOrganizationName: row.memberOrganizationName,
});

/** The reading in 五十音 order's key, kept in step with the reading on every write. */
export function officerKeysOf(officer: { nameKana: string }) {
  return { readingKey: toSearchKey(officer.nameKana) };
}

/** Holding `day`: start <= day <= end (both included). */
function holdingOn(day: string): SQL | undefined {
  return and(lte(officers.termStartsOn, day), gte(officers.termEndsOn, day));
}

function termCondition(term: OfficerFilter["term"], today: string): SQL | undefined {
  if (term === "current") return holdingOn(today);
  if (term === "past") return lt(officers.termEndsOn, today);
  if (term === "future") return gt(officers.termStartsOn, today);
  return undefined;
}

/** Name (as typed) or reading (folded as the key is: either kana script or width). */
function searchCondition(q: string | undefined): SQL | undefined {
  const words = q?.trim() ?? "";
  if (!words) return undefined;
  const key = toSearchKey(words);
  return or(
    ilike(officers.name, containsPattern(words)),
    key ? like(officers.readingKey, containsPattern(key)) : undefined,
  );
}

/** Every term, the latest first, then in the board's order; totals capped (ADR 013). */
export async function findOfficers(
  db: Database,
  filter: OfficerFilter & { page: number; pageSize: number },
  today: string,
): Promise<{ rows: OfficerRow[] } & ListTotal> {
  const where = and(
    searchCondition(filter.q),
    filter.role ? eq(officers.role, filter.role) : undefined,
    termCondition(filter.term, today),
  );
  const [rows, total] = await Promise.all([
    db
      .select(withOrganization)
      .from(officers)
      .leftJoin(memberOrganizations, eq(memberOrganizations.id, officers.memberOrganizationId))
      .where(where)
      .orderBy(
        desc(officers.termStartsOn),
        roleOrder,
        sql`${officers.readingKey} collate "C"`,
        asc(officers.id),
      )
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, officers, where),
  ]);
  return { rows: rows.map(flatten), ...total };
}

/** The board as of `day`: 理事長, 専務理事, 副理事長, 理事, 監事, each by reading (五十音). */
export async function findBoard(db: Database, day: string): Promise<OfficerRow[]> {
  const rows = await db
    .select(withOrganization)
    .from(officers)
    .leftJoin(memberOrganizations, eq(memberOrganizations.id, officers.memberOrganizationId))
    .where(holdingOn(day))
    .orderBy(roleOrder, sql`${officers.readingKey} collate "C"`, asc(officers.id))
    .limit(500);
  return rows.map(flatten);
}

export async function getOfficer(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<OfficerRow | undefined> {
  const query = db
    .select(withOrganization)
    .from(officers)
    .leftJoin(memberOrganizations, eq(memberOrganizations.id, officers.memberOrganizationId))
    .where(eq(officers.id, id));
  const [row] = await (options.forUpdate ? query.for("update", { of: officers }) : query);
  return row ? flatten(row) : undefined;
}

export async function memberOrganizationExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberOrganizations.id })
    .from(memberOrganizations)
    .where(eq(memberOrganizations.id, id));
  return row !== undefined;
}

export async function insertOfficer(db: Database, values: OfficerValues): Promise<string> {
  const [row] = await db.insert(officers).values(values).returning({ id: officers.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** Version-checked: false when someone saved first. */
export async function updateOfficer(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<OfficerValues>,
): Promise<boolean> {
  const rows = await db
    .update(officers)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${officers.version} + 1` })
    .where(and(eq(officers.id, current.id), eq(officers.version, current.version)))
    .returning({ id: officers.id });
  return rows.length > 0;
}

export async function deleteOfficer(db: Database, id: string): Promise<boolean> {
  const rows = await db.delete(officers).where(eq(officers.id, id)).returning({ id: officers.id });
  return rows.length > 0;
}

/** Other terms of the same role sharing at least one day with [starts, ends]. */
export function findOverlappingTerms(
  db: Database,
  term: { id?: string; role: string; termStartsOn: string; termEndsOn: string },
) {
  return db
    .select({
      id: officers.id,
      name: officers.name,
      role: officers.role,
      termStartsOn: officers.termStartsOn,
      termEndsOn: officers.termEndsOn,
    })
    .from(officers)
    .where(
      and(
        eq(officers.role, term.role),
        lte(officers.termStartsOn, term.termEndsOn),
        gte(officers.termEndsOn, term.termStartsOn),
        term.id ? ne(officers.id, term.id) : undefined,
      ),
    )
    .orderBy(asc(officers.termStartsOn), asc(officers.id))
    .limit(20);
}

/** Terms ending from `today` to `today + aheadDays` (both included), soonest first. */
export function findTermsEnding(db: Database, window: { today: string; aheadDays: number; limit: number }) {
  return db
    .select({ id: officers.id, name: officers.name, role: officers.role, termEndsOn: officers.termEndsOn })
    .from(officers)
    .where(
      and(
        gte(officers.termEndsOn, window.today),
        sql`${officers.termEndsOn} <= ${window.today}::date + ${window.aheadDays}::int`,
      ),
    )
    .orderBy(asc(officers.termEndsOn), roleOrder, sql`${officers.readingKey} collate "C"`)
    .limit(window.limit);
}

/** Names by id, for the audit trail. */
export async function findOfficerNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: officers.id, name: officers.name })
    .from(officers)
    .where(inArray(officers.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
