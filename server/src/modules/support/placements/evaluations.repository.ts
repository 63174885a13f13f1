import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { users } from "../../users/users.tables.ts";
import { placementEvaluations } from "./attendance.tables.ts";

export type EvaluationRow = typeof placementEvaluations.$inferSelect & { recordedByName: string | null };
export type EvaluationValues = typeof placementEvaluations.$inferInsert;

// The placement itself is reached (and locked) through attendance.repository.ts#getPlacementRecord,
// with the scope's policy; these read and write its evaluations only.

/** A placement's evaluations, term by term. */
export async function findEvaluations(db: Database, placementId: string): Promise<EvaluationRow[]> {
  const rows = await db
    .select({ evaluation: placementEvaluations, recordedByName: users.displayName })
    .from(placementEvaluations)
    .leftJoin(users, eq(users.id, placementEvaluations.recordedBy))
    .where(eq(placementEvaluations.placementId, placementId))
    .orderBy(asc(placementEvaluations.term), asc(placementEvaluations.evaluator));
  return rows.map(({ evaluation, recordedByName }) => ({ ...evaluation, recordedByName }));
}

export async function insertEvaluation(db: Database, values: EvaluationValues): Promise<void> {
  await db.insert(placementEvaluations).values(values);
}

/** Applies only while the stored version is `version`; true when it did. */
export async function updateEvaluation(
  db: Database,
  id: string,
  version: number,
  changes: Partial<EvaluationValues>,
): Promise<boolean> {
  const rows = await db
    .update(placementEvaluations)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${placementEvaluations.version} + 1` })
    .where(and(eq(placementEvaluations.id, id), eq(placementEvaluations.version, version)))
    .returning({ id: placementEvaluations.id });
  return rows.length > 0;
}
