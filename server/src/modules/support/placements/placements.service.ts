import {
  type Placement,
  type placementInputSchema,
  type placementTransitionInputSchema,
  placementTransitions,
  type updatePlacementInputSchema,
} from "@otagai/shared/support/placements";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { changedValues } from "../../programs/programs.service.ts";
import { getCaseSummary, lockCase } from "../cases/cases.repository.ts";
import { checkPlacement } from "./placement-rules.ts";
import { presentPlacement } from "./placements.presenter.ts";
import * as repository from "./placements.repository.ts";

type PlacementInput = z.output<typeof placementInputSchema>;
type UpdatePlacement = z.output<typeof updatePlacementInputSchema>;
type TransitionInput = z.output<typeof placementTransitionInputSchema>;

const entity = "placement";

/** The fields a create names in the audit trail: those given a value (never the values themselves). */
function filledFields(input: Record<string, unknown>): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== "" && value !== null)
    .map(([field]) => field);
}

async function placementAfterChange(db: Database, id: string): Promise<Placement> {
  const row = await repository.getPlacementView(db, id);
  if (!row) throw new AppError("NOT_FOUND");
  return presentPlacement(row);
}

/** A case's placements, the latest start first: a read of a person's record. */
export async function findPlacements(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  caseId: string,
): Promise<{ items: Placement[] }> {
  if (!(await getCaseSummary(db, scope, caseId))) throw new AppError("NOT_FOUND");
  const rows = await repository.findPlacementsOfCase(db, caseId);
  await recordAuditNow(db, actor, { action: "read", entity: "case", recordId: caseId });
  return { items: rows.map(presentPlacement) };
}

export async function getPlacement(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
): Promise<Placement> {
  const row = await repository.getPlacementView(db, id, scope);
  if (!row) throw new AppError("NOT_FOUND");
  await recordAuditNow(db, actor, { action: "read", entity, recordId: id });
  return presentPlacement(row);
}

/** Places the participant of an active case at a workplace (the rules: placement-rules.ts). */
export async function createPlacement(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  caseId: string,
  input: PlacementInput,
): Promise<Placement> {
  return db.transaction(async (tx) => {
    // Locked so a change of the case's status waits for this one.
    const supportCase = await lockCase(tx, scope, caseId);
    if (!supportCase) throw new AppError("NOT_FOUND");
    const { termMonths, endOn } = await checkPlacement(tx, supportCase, input);
    const row = await repository.insertPlacement(tx, {
      ...input,
      caseId,
      termMonths,
      endOn,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity,
      recordId: row.id,
      changedFields: filledFields(input),
    });
    return placementAfterChange(tx, row.id);
  });
}

/** A placement, locked, when the user reaches its case; only planned and ongoing ones change. */
async function lockForChange(tx: Database, scope: AccessScope, id: string, version: number) {
  const current = await repository.lockPlacement(tx, scope, id);
  if (!current) throw new AppError("NOT_FOUND");
  if (current.version !== version) throw new AppError("STALE_UPDATE");
  return current;
}

/** Changes a planned or ongoing placement (version-checked), the rules checked again. */
export async function updatePlacement(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: UpdatePlacement,
): Promise<Placement> {
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, scope, id, input.version);
    // A completed or ended placement is history: attendance and evaluations were counted on it.
    if (current.status !== "planned" && current.status !== "ongoing")
      throw new AppError("CASE_STEP_NOT_ALLOWED", [], { reason: "" });
    const { version: _version, ...fields } = input;
    const { caseStatus, programId, participantId, ...stored } = current;
    const changes = changedValues(stored, fields);
    const changedFields = Object.keys(changes);
    if (changedFields.length === 0) return placementAfterChange(tx, id);
    const terms = await checkPlacement(tx, { status: caseStatus, programId, participantId }, fields, id);
    const updated = await repository.updatePlacement(tx, stored, { ...changes, ...terms });
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, { action: "update", entity, recordId: id, changedFields });
    return placementAfterChange(tx, id);
  });
}

/**
 * Moves a placement along placementTransitions (version-checked). Ending it early records why and
 * when (today in Japan unless given, never before it started); completing it ends it on its last
 * day unless another is given.
 */
export async function transitionPlacement(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: TransitionInput,
): Promise<Placement> {
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, scope, id, input.version);
    if (!placementTransitions.some((move) => move.from === current.status && move.to === input.to))
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.to", code: "not_allowed", messageKey: "placementTransitionNotAllowed" },
      ]);
    const changes: Partial<repository.PlacementValues> = { status: input.to };
    if (input.to === "ended_early" || input.to === "completed") {
      let endedOn = input.endedOn ?? (input.to === "completed" ? current.endOn : todayInJapan());
      // A planned placement called off before its start ends on its first day, not before it.
      if (input.endedOn === null && endedOn < current.startOn) endedOn = current.startOn;
      if (endedOn < current.startOn)
        throw new AppError("VALIDATION_FAILED", [
          { path: "body.endedOn", code: "before_start", messageKey: "periodEndBeforeStart" },
        ]);
      changes.endedOn = endedOn;
      if (input.to === "ended_early") changes.endedReason = input.endedReason;
    }
    const updated = await repository.updatePlacement(tx, current, changes);
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "transition",
      entity,
      recordId: id,
      changedFields: [`${current.status}→${input.to}`],
    });
    return placementAfterChange(tx, id);
  });
}
