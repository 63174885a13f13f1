import type { SQL } from "drizzle-orm";
import type { Database } from "./client.ts";

/**
 * Runs a parameterized SQL query (a `sql` template) and answers its rows, typed: PGlite and
 * node-postgres answer { rows }, postgres-js the array itself. For queries the query builder cannot
 * say (grouping sets, lateral series, unions); values still go in as parameters only.
 */
export async function selectRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
