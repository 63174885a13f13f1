import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import type {
  FollowUp,
  followUpInputSchema,
  Outcome,
  outcomeInputSchema,
  updateOutcomeInputSchema,
} from "@otagai/shared/support/outcomes";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError, type FieldProblem } from "../../../platform/http/app-error.ts";
import { changedValues } from "../../programs/programs.service.ts";
import { getCaseSummary, lockCase } from "../cases/cases.repository.ts";
import { followUpSchedule } from "./follow-up-schedule.ts";
import { presentFollowUp, presentOutcome } from "./outcomes.presenter.ts";
import * as repository from "./outcomes.repository.ts";

type OutcomeInput = z.output<typeof outcomeInputSchema>;
type UpdateOutcome = z.output<typeof updateOutcomeInputSchema>;
type FollowUpInput = z.output<typeof followUpInputSchema>;

const outcomeEntity = "outcome";
const followUpEntity = "follow_up";

/** The fields a create names in the audit trail: those given a value (never the values themselves). */
function filledFields(input: Record<string, unknown>): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== "" && value !== null)
    .map(([field]) => field);
}

function throwIfAny(problems: (FieldProblem | undefined)[]): void {
  const fields = problems.filter((problem): problem is FieldProblem => problem !== undefined);
  if (fields.length > 0) throw new AppError("VALIDATION_FAILED", fields);
}

async function workplaceProblem(db: Database, workplaceId: string | null): Promise<FieldProblem | undefined> {
  if (workplaceId === null || (await repository.workplaceExists(db, workplaceId))) return undefined;
  return { path: "body.workplaceId", code: "not_found", messageKey: "invalidOption" };
}

function startedOnProblem(startedOn: string, openedOn: string): FieldProblem | undefined {
  if (startedOn >= openedOn) return undefined;
  return {
    path: "body.startedOn",
    code: "before_opened",
    messageKey: "dateBeforeOpened",
    params: { openedOn },
  };
}

/** A date of a follow-up (done, stopped) cannot come before the work started. */
function beforeStartProblem(field: string, date: string | null, startedOn: string): FieldProblem | undefined {
  if (date === null || date >= startedOn) return undefined;
  return {
    path: `body.${field}`,
    code: "before_started",
    messageKey: "dateBeforeStarted",
    params: { startedOn },
  };
}

/** The outcome as the case page shows it, read inside the change's transaction. */
async function outcomeAfterChange(db: Database, id: string): Promise<Outcome> {
  const row = await repository.getOutcomeWithName(db, id);
  if (!row) throw new AppError("NOT_FOUND");
  return presentOutcome(row, await repository.findFollowUps(db, [id]));
}

/** A case's outcomes, the latest start first, each with its follow-ups: a read of a person's record. */
export async function findOutcomes(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  caseId: string,
): Promise<{ items: Outcome[] }> {
  if (!(await getCaseSummary(db, scope, caseId))) throw new AppError("NOT_FOUND");
  const rows = await repository.findOutcomesOfCase(db, caseId);
  const followUps = await repository.findFollowUps(
    db,
    rows.map((row) => row.id),
  );
  await recordAuditNow(db, actor, { action: "read", entity: "case", recordId: caseId });
  return { items: rows.map((row) => presentOutcome(row, followUps)) };
}

/**
 * Records an outcome of a case (closed ones too: work often starts after the support ends). A work
 * outcome schedules its retention follow-ups in the same transaction.
 */
export async function createOutcome(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  caseId: string,
  input: OutcomeInput,
): Promise<Outcome> {
  return db.transaction(async (tx) => {
    // Locked so a change to the case (its opening date included) waits for this one.
    const supportCase = await lockCase(tx, scope, caseId);
    if (!supportCase) throw new AppError("NOT_FOUND");
    throwIfAny([
      await workplaceProblem(tx, input.workplaceId),
      startedOnProblem(input.startedOn, supportCase.openedOn),
    ]);
    const row = await repository.insertOutcome(tx, { ...input, caseId, createdBy: actor.id });
    await repository.insertFollowUps(
      tx,
      (await contractSchedule(tx, row)).map((entry) => ({ ...entry, outcomeId: row.id })),
    );
    await recordAudit(tx, actor, {
      action: "create",
      entity: outcomeEntity,
      recordId: row.id,
      changedFields: filledFields(input),
    });
    return outcomeAfterChange(tx, row.id);
  });
}

