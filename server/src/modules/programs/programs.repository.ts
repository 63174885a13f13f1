import { asc, count } from "drizzle-orm";
import type { Database } from "../../platform/db/client.ts";
import { programs } from "./programs.tables.ts";

export type ProgramRow = typeof programs.$inferSelect;

export function findPrograms(db: Database): Promise<ProgramRow[]> {
  return db.select().from(programs).orderBy(asc(programs.code));
}

export async function countPrograms(db: Database): Promise<number> {
  const [row] = await db.select({ total: count() }).from(programs);
  return row?.total ?? 0;
}

export async function insertPrograms(db: Database, values: (typeof programs.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(programs).values(values).onConflictDoNothing();
}
