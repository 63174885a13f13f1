import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../../platform/db/client.ts";
import { users } from "../../users/users.tables.ts";
import {
  caseAssessments,
  caseClosures,
  caseConferences,
  caseEvaluations,
  caseIntakes,
  caseTransitions,
  supportPlans,
} from "./cases.tables.ts";

/**
 * The records of one case's steps. Callers have already found the case through the case policy
 * (cases.repository.ts), so these take a case id the user reaches.
 */
export type IntakeRow = typeof caseIntakes.$inferSelect;
export type AssessmentRow = typeof caseAssessments.$inferSelect;
export type PlanRow = typeof supportPlans.$inferSelect;
export type ConferenceRow = typeof caseConferences.$inferSelect;
export type EvaluationRow = typeof caseEvaluations.$inferSelect;
export type ClosureRow = typeof caseClosures.$inferSelect;
export type TransitionRow = typeof caseTransitions.$inferSelect & { actorName: string | null };

export type CaseRecords = {
  intake: IntakeRow | undefined;
  /** Newest first, as every list below but the transitions (the timeline, oldest first). */
  assessments: AssessmentRow[];
  plans: PlanRow[];
  conferences: ConferenceRow[];
  evaluations: EvaluationRow[];
  closure: ClosureRow | undefined;
  transitions: TransitionRow[];
};

const actor = alias(users, "actor");

/** Everything recorded on one case (a case has a handful of each; each read is index-backed). */
export async function findCaseRecords(db: Database, caseId: string): Promise<CaseRecords> {
  const [intake, assessments, plans, conferences, evaluations, closure, transitions] = await Promise.all([
    db.select().from(caseIntakes).where(eq(caseIntakes.caseId, caseId)),
    db
      .select()
      .from(caseAssessments)
      .where(eq(caseAssessments.caseId, caseId))
      .orderBy(desc(caseAssessments.assessedOn), desc(caseAssessments.createdAt)),
    db
      .select()
      .from(supportPlans)
      .where(eq(supportPlans.caseId, caseId))
      .orderBy(desc(supportPlans.planNumber)),
    db
      .select()
      .from(caseConferences)
      .where(eq(caseConferences.caseId, caseId))
      .orderBy(desc(caseConferences.heldOn), desc(caseConferences.createdAt)),
    db
      .select()
      .from(caseEvaluations)
      .where(eq(caseEvaluations.caseId, caseId))
      .orderBy(desc(caseEvaluations.evaluatedOn), desc(caseEvaluations.createdAt)),
    db.select().from(caseClosures).where(eq(caseClosures.caseId, caseId)),
    db
      .select({ transition: caseTransitions, actorName: actor.displayName })
      .from(caseTransitions)
      .leftJoin(actor, eq(actor.id, caseTransitions.actorId))
      .where(eq(caseTransitions.caseId, caseId))
      .orderBy(asc(caseTransitions.id)),
  ]);
  return {
    intake: intake[0],
    assessments,
    plans,
    conferences,
    evaluations,
    closure: closure[0],
    transitions: transitions.map((row) => ({ ...row.transition, actorName: row.actorName })),
  };
}

export async function findIntake(db: Database, caseId: string): Promise<IntakeRow | undefined> {
  const [row] = await db.select().from(caseIntakes).where(eq(caseIntakes.caseId, caseId));
  return row;
}

/** The current plan: the highest version. */
export async function findCurrentPlan(db: Database, caseId: string): Promise<PlanRow | undefined> {
  const [row] = await db
    .select()
    .from(supportPlans)
    .where(eq(supportPlans.caseId, caseId))
    .orderBy(desc(supportPlans.planNumber))
    .limit(1);
  return row;
}

/**
 * The intake written for the first time (expectedVersion 0) or corrected (the version the editor
 * loaded); undefined when someone else saved first.
 */
export async function saveIntake(
  db: Database,
  caseId: string,
  values: Omit<typeof caseIntakes.$inferInsert, "caseId" | "version" | "updatedAt">,
  expectedVersion: number,
): Promise<IntakeRow | undefined> {
  if (expectedVersion === 0) {
    const [row] = await db
      .insert(caseIntakes)
      .values({ ...values, caseId })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(caseIntakes)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${caseIntakes.version} + 1` })
    .where(and(eq(caseIntakes.caseId, caseId), eq(caseIntakes.version, expectedVersion)))
    .returning();
  return row;
}

export async function insertAssessment(db: Database, values: typeof caseAssessments.$inferInsert) {
  await db.insert(caseAssessments).values(values);
}

/**
 * A new plan version: number = the case's last + 1 (the case row is locked, and (case_id,
 * plan_number) is unique besides). created_at is the clock at the insert, not the transaction's
 * start, so it orders truly after the transition that brought the case to the plan step.
 */
export async function insertPlan(db: Database, values: Omit<typeof supportPlans.$inferInsert, "planNumber">) {
  await db.insert(supportPlans).values({
    ...values,
    planNumber: sql`(select coalesce(max(${supportPlans.planNumber}), 0) + 1 from ${supportPlans} where ${supportPlans.caseId} = ${values.caseId})`,
    createdAt: sql`clock_timestamp()`,
  });
}

export async function insertConference(db: Database, values: typeof caseConferences.$inferInsert) {
  await db.insert(caseConferences).values(values);
}

export async function insertEvaluation(db: Database, values: typeof caseEvaluations.$inferInsert) {
  await db.insert(caseEvaluations).values(values);
}

export async function insertClosure(db: Database, values: typeof caseClosures.$inferInsert) {
  await db.insert(caseClosures).values(values);
}

/** A line on the case's timeline of status changes (clock time: see insertPlan). */
export async function insertTransition(
  db: Database,
  values: Omit<typeof caseTransitions.$inferInsert, "id" | "occurredAt">,
) {
  await db.insert(caseTransitions).values({ ...values, occurredAt: sql`clock_timestamp()` });
}
