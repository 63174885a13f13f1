import type {
  Activity,
  createActivityInputSchema,
  timelineQuerySchema,
  updateActivityInputSchema,
} from "@otagai/shared/support/activities";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError, type FieldProblem } from "../../../platform/http/app-error.ts";
import { presentActivity } from "./activities.presenter.ts";
import * as repository from "./activities.repository.ts";
import { decodeCursor, encodeCursor } from "./timeline-cursor.ts";

type TimelineQuery = z.output<typeof timelineQuerySchema>;
type CreateActivity = z.output<typeof createActivityInputSchema>;
type UpdateActivity = z.output<typeof updateActivityInputSchema>;
export type Timeline = { items: Activity[]; nextCursor: string | null };

async function timelinePage(
  db: Database,
  of: Parameters<typeof repository.findTimeline>[1],
  query: TimelineQuery,
): Promise<Timeline> {
  const before = query.before === undefined ? undefined : decodeCursor(query.before);
  const rows = await repository.findTimeline(db, of, before, query.limit);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentActivity),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ occurredAt: last.occurredAtExact, id: last.id })
        : null,
  };
}

/**
 * A participant's timeline, newest first: the activities about no case and those about the cases
 * the user reaches (activities.policy.ts). A read of the person's record, audited as such.
 */
export async function findParticipantActivities(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  participantId: string,
  query: TimelineQuery,
): Promise<Timeline> {
  const participant = await repository.findReachableParticipant(db, scope, participantId);
  if (!participant) throw new AppError("NOT_FOUND");
  const timeline = await timelinePage(
    db,
    { participantId, visibility: repository.timelineVisibility(scope) },
    query,
  );
  await recordAuditNow(db, actor, { action: "read", entity: "participant", recordIds: [participantId] });
  return timeline;
}

/** One case's timeline, newest first; audited as a read of its participant's record. */
export async function findCaseActivities(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  caseId: string,
  query: TimelineQuery,
): Promise<Timeline> {
  const supportCase = await repository.findReachableCase(db, scope, caseId);
  if (!supportCase) throw new AppError("NOT_FOUND");
  const timeline = await timelinePage(db, { caseId }, query);
  await recordAuditNow(db, actor, {
    action: "read",
    entity: "participant",
    recordIds: [supportCase.participantId],
  });
  return timeline;
}

async function staffProblem(db: Database, staffId: string | null): Promise<FieldProblem | undefined> {
  if (staffId === null || (await repository.userExists(db, staffId))) return undefined;
  return { path: "body.staffId", code: "not_found", messageKey: "invalidOption" };
}

async function presentById(db: Database, scope: AccessScope, id: string): Promise<Activity> {
  const row = await repository.getActivity(db, scope, id);
  if (!row) throw new AppError("NOT_FOUND");
  return presentActivity(row);
}

/**
 * A support record on a participant the user reaches (not a merged-away record), about one of
 * their cases the user reaches, or about none. The staff member defaults to the person writing it.
 */
export async function createActivity(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  input: CreateActivity,
): Promise<Activity> {
  return db.transaction(async (tx) => {
    const staffId = input.staffId ?? actor.id;
    const [participant, supportCase] = await Promise.all([
      repository.findReachableParticipant(tx, scope, input.participantId),
      input.caseId ? repository.findReachableCase(tx, scope, input.caseId) : undefined,
    ]);
    const problems = [
      participant && participant.mergedIntoId === null
        ? undefined
        : { path: "body.participantId", code: "not_found", messageKey: "invalidOption" },
      input.caseId && supportCase?.participantId !== input.participantId
        ? { path: "body.caseId", code: "not_of_participant", messageKey: "invalidOption" }
        : undefined,
      await staffProblem(tx, staffId),
    ].filter((problem): problem is FieldProblem => problem !== undefined);
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", problems);
    const row = await repository.insertActivity(tx, {
      participantId: input.participantId,
      caseId: input.caseId,
      occurredAt: new Date(input.occurredAt),
      type: input.type,
      minutes: input.minutes,
      staffId,
      notes: input.notes,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "activity",
      recordId: row.id,
      changedFields: ["participantId", "caseId", "occurredAt", "type", "minutes", "staffId", "notes"],
    });
    return presentById(tx, scope, row.id);
  });
}

/** An edit, version-checked; the replaced values stay in activity_revisions with who changed them. */
export async function updateActivity(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: UpdateActivity,
): Promise<Activity> {
  return db.transaction(async (tx) => {
    const current = await repository.lockActivity(tx, scope, id);
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes: repository.ActivityChanges = {};
    if (input.occurredAt !== undefined) {
      const occurredAt = new Date(input.occurredAt);
      if (occurredAt.getTime() !== current.occurredAt.getTime()) changes.occurredAt = occurredAt;
    }
    for (const key of ["type", "minutes", "staffId", "notes"] as const) {
      if (input[key] !== undefined && input[key] !== current[key])
        Object.assign(changes, { [key]: input[key] });
    }
    if (changes.staffId !== undefined) {
      const problem = await staffProblem(tx, changes.staffId);
      if (problem) throw new AppError("VALIDATION_FAILED", [problem]);
    }
    // Nothing really changed: no revision, no new version, no audit entry.
    if (Object.keys(changes).length > 0) {
      const updated = await repository.updateActivity(tx, current, changes, actor.id);
      if (!updated) throw new AppError("STALE_UPDATE");
      await recordAudit(tx, actor, {
        action: "update",
        entity: "activity",
        recordId: id,
        changedFields: Object.keys(changes),
      });
    }
    return presentById(tx, scope, id);
  });
}
