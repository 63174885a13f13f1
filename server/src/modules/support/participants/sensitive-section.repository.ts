import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { participantSensitive } from "./participants.tables.ts";

export type SensitiveRow = typeof participantSensitive.$inferSelect;

// The sensitive section: its own table, read only by its own functions (never joined into a list).

export async function getSensitiveSection(
  db: Database,
  participantId: string,
): Promise<SensitiveRow | undefined> {
  const [row] = await db
    .select()
    .from(participantSensitive)
    .where(eq(participantSensitive.participantId, participantId));
  return row;
}

/** The sections of these participants (the export, for users with participants.sensitive). */
export async function findSensitiveSections(
  db: Database,
  participantIds: string[],
): Promise<Map<string, SensitiveRow>> {
  if (participantIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(participantSensitive)
    .where(inArray(participantSensitive.participantId, participantIds));
  return new Map(rows.map((row) => [row.participantId, row]));
}

/** The first write of a section; undefined when one was written meanwhile. */
export async function insertSensitiveSection(
  db: Database,
  values: typeof participantSensitive.$inferInsert,
): Promise<SensitiveRow | undefined> {
  const [row] = await db.insert(participantSensitive).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateSensitiveSection(
  db: Database,
  participantId: string,
  version: number,
  changes: Partial<typeof participantSensitive.$inferInsert>,
): Promise<SensitiveRow | undefined> {
  const [row] = await db
    .update(participantSensitive)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${participantSensitive.version} + 1` })
    .where(
      and(eq(participantSensitive.participantId, participantId), eq(participantSensitive.version, version)),
    )
    .returning();
  return row;
}
