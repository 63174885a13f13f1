import { birthDatesForAges } from "@otagai/shared/japanese/age";
import { toSearchKey } from "@otagai/shared/japanese/kana";
import type { ageBands } from "@otagai/shared/support/participants";
import { type AnyColumn, and, asc, desc, eq, gt, inArray, like, lte, type SQL, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import {
  cappedCountColumn,
  containsPattern,
  countUpTo,
  type ListTotal,
  totalOfPage,
} from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { caseVisibleTo } from "../cases/cases.policy.ts";
import { cases } from "../cases/cases.tables.ts";
import { notMerged, participantVisibleTo } from "./participants.policy.ts";
import { participants } from "./participants.tables.ts";

export type ParticipantRow = typeof participants.$inferSelect;

/**
 * What a list, a search result or a duplicate match reads of a person: the summary's columns only
 * (participants.presenter.ts presentParticipantSummary), not the 29 of a whole row with its search
 * keys and notes: a page of 20 parses a quarter of the data, and nothing more leaves the database.
 */
export const summaryColumns = {
  id: participants.id,
  familyName: participants.familyName,
  givenName: participants.givenName,
  familyNameKana: participants.familyNameKana,
  givenNameKana: participants.givenNameKana,
  birthDate: participants.birthDate,
};
export type ParticipantSummaryRow = Pick<ParticipantRow, keyof typeof summaryColumns>;
export type { SensitiveRow } from "./sensitive-section.repository.ts";
export type CaseSummaryRow = Pick<
  typeof cases.$inferSelect,
  "id" | "participantId" | "programId" | "status" | "leadCoordinatorId" | "openedOn"
>;

export type ParticipantFilter = {
  q?: string | undefined;
  programId?: string | undefined;
  caseStatus?: string | undefined;
  coordinatorId?: string | undefined;
  ageBand?: (typeof ageBands)[number] | undefined;
};

const kanaCharacter = /^[\u3041-\u309F\u30A0-\u30FF]$/u;

/**
 * The search, answered by an index in every case (ADR 015): the key is folded by toSearchKey (one
 * kana script and width, variant kanji folded), then
 * - 3 characters or more: contained in search_key (name and reading), through the trigram index;
 * - 2 characters (高橋, さと): one of the key's two-character pieces, through the GIN index on
 *   bigram_keys (a trigram index cannot answer them);
 * - 1 character: the reading starts with it (kana: a range on the 五十音 index), or the name does
 *   (高: the first character's index).
 */
export function searchCondition(q: string | undefined): SQL | undefined {
  const key = q ? toSearchKey(q) : "";
  const characters = Array.from(key);
  const first = characters[0];
  if (first === undefined) return undefined;
  if (characters.length >= 3) return like(participants.searchKey, containsPattern(key));
  if (characters.length === 2) return sql`${participants.bigramKeys} @> array[${key}]::text[]`;
  if (!kanaCharacter.test(first)) return sql`left(${participants.searchKey}, 1) = ${first}`;
  const next = String.fromCodePoint((first.codePointAt(0) ?? 0) + 1);
  const reading = participants.readingKey;
  return sql`(${reading} collate "C" >= ${first} and ${reading} collate "C" < ${next})`;
}

const ageRanges: Record<(typeof ageBands)[number], [number, number | undefined]> = {
  under20: [0, 19],
  "20s": [20, 29],
  "30s": [30, 39],
  "40s": [40, 49],
  "50s": [50, 59],
  "60plus": [60, undefined],
};

/** Age today in Japan, as a birth-date range on the birth_date index. */
function ageBandCondition(band: ParticipantFilter["ageBand"], today: string): SQL | undefined {
  if (!band) return undefined;
  const [min, max] = ageRanges[band];
  const { latest, after } = birthDatesForAges(min, max, today);
  return and(lte(participants.birthDate, latest), after ? gt(participants.birthDate, after) : undefined);
}

/** A case of the participant (visible to the user) matching the program, status and lead filters. */
function caseFilterCondition(scope: AccessScope, filter: ParticipantFilter): SQL | undefined {
  if (!filter.programId && !filter.caseStatus && !filter.coordinatorId) return undefined;
  const matching = and(
    eq(cases.participantId, participants.id),
    filter.programId ? eq(cases.programId, filter.programId) : undefined,
    filter.caseStatus ? eq(cases.status, filter.caseStatus) : undefined,
    filter.coordinatorId ? eq(cases.leadCoordinatorId, filter.coordinatorId) : undefined,
    caseVisibleTo(scope),
  );
  return sql`exists (select 1 from ${cases} where ${matching})`;
}

function listCondition(scope: AccessScope, filter: ParticipantFilter, today: string): SQL | undefined {
  return and(
    notMerged(),
    participantVisibleTo(scope),
    searchCondition(filter.q),
    caseFilterCondition(scope, filter),
    ageBandCondition(filter.ageBand, today),
  );
}

/** 五十音順 by reading in byte order (the sort index), then id: a stable order for paging. */
const gojuonOrder = [sql`${participants.readingKey} collate "C"`, asc(participants.id)];
/**
 * The same order, as an expression no index gives. A name search's matches sit together in reading
 * order (高橋 are all たかはし), so walking the 五十音 index until 50 matches turn up reads tens of
 * thousands of entries (~60 ms at 100,000 people); with this order the planner takes the matches
 * from the search's own index and sorts them (a few thousand at most: ~10 ms).
 */
const gojuonOrderAfterMatching = [sql`(${participants.readingKey} collate "C") || ''`, asc(participants.id)];

/** Whether a search sorts its own matches (every search but one kana) instead of walking the 五十音 index. */
function sortsItsMatches(filter: ParticipantFilter): boolean {
  const key = filter.q ? toSearchKey(filter.q) : "";
  const readingRange = Array.from(key).length === 1 && kanaCharacter.test(key);
  return key !== "" && !readingRange;
}

/** The order for a filter: the index's own when a one-kana search is a range on it, or no search. */
function orderFor(filter: ParticipantFilter) {
  return sortsItsMatches(filter) ? gojuonOrderAfterMatching : gojuonOrder;
}

export type ParticipantWithCases = ParticipantSummaryRow & { cases: CaseSummaryRow[] };

/**
 * The cases of one participant the user may see, newest first, as a JSON array in the row that
 * lists the person: a page and its cases in one statement (findCaseSummaries' order and columns).
 */
function caseSummariesOf(scope: AccessScope, participantId: AnyColumn | SQL.Aliased) {
  return sql<CaseSummaryRow[]>`(select coalesce(json_agg(json_build_object('id', ${cases.id},
    'participantId', ${cases.participantId}, 'programId', ${cases.programId}, 'status', ${cases.status},
    'leadCoordinatorId', ${cases.leadCoordinatorId}, 'openedOn', ${cases.openedOn})
    order by ${cases.openedOn} desc, ${cases.id}), '[]'::json)
    from ${cases} where ${and(eq(cases.participantId, participantId), caseVisibleTo(scope))})`;
}

function withCases(row: {
  participant: ParticipantSummaryRow;
  cases: CaseSummaryRow[];
}): ParticipantWithCases {
  return { ...row.participant, cases: row.cases };
}

/**
 * A page of the participants the user reaches (ADR 013): the ids come from the indexes in 五十音
 * order, then only those rows are read; the total is counted up to the cap. The page, its total
 * and each person's visible cases are one statement (one round trip: ADR 024).
 */
export async function findParticipants(
  db: Database,
  scope: AccessScope,
  filter: ParticipantFilter & { page: number; pageSize: number },
  today: string,
): Promise<{ rows: ParticipantWithCases[] } & ListTotal> {
  const where = listCondition(scope, filter, today);
  // A search that sorts its own matches reads every match anyway: a window count costs nothing more.
  const matches = sortsItsMatches(filter)
    ? sql<number>`count(*) over ()`
    : cappedCountColumn(participants, where);
  const page = db
    .select({ id: participants.id, readingKey: participants.readingKey, matches: matches.as("matches") })
    .from(participants)
    .where(where)
    .orderBy(...orderFor(filter))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .as("page");
  const rows = await db
    .select({ participant: summaryColumns, matches: page.matches, cases: caseSummariesOf(scope, page.id) })
    .from(page)
    .innerJoin(participants, eq(participants.id, page.id))
    .orderBy(sql`${page.readingKey} collate "C"`, asc(page.id));
  const total = await totalOfPage(rows, filter.page, () => countUpTo(db, participants, where));
  return { rows: rows.map(withCases), ...total };
}

/** Every participant of the filtered list, in list order, up to `limit` rows (the export). */
export async function findParticipantsUpTo(
  db: Database,
  scope: AccessScope,
  filter: ParticipantFilter,
  today: string,
  limit: number,
): Promise<ParticipantRow[]> {
  return db
    .select()
    .from(participants)
    .where(listCondition(scope, filter, today))
    .orderBy(...orderFor(filter))
    .limit(limit);
}

/** The cases of these participants that the user may see, newest first, by participant. */
export async function findCaseSummaries(
  db: Database,
  scope: AccessScope,
  participantIds: string[],
): Promise<Map<string, CaseSummaryRow[]>> {
  const byParticipant = new Map<string, CaseSummaryRow[]>();
  if (participantIds.length === 0) return byParticipant;
  const rows = await db
    .select({
      id: cases.id,
      participantId: cases.participantId,
      programId: cases.programId,
      status: cases.status,
      leadCoordinatorId: cases.leadCoordinatorId,
      openedOn: cases.openedOn,
    })
    .from(cases)
    .where(and(inArray(cases.participantId, participantIds), caseVisibleTo(scope)))
    .orderBy(desc(cases.openedOn), asc(cases.id));
  for (const row of rows) {
    const list = byParticipant.get(row.participantId) ?? [];
    list.push(row);
    byParticipant.set(row.participantId, list);
  }
  return byParticipant;
}

/** A live participant the user reaches, optionally locked for an update in this transaction. */
export async function getVisibleParticipant(
  db: Database,
  scope: AccessScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ParticipantRow | undefined> {
  const query = db
    .select()
    .from(participants)
    .where(and(eq(participants.id, id), notMerged(), participantVisibleTo(scope)));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

/** Merges chain (A into B, later B into C): a tombstone's page sends the user to the live record. */
const maxMergeHops = 20;

/**
 * A participant by id as its page sees it: a live record the user reaches, or a tombstone whose
 * live survivor the user reaches (with that survivor's id). Anything else: undefined (404).
 */
export async function getParticipantOrTombstone(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<{ row: ParticipantRow; survivorId: string | null } | undefined> {
  const live = await getVisibleParticipant(db, scope, id);
  if (live) return { row: live, survivorId: null };
  const [tombstone] = await db.select().from(participants).where(eq(participants.id, id));
  if (!tombstone?.mergedIntoId) return undefined;
  let next: string | null = tombstone.mergedIntoId;
  for (let hop = 0; next && hop < maxMergeHops; hop++) {
    const [row] = await db
      .select({ id: participants.id, mergedIntoId: participants.mergedIntoId })
      .from(participants)
      .where(eq(participants.id, next));
    if (!row) return undefined;
    if (row.mergedIntoId === null) {
      const survivor = await getVisibleParticipant(db, scope, row.id);
      return survivor ? { row: tombstone, survivorId: survivor.id } : undefined;
    }
    next = row.mergedIntoId;
  }
  return undefined;
}

export async function insertParticipant(
  db: Database,
  values: typeof participants.$inferInsert,
): Promise<ParticipantRow> {
  const [row] = await db.insert(participants).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Every edit of a participant goes through here: it bumps the version and updated_at, and applies
 * only while the stored version is the one `current` was read at (undefined: someone saved first).
 * The caller passes the derived keys along with the name and phone they follow.
 */
export async function updateParticipant(
  db: Database,
  scope: AccessScope,
  current: ParticipantRow,
  changes: Partial<typeof participants.$inferInsert>,
): Promise<ParticipantRow | undefined> {
  const [row] = await db
    .update(participants)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${participants.version} + 1` })
    .where(
      and(
        eq(participants.id, current.id),
        eq(participants.version, current.version),
        notMerged(),
        participantVisibleTo(scope),
      ),
    )
    .returning();
  return row;
}

/** Live participants by id that the user reaches, any order. */
export async function findVisibleParticipantsByIds(
  db: Database,
  scope: AccessScope,
  ids: string[],
): Promise<ParticipantSummaryRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(summaryColumns)
    .from(participants)
    .where(and(inArray(participants.id, ids), notMerged(), participantVisibleTo(scope)));
}

/** Names by id for the audit trail (family and given name), tombstones included. */
export async function findParticipantNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: participants.id, familyName: participants.familyName, givenName: participants.givenName })
    .from(participants)
    .where(inArray(participants.id, uuids));
  return new Map(rows.map((row) => [row.id, `${row.familyName} ${row.givenName}`.trim()]));
}