/**
 * Corrects an outcome (version-checked). A new start date or type re-schedules the follow-ups not
 * done yet; those done stay as recorded, even when the outcome is no longer work.
 */
export async function updateOutcome(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: UpdateOutcome,
): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const current = await repository.getOutcome(tx, scope, id, { forUpdate: true });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const { version: _version, ...fields } = input;
    const { openedOn, ...stored } = current;
    const changes = changedValues(stored, fields);
    const changedFields = Object.keys(changes);
    // Nothing really changed: no new version, no audit entry.
    if (changedFields.length === 0) return outcomeAfterChange(tx, id);
    throwIfAny([
      changes.workplaceId !== undefined ? await workplaceProblem(tx, changes.workplaceId) : undefined,
      changes.startedOn !== undefined ? startedOnProblem(changes.startedOn, openedOn) : undefined,
    ]);
    const updated = await repository.updateOutcome(tx, stored, changes);
    if (!updated) throw new AppError("STALE_UPDATE");
    if (changes.startedOn !== undefined || changes.outcomeType !== undefined)
      await repository.rescheduleFollowUps(tx, id, await scheduleNow(tx, id, updated));
    await recordAudit(tx, actor, { action: "update", entity: outcomeEntity, recordId: id, changedFields });
    return outcomeAfterChange(tx, id);
  });
}

type ScheduledOutcome = { caseId: string; outcomeType: string; startedOn: string };

/**
 * The follow-ups an outcome calls for, at the months the contract of its case's program sets for
 * the fiscal year the work started in; the default table (1, 3, 6, 12) when it sets none.
 */
async function contractSchedule(db: Database, outcome: ScheduledOutcome) {
  const fiscalYear = fiscalYearOf(outcome.startedOn);
  const months =
    fiscalYear === null ? null : await repository.findContractFollowUpMonths(db, outcome.caseId, fiscalYear);
  return followUpSchedule(outcome.outcomeType, outcome.startedOn, months);
}

/** The follow-ups an outcome calls for now: none after the one that found the person stopped working. */
async function scheduleNow(
  db: Database,
  outcomeId: string,
  outcome: ScheduledOutcome,
): Promise<{ offsetMonths: number; dueOn: string }[]> {
  const stoppedAt = await repository.findStoppedOffset(db, outcomeId);
  return (await contractSchedule(db, outcome)).filter(
    (entry) => stoppedAt === null || entry.offsetMonths <= stoppedAt,
  );
}

/** Records (or corrects) a retention follow-up, version-checked. */
export async function recordFollowUp(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: FollowUpInput,
): Promise<FollowUp> {
  return db.transaction(async (tx) => {
    const current = await repository.getFollowUp(tx, scope, id, { forUpdate: true });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    throwIfAny([
      beforeStartProblem("doneOn", input.doneOn, current.startedOn),
      beforeStartProblem("stoppedOn", input.stoppedOn, current.startedOn),
    ]);
    const { version: _version, ...fields } = input;
    const { startedOn, outcomeType, caseId, ...stored } = current;
    const changes = changedValues(stored, fields);
    const changedFields = Object.keys(changes);
    if (changedFields.length === 0) return presentFollowUp(stored);
    const updated = await repository.updateFollowUp(tx, stored, { ...changes, updatedBy: actor.id });
    if (!updated) throw new AppError("STALE_UPDATE");
    // Someone who stopped working has no later follow-ups to do: they leave the schedule (and the
    // today list). Recorded back as still working, the schedule is whole again.
    if (changes.stillWorking !== undefined)
      await repository.rescheduleFollowUps(
        tx,
        updated.outcomeId,
        await scheduleNow(tx, updated.outcomeId, { caseId, outcomeType, startedOn }),
      );
    await recordAudit(tx, actor, { action: "update", entity: followUpEntity, recordId: id, changedFields });
    return presentFollowUp(updated);
  });
}
