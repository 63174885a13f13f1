import { and, asc, desc, eq, inArray, isNull, lte, notInArray, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { contracts, programs } from "../../programs/programs.tables.ts";
import { caseVisibleTo } from "../cases/cases.policy.ts";
import { cases } from "../cases/cases.tables.ts";
import { participants } from "../participants/participants.tables.ts";
import { partnerWorkplaces } from "../workplaces/workplaces.tables.ts";
import { caseFollowUps, caseOutcomes } from "./outcomes.tables.ts";

export type OutcomeRow = typeof caseOutcomes.$inferSelect;
export type OutcomeValues = typeof caseOutcomes.$inferInsert;
export type FollowUpRow = typeof caseFollowUps.$inferSelect;
export type FollowUpValues = typeof caseFollowUps.$inferInsert;
/** An outcome with the name of the partner workplace it names, if any. */
export type OutcomeWithNameRow = OutcomeRow & { workplaceName: string | null };

// Every query reaching an outcome or a follow-up goes through its case with the case policy
// (ADR 014): a record of a case the user does not reach is not found.

/** The case's outcomes, the latest start first, with their workplaces' names. */
export async function findOutcomesOfCase(db: Database, caseId: string): Promise<OutcomeWithNameRow[]> {
  const rows = await db
    .select({ outcome: caseOutcomes, workplaceName: partnerWorkplaces.name })
    .from(caseOutcomes)
    .leftJoin(partnerWorkplaces, eq(partnerWorkplaces.id, caseOutcomes.workplaceId))
    .where(eq(caseOutcomes.caseId, caseId))
    .orderBy(desc(caseOutcomes.startedOn), desc(caseOutcomes.createdAt), desc(caseOutcomes.id));
  return rows.map(({ outcome, workplaceName }) => ({ ...outcome, workplaceName }));
}

/** The follow-ups of these outcomes, each outcome's in the order of their offsets. */
export function findFollowUps(db: Database, outcomeIds: string[]): Promise<FollowUpRow[]> {
  if (outcomeIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(caseFollowUps)
    .where(inArray(caseFollowUps.outcomeId, outcomeIds))
    .orderBy(asc(caseFollowUps.outcomeId), asc(caseFollowUps.offsetMonths));
}

/** An outcome, when the user reaches its case; locked (the outcome's row only) for a change. */
export async function getOutcome(
  db: Database,
  scope: AccessScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<(OutcomeRow & { openedOn: string }) | undefined> {
  const query = db
    .select({ outcome: caseOutcomes, openedOn: cases.openedOn })
    .from(caseOutcomes)
    .innerJoin(cases, eq(cases.id, caseOutcomes.caseId))
    .where(and(eq(caseOutcomes.id, id), caseVisibleTo(scope)));
  const [row] = await (options.forUpdate ? query.for("update", { of: caseOutcomes }) : query);
  return row ? { ...row.outcome, openedOn: row.openedOn } : undefined;
}

/** One outcome with its workplace's name (no policy: read after a check or a change). */
export async function getOutcomeWithName(db: Database, id: string): Promise<OutcomeWithNameRow | undefined> {
  const [row] = await db
    .select({ outcome: caseOutcomes, workplaceName: partnerWorkplaces.name })
    .from(caseOutcomes)
    .leftJoin(partnerWorkplaces, eq(partnerWorkplaces.id, caseOutcomes.workplaceId))
    .where(eq(caseOutcomes.id, id));
  return row ? { ...row.outcome, workplaceName: row.workplaceName } : undefined;
}

export async function insertOutcome(db: Database, values: OutcomeValues): Promise<OutcomeRow> {
  const [row] = await db.insert(caseOutcomes).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: applies only while the stored version is the one `current` was read at. */
export async function updateOutcome(
  db: Database,
  current: OutcomeRow,
  changes: Partial<OutcomeValues>,
): Promise<OutcomeRow | undefined> {
  const [row] = await db
    .update(caseOutcomes)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${caseOutcomes.version} + 1` })
    .where(and(eq(caseOutcomes.id, current.id), eq(caseOutcomes.version, current.version)))
    .returning();
  return row;
}

/** Whether a partner workplace with this id exists. */
export async function workplaceExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: partnerWorkplaces.id })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.id, id));
  return row !== undefined;
}

// ── Follow-ups ─────────────────────────────────────────────────────────────────────

/**
 * The follow-up months set by the contract of the case's program for one fiscal year; null when
 * there is no such contract or it sets none (then the default table applies).
 */
export async function findContractFollowUpMonths(
  db: Database,
  caseId: string,
  fiscalYear: number,
): Promise<number[] | null> {
  const [row] = await db
    .select({ months: contracts.followUpMonths })
    .from(cases)
    .innerJoin(contracts, and(eq(contracts.programId, cases.programId), eq(contracts.fiscalYear, fiscalYear)))
    .where(eq(cases.id, caseId));
  return row?.months ?? null;
}

export async function insertFollowUps(db: Database, values: FollowUpValues[]): Promise<void> {
  if (values.length > 0) await db.insert(caseFollowUps).values(values);
}

/**
 * Sets the outcome's follow-ups that are not done to this schedule: moves the due dates of those
 * there, adds the missing ones, removes those of other offsets. Done ones stay as they were.
 * An empty schedule (no longer work) removes every follow-up not done.
 */
export async function rescheduleFollowUps(
  db: Database,
  outcomeId: string,
  schedule: { offsetMonths: number; dueOn: string }[],
): Promise<void> {
  const offsets = schedule.map((entry) => entry.offsetMonths);
  await db
    .delete(caseFollowUps)
    .where(
      and(
        eq(caseFollowUps.outcomeId, outcomeId),
        isNull(caseFollowUps.doneOn),
        offsets.length > 0 ? notInArray(caseFollowUps.offsetMonths, offsets) : undefined,
      ),
    );
  if (schedule.length === 0) return;
  await db
    .insert(caseFollowUps)
    .values(schedule.map((entry) => ({ outcomeId, ...entry })))
    .onConflictDoUpdate({
      target: [caseFollowUps.outcomeId, caseFollowUps.offsetMonths],
      set: {
        dueOn: sql`excluded.due_on`,
        updatedAt: sql`now()`,
        version: sql`${caseFollowUps.version} + 1`,
      },
      // A done follow-up keeps its due date: it records when it was due when it was done.
      setWhere: and(
        isNull(caseFollowUps.doneOn),
        sql`${caseFollowUps.dueOn} is distinct from excluded.due_on`,
      ),
    });
}

/** The offset of the outcome's follow-up that found the person stopped working, if one did. */
export async function findStoppedOffset(db: Database, outcomeId: string): Promise<number | null> {
  const [row] = await db
    .select({ offsetMonths: caseFollowUps.offsetMonths })
    .from(caseFollowUps)
    .where(and(eq(caseFollowUps.outcomeId, outcomeId), eq(caseFollowUps.stillWorking, false)))
    .orderBy(caseFollowUps.offsetMonths)
    .limit(1);
  return row?.offsetMonths ?? null;
}

/** A follow-up with its outcome's start, type and case, when the user reaches the case; optionally locked. */
export async function getFollowUp(
  db: Database,
  scope: AccessScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<(FollowUpRow & { startedOn: string; outcomeType: string; caseId: string }) | undefined> {
  const query = db
    .select({
      followUp: caseFollowUps,
      startedOn: caseOutcomes.startedOn,
      outcomeType: caseOutcomes.outcomeType,
      caseId: caseOutcomes.caseId,
    })
    .from(caseFollowUps)
    .innerJoin(caseOutcomes, eq(caseOutcomes.id, caseFollowUps.outcomeId))
    .innerJoin(cases, eq(cases.id, caseOutcomes.caseId))
    .where(and(eq(caseFollowUps.id, id), caseVisibleTo(scope)));
  const [row] = await (options.forUpdate ? query.for("update", { of: caseFollowUps }) : query);
  return row
    ? { ...row.followUp, startedOn: row.startedOn, outcomeType: row.outcomeType, caseId: row.caseId }
    : undefined;
}

/** Version-checked like updateOutcome. */
export async function updateFollowUp(
  db: Database,
  current: FollowUpRow,
  changes: Partial<FollowUpValues>,
): Promise<FollowUpRow | undefined> {
  const [row] = await db
    .update(caseFollowUps)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${caseFollowUps.version} + 1` })
    .where(and(eq(caseFollowUps.id, current.id), eq(caseFollowUps.version, current.version)))
    .returning();
  return row;
}

// ── The today list ─────────────────────────────────────────────────────────────────

export type DueFollowUpRow = {
  followUpId: string;
  caseId: string;
  familyName: string;
  givenName: string;
  programName: string;
  offsetMonths: number;
  dueOn: string;
  mine: boolean;
};

/**
 * Follow-ups not done, due on or before `until`, of cases the user reaches (closed ones too: the
 * retention follow-up outlives the case). Starts from the partial index on due dates of those not
 * done (case_follow_ups_due_idx), so done ones, the bulk over the years, are never read. The
 * user's own cases first, then the earliest due.
 */
export function findDueFollowUps(
  db: Database,
  scope: AccessScope,
  window: { until: string; limit: number },
): Promise<DueFollowUpRow[]> {
  const mine = sql<boolean>`coalesce(${cases.leadCoordinatorId} = ${scope.userId}, false)`;
  return db
    .select({
      followUpId: caseFollowUps.id,
      caseId: cases.id,
      familyName: participants.familyName,
      givenName: participants.givenName,
      programName: programs.name,
      offsetMonths: caseFollowUps.offsetMonths,
      dueOn: caseFollowUps.dueOn,
      mine,
    })
    .from(caseFollowUps)
    .innerJoin(caseOutcomes, eq(caseOutcomes.id, caseFollowUps.outcomeId))
    .innerJoin(cases, eq(cases.id, caseOutcomes.caseId))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .innerJoin(programs, eq(programs.id, cases.programId))
    .where(and(isNull(caseFollowUps.doneOn), lte(caseFollowUps.dueOn, window.until), caseVisibleTo(scope)))
    .orderBy(
      sql`(${cases.leadCoordinatorId} is not distinct from ${scope.userId}) desc`,
      asc(caseFollowUps.dueOn),
      asc(caseFollowUps.id),
    )
    .limit(window.limit);
}
