import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { Database } from "../../../../platform/db/client.ts";
import { placementAttendance, placementEvaluations } from "../attendance.tables.ts";

/**
 * What a placement's printed forms read. Callers have found the placement through its case's
 * policy first (placements.repository.ts getPlacementView with the scope).
 */
export type FormAttendanceRow = {
  day: string;
  status: string;
  hours: number | null;
  absenceReason: string;
  note: string;
};

export async function findAttendanceBetween(
  db: Database,
  placementId: string,
  from: string,
  to: string,
): Promise<FormAttendanceRow[]> {
  return db
    .select({
      day: placementAttendance.day,
      status: placementAttendance.status,
      hours: placementAttendance.hours,
      absenceReason: placementAttendance.absenceReason,
      note: placementAttendance.note,
    })
    .from(placementAttendance)
    .where(
      and(
        eq(placementAttendance.placementId, placementId),
        gte(placementAttendance.day, from),
        lte(placementAttendance.day, to),
      ),
    )
    .orderBy(asc(placementAttendance.day));
}

export type FormEvaluationRow = typeof placementEvaluations.$inferSelect;

/** The term's evaluations: the workplace's and the coordinator's, when written. */
export async function findTermEvaluations(
  db: Database,
  placementId: string,
  term: number,
): Promise<FormEvaluationRow[]> {
  return db
    .select()
    .from(placementEvaluations)
    .where(and(eq(placementEvaluations.placementId, placementId), eq(placementEvaluations.term, term)));
}
