import { type Column, count, ilike, or, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "./client.ts";

/**
 * The shared shape of every list (ADR 013): a page of at most `pageSize` rows in index order, and a
 * total counted only up to `listCountCap`. A broad search ("さとう" over 100,000 people) then costs
 * the rows it shows, not the thousands it matches; past the cap the list says "more than 1,000"
 * and asks for a narrower search.
 */
export const listCountCap = 1000;

export type ListTotal = { total: number; totalCapped: boolean };

/** Counts the rows matching `where`, stopping after `cap + 1` of them. */
export async function countUpTo(
  db: Database,
  table: PgTable,
  where: SQL | undefined,
  cap = listCountCap,
): Promise<ListTotal> {
  const matches = db
    .select({ one: sql`1` })
    .from(table)
    .where(where)
    .limit(cap + 1)
    .as("matches");
  const [row] = await db.select({ total: count() }).from(matches);
  return cappedTotal(row?.total ?? 0, cap);
}

/**
 * The same capped count as a column of the page's own statement: an uncorrelated subquery, which the
 * database runs once for the statement (an InitPlan), so a page and its total take one round trip.
 * Its FROM names `table` again, so `where`'s columns refer to this inner scan.
 */
export function cappedCountColumn(table: PgTable, where: SQL | undefined): SQL<number> {
  return sql<number>`(select count(*) from (select 1 from ${table} where ${where ?? sql`true`} limit ${listCountCap + 1}) as matches)`;
}

/**
 * The total of a page whose rows carry a count (cappedCountColumn or a window count): read off its
 * first row. An empty first page has none to count; an empty later page (a stale link past the
 * end) has no row to carry the count, so it counts apart.
 */
export async function totalOfPage(
  rows: readonly { matches: number | string }[],
  page: number,
  countApart: () => Promise<ListTotal>,
): Promise<ListTotal> {
  const [first] = rows;
  if (first) return cappedTotal(Number(first.matches));
  return page === 1 ? { total: 0, totalCapped: false } : countApart();
}

/** A total counted in full (a window count beside the page) as the list shows it: capped at `cap`. */
export function cappedTotal(total: number, cap = listCountCap): ListTotal {
  return total > cap ? { total: cap, totalCapped: true } : { total, totalCapped: false };
}

/** LIKE pattern for "contains `text`", with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A free-words filter: the words (as typed, trimmed) in any of the columns, case-insensitively and
 * with LIKE's wildcards taken literally; undefined (no filter) when nothing was typed.
 */
export function wordsInAny(words: string | undefined, columns: Column[]): SQL | undefined {
  const text = words?.trim() ?? "";
  if (text === "") return undefined;
  const pattern = containsPattern(text);
  return or(...columns.map((column) => ilike(column, pattern)));
}
