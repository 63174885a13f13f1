import { type AnyColumn, and, asc, desc, eq, ne, type SQL, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { type ListTotal, listCountCap } from "../../../platform/db/list-page.ts";
import { duplicateDismissals, duplicatePairs, duplicateSweeps } from "./participants.duplicates.tables.ts";
import { notMerged, participantVisibleTo } from "./participants.policy.ts";
import { participants } from "./participants.tables.ts";

export type SweepRow = typeof duplicateSweeps.$inferSelect;

/** What the database says about a pair; the service turns it into reasons and a score. */
export type PairEvidence = {
  participantId: string;
  otherId: string;
  sameReadingAndBirthDate: boolean;
  samePhone: boolean;
  /** pg_trgm similarity of the readings when both were born in the same year, else 0. */
  similarity: number;
};

export type ScoredPair = { participantId: string; otherId: string; reasons: string[]; score: number };

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

// Sweeps ---------------------------------------------------------------------------------------

/**
 * A running sweep whose heartbeat stopped (its process ended mid-way) is marked failed, so that a
 * new one may start: one per chunk is seconds apart, `staleAfterSeconds` is minutes.
 */
export async function failAbandonedSweeps(db: Database, staleAfterSeconds: number): Promise<void> {
  await db
    .update(duplicateSweeps)
    .set({ status: "failed", finishedAt: sql`now()`, error: "interrupted" })
    .where(
      and(
        eq(duplicateSweeps.status, "running"),
        sql`${duplicateSweeps.heartbeatAt} < now() - make_interval(secs => ${staleAfterSeconds})`,
      ),
    );
}

/** A new running sweep, or undefined while another runs (one at a time: a unique index says so). */
export async function insertSweep(db: Database, startedBy: string | null): Promise<SweepRow | undefined> {
  const [row] = await db.insert(duplicateSweeps).values({ startedBy }).onConflictDoNothing().returning();
  return row;
}

export async function getLatestSweep(db: Database): Promise<SweepRow | undefined> {
  const [row] = await db
    .select()
    .from(duplicateSweeps)
    .orderBy(desc(duplicateSweeps.startedAt), desc(duplicateSweeps.id))
    .limit(1);
  return row;
}

export async function getLatestFinishedSweep(db: Database): Promise<SweepRow | undefined> {
  const [row] = await db
    .select()
    .from(duplicateSweeps)
    .where(eq(duplicateSweeps.status, "finished"))
    .orderBy(desc(duplicateSweeps.finishedAt), desc(duplicateSweeps.id))
    .limit(1);
  return row;
}

export async function updateSweepProgress(
  db: Database,
  id: string,
  progress: { chunksDone: number; chunksTotal: number },
): Promise<void> {
  await db
    .update(duplicateSweeps)
    .set({ ...progress, heartbeatAt: sql`now()` })
    .where(and(eq(duplicateSweeps.id, id), eq(duplicateSweeps.status, "running")));
}

/** Finished: its pairs replace those of earlier sweeps (only the newest result is kept). */
export async function finishSweep(db: Database, id: string): Promise<SweepRow | undefined> {
  const [counted] = await db
    .select({ pairs: sql<number>`count(*)::int` })
    .from(duplicatePairs)
    .where(eq(duplicatePairs.sweepId, id));
  const [row] = await db
    .update(duplicateSweeps)
    .set({
      status: "finished",
      finishedAt: sql`now()`,
      heartbeatAt: sql`now()`,
      pairCount: counted?.pairs ?? 0,
    })
    .where(and(eq(duplicateSweeps.id, id), eq(duplicateSweeps.status, "running")))
    .returning();
  if (row) await db.delete(duplicatePairs).where(ne(duplicatePairs.sweepId, id));
  return row;
}

export async function failSweep(db: Database, id: string, error: string): Promise<void> {
  await db
    .update(duplicateSweeps)
    .set({ status: "failed", finishedAt: sql`now()`, error: error.slice(0, 500) })
    .where(and(eq(duplicateSweeps.id, id), eq(duplicateSweeps.status, "running")));
  await db.delete(duplicatePairs).where(eq(duplicatePairs.sweepId, id));
}

// Finding pairs -----------------------------------------------------------------------------------

/** The birth years of live participants, oldest first: the sweep's chunks. */
export async function findBirthYears(db: Database): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${participants.birthDate})::int` })
    .from(participants)
    .where(and(notMerged(), sql`${participants.birthDate} is not null`))
    .orderBy(sql`1`);
  return rows.map((row) => Number(row.year));
}

const notDismissed = (first: SQL, second: SQL) =>
  sql`not exists (select 1 from duplicate_dismissals d where d.participant_id = least(${first}, ${second}) and d.other_id = greatest(${first}, ${second}))`;

/**
 * Pairs of live participants born in `year` whose readings are the same or similar (pg_trgm
 * similarity ≥ threshold), by a self-join within the year that never compares every pair:
 *
 * - the year's distinct readings are cut into trigrams (show_trgm, the ones similarity() counts);
 * - each reading keeps only its `n − ⌈t·n⌉ + 1` rarest trigrams (n: its trigram count, t: the
 *   threshold; rarity counted within the year). Two readings with similarity ≥ t share at least
 *   ⌈t·n⌉ trigrams, so they share one of those kept (prefix filtering, Chaudhuri et al. 2006):
 *   joining on kept trigrams finds every similar pair and skips the common trigrams (さと, たか)
 *   that would pair everyone with everyone;
 * - similarity() then checks each candidate pair of readings once, and the people of each similar
 *   pair (and of each reading with itself) are joined back.
 *
 * Readings, not people, are compared: people sharing a reading cost one comparison. The trigrams are
 * compared as hashtext() integers (a collision only adds a candidate, which similarity() checks).
 */
export async function findReadingPairsInYear(
  db: Database,
  year: number,
  threshold: number,
): Promise<PairEvidence[]> {
  const from = `${String(year).padStart(4, "0")}-01-01`;
  const to = `${String(year + 1).padStart(4, "0")}-01-01`;
  const result = await db.execute(sql`
    with people as materialized (
      select id, reading_key, birth_date, phone_normalized from participants
      where merged_into_id is null and reading_key <> ''
        and birth_date >= ${from}::date and birth_date < ${to}::date
    ),
    readings as materialized (select distinct reading_key as reading from people),
    tokens as materialized (
      select reading, hashtext(trigram) as token from readings, unnest(show_trgm(reading)) as trigram
    ),
    frequencies as (select token, count(*) as frequency from tokens group by token),
    ranked as (
      select t.reading, t.token,
        row_number() over (partition by t.reading order by f.frequency, t.token) as rarity_rank,
        count(*) over (partition by t.reading) as size
      from tokens t join frequencies f on f.token = t.token
    ),
    prefixes as materialized (
      -- ⌈t·n⌉ in float8, nudged down so that 0.4 × 15 = 6.000…01 stays 6.
      select reading, token from ranked
      where rarity_rank <= size - ceil(${threshold}::float8 * size - 1e-9) + 1
    ),
    candidates as materialized (
      select distinct a.reading as reading_a, b.reading as reading_b
      from prefixes a join prefixes b on b.token = a.token and a.reading collate "C" < b.reading collate "C"
    ),
    alike as materialized (
      select reading_a, reading_b, similarity(reading_a, reading_b)::float8 as similarity from candidates
      where similarity(reading_a, reading_b) >= ${threshold}::real
      union all
      select reading, reading, 1::float8 from readings
    )
    select least(a.id, b.id) as "participantId", greatest(a.id, b.id) as "otherId",
      (a.reading_key = b.reading_key and a.birth_date = b.birth_date) as "sameReadingAndBirthDate",
      (a.phone_normalized <> '' and a.phone_normalized = b.phone_normalized) as "samePhone",
      s.similarity as "similarity"
    from alike s
    join people a on a.reading_key = s.reading_a
    join people b on b.reading_key = s.reading_b and (s.reading_a <> s.reading_b or a.id < b.id)
    where ${notDismissed(sql`a.id`, sql`b.id`)}`);
  return rowsOf<PairEvidence>(result).map((row) => ({ ...row, similarity: Number(row.similarity) }));
}

/**
 * Pairs of live participants with the same normalized phone number. A number shared by more than
 * `maxShared` people (a shelter's, a support office's) says nothing about who is who: left out.
 * The readings are compared too, for the pair's full set of reasons.
 */
export async function findPhonePairs(db: Database, maxShared: number): Promise<PairEvidence[]> {
  const result = await db.execute(sql`
    with phones as (
      select phone_normalized from participants
      where merged_into_id is null and phone_normalized <> ''
      group by phone_normalized having count(*) between 2 and ${maxShared}
    ),
    people as materialized (
      select p.id, p.reading_key, p.birth_date, p.phone_normalized
      from participants p join phones on phones.phone_normalized = p.phone_normalized
      where p.merged_into_id is null
    )
    select least(a.id, b.id) as "participantId", greatest(a.id, b.id) as "otherId",
      coalesce(a.reading_key <> '' and a.reading_key = b.reading_key and a.birth_date = b.birth_date, false)
        as "sameReadingAndBirthDate",
      true as "samePhone",
      case when extract(year from a.birth_date) = extract(year from b.birth_date)
        then similarity(a.reading_key, b.reading_key)::float8 else 0::float8 end as "similarity"
    from people a join people b on b.phone_normalized = a.phone_normalized and a.id < b.id
    where ${notDismissed(sql`a.id`, sql`b.id`)}`);
  return rowsOf<PairEvidence>(result).map((row) => ({ ...row, similarity: Number(row.similarity) }));
}

/** A chunk's pairs in one statement; a pair two chunks both found is stored once. */
export async function insertPairs(db: Database, sweepId: string, pairs: ScoredPair[]): Promise<void> {
  if (pairs.length === 0) return;
  await db.execute(sql`
    insert into duplicate_pairs (sweep_id, participant_id, other_id, reasons, score)
    select ${sweepId}::uuid, v.participant_id, v.other_id, string_to_array(v.reasons, ','), v.score
    from unnest(${sql.param(pairs.map((pair) => pair.participantId))}::uuid[],
      ${sql.param(pairs.map((pair) => pair.otherId))}::uuid[],
      ${sql.param(pairs.map((pair) => pair.reasons.join(",")))}::text[],
      ${sql.param(pairs.map((pair) => pair.score))}::real[]) as v(participant_id, other_id, reasons, score)
    on conflict do nothing`);
}

// Listing and dismissing ----------------------------------------------------------------------------

/** The person `id` names is live and visible to the user (the participant policy). */
function liveAndVisible(scope: AccessScope, id: AnyColumn): SQL {
  return sql`exists (select 1 from ${participants} where ${participants.id} = ${id} and ${and(notMerged(), participantVisibleTo(scope))})`;
}

/** Pairs of `sweepId` whose two people are both live, both visible to the user, and not dismissed. */
function listedPairs(scope: AccessScope, sweepId: string): SQL | undefined {
  return and(
    eq(duplicatePairs.sweepId, sweepId),
    liveAndVisible(scope, duplicatePairs.participantId),
    liveAndVisible(scope, duplicatePairs.otherId),
    notDismissed(sql`${duplicatePairs.participantId}`, sql`${duplicatePairs.otherId}`),
  );
}

export type ListedPair = { participantId: string; otherId: string; reasons: string[]; score: number };

/** A page of pairs, best first (the score index), and their number counted up to the list cap. */
export async function findPairs(
  db: Database,
  scope: AccessScope,
  sweepId: string,
  page: { page: number; pageSize: number },
): Promise<{ rows: ListedPair[] } & ListTotal> {
  const where = listedPairs(scope, sweepId);
  const base = () =>
    db
      .select({
        participantId: duplicatePairs.participantId,
        otherId: duplicatePairs.otherId,
        reasons: duplicatePairs.reasons,
        score: duplicatePairs.score,
      })
      .from(duplicatePairs)
      .where(where);
  const counted = base()
    .limit(listCountCap + 1)
    .as("counted");
  const [rows, [count]] = await Promise.all([
    base()
      .orderBy(desc(duplicatePairs.score), asc(duplicatePairs.participantId), asc(duplicatePairs.otherId))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(counted),
  ]);
  const total = Number(count?.total ?? 0);
  return {
    rows,
    ...(total > listCountCap ? { total: listCountCap, totalCapped: true } : { total, totalCapped: false }),
  };
}

/** Records "not a duplicate" (once: a second decision about the same two changes nothing). */
export async function insertDismissal(
  db: Database,
  pair: { participantId: string; otherId: string },
  decidedBy: string | null,
): Promise<boolean> {
  const rows = await db
    .insert(duplicateDismissals)
    .values({ ...pair, decidedBy })
    .onConflictDoNothing()
    .returning({ participantId: duplicateDismissals.participantId });
  return rows.length > 0;
}
