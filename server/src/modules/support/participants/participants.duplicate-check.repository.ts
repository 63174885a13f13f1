import { and, eq, gte, lt, ne, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { notMerged, participantVisibleTo } from "./participants.policy.ts";
import type { ParticipantSummaryRow } from "./participants.repository.ts";
import { participants } from "./participants.tables.ts";

export type DuplicateCandidate = {
  id: string;
  visible: boolean;
  /** What a match shows of the person; null when the user may not see them (only counted). */
  summary: ParticipantSummaryRow | null;
  sameReadingAndBirthDate: boolean;
  samePhone: boolean;
  /** pg_trgm similarity of the readings, 0–1. */
  similarity: number;
};

/** Below this, two readings of the same birth year are not "similar" (ADR 015 gives the measurements). */
export const similarReadingThreshold = 0.4;
const maxCandidates = 200;

/**
 * Likely duplicates of a person being registered, among live records, in one statement whose
 * three branches each have an index: the same reading and birth date (participants_reading_birth_idx),
 * the same normalized phone (participants_phone_idx), a similar reading within the same birth
 * year (participants_birth_idx narrows to one year, ~2 % of people, and carries the reading, so
 * similarity() is computed on the index entries alone). Each candidate says whether the user may see it; the caller shows those
 * and only counts the rest.
 */
export async function findDuplicateCandidates(
  db: Database,
  scope: AccessScope,
  keys: {
    readingKey: string;
    birthDate: string | null;
    phoneNormalized: string;
    excludeId?: string | undefined;
  },
): Promise<DuplicateCandidate[]> {
  const { readingKey, birthDate, phoneNormalized } = keys;
  const birthYear = birthDate ? Number(birthDate.slice(0, 4)) : null;
  const sameReadingAndBirthDate =
    readingKey && birthDate
      ? and(eq(participants.readingKey, readingKey), eq(participants.birthDate, birthDate))
      : undefined;
  // `<> ''` repeats the phone index's own condition, so the planner sees the partial index applies.
  const samePhone = phoneNormalized
    ? and(eq(participants.phoneNormalized, phoneNormalized), ne(participants.phoneNormalized, ""))
    : undefined;
  const similarity = sql<number>`similarity(${participants.readingKey}, ${readingKey})`;
  const similarSameYear =
    readingKey && birthYear
      ? and(
          gte(participants.birthDate, `${String(birthYear).padStart(4, "0")}-01-01`),
          lt(participants.birthDate, `${String(birthYear + 1).padStart(4, "0")}-01-01`),
          sql`${similarity} >= ${similarReadingThreshold}`,
        )
      : undefined;
  // One subquery per branch, united: each is answered by its own index alone (a single OR would
  // read every row of the birth year from the table to filter it).
  const branches = [sameReadingAndBirthDate, samePhone, similarSameYear]
    .filter((branch) => branch !== undefined)
    .map((branch) =>
      db
        .select({ id: participants.id })
        .from(participants)
        .where(and(notMerged(), branch))
        .limit(maxCandidates),
    );
  if (branches.length === 0) return [];
  const candidateIds = sql.join(
    branches.map((branch) => sql`(${branch})`),
    sql` union `,
  );
  const visible = participantVisibleTo(scope);
  // The summary in the same statement, for those the user may see only: nothing of the others is read.
  const shown = <T>(column: AnyPgColumn): SQL<T | null> =>
    (visible ? sql`case when ${visible} then ${column} end` : sql`${column}`).mapWith(
      column,
    ) as SQL<T | null>;
  const rows = await db
    .select({
      id: participants.id,
      visible: visible ? sql<boolean>`(${visible})` : sql<boolean>`true`,
      familyName: shown<string>(participants.familyName),
      givenName: shown<string>(participants.givenName),
      familyNameKana: shown<string>(participants.familyNameKana),
      givenNameKana: shown<string>(participants.givenNameKana),
      birthDate: shown<string>(participants.birthDate),
      sameReadingAndBirthDate: sameReadingAndBirthDate
        ? sql<boolean>`coalesce(${sameReadingAndBirthDate}, false)`
        : sql<boolean>`false`,
      samePhone: samePhone ? sql<boolean>`${samePhone}` : sql<boolean>`false`,
      similarity: readingKey ? sql<number>`${similarity}::float8` : sql<number>`0::float8`,
    })
    .from(participants)
    .where(
      and(
        sql`${participants.id} in (${candidateIds})`,
        keys.excludeId ? sql`${participants.id} <> ${keys.excludeId}` : undefined,
      ),
    );
  return rows.map(({ familyName, givenName, familyNameKana, givenNameKana, birthDate, ...row }) => ({
    ...row,
    similarity: Number(row.similarity),
    summary:
      row.visible &&
      familyName !== null &&
      givenName !== null &&
      familyNameKana !== null &&
      givenNameKana !== null
        ? { id: row.id, familyName, givenName, familyNameKana, givenNameKana, birthDate }
        : null,
  }));
}
