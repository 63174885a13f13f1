import type {
  Evaluation,
  Evaluator,
  evaluationInputSchema,
  PlacementEvaluations,
} from "@otagai/shared/support/evaluations";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { getPlacementRecord } from "./attendance.repository.ts";
import type { RecordedVia } from "./attendance.service.ts";
import { presentEvaluation, presentPlacementEvaluations } from "./evaluations.presenter.ts";
import * as repository from "./evaluations.repository.ts";
import { termsOf } from "./placement-calendar.ts";

type EvaluationInput = z.output<typeof evaluationInputSchema>;

const entity = "placement_evaluation";

/**
 * A placement's evaluations at the end of each term (issue 11): one by the workplace, one by the
 * coordinator. Staff and the partner portal use the same functions; the scope decides which
 * placements are reached, and the portal reads only the workplace's side.
 */
export async function getEvaluations(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  options: { withCoordinator: boolean },
): Promise<PlacementEvaluations> {
  const placement = await getPlacementRecord(db, scope, id);
  if (!placement) throw new AppError("NOT_FOUND");
  const rows = await repository.findEvaluations(db, id);
  await recordAuditNow(db, actor, { action: "read", entity, recordId: id });
  return presentPlacementEvaluations(placement, rows, options);
}

/**
 * Saves one side's evaluation of a term that has started (version-checked: null for the first
 * save). The placement stays locked until the end, so two first saves cannot both pass.
 */
export async function saveEvaluation(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  target: { term: number; evaluator: Evaluator },
  input: EvaluationInput,
  via: RecordedVia,
): Promise<Evaluation> {
  return db.transaction(async (tx) => {
    const placement = await getPlacementRecord(tx, scope, id, { lock: true });
    if (!placement) throw new AppError("NOT_FOUND");
    const term = termsOf(placement).find((candidate) => candidate.term === target.term);
    // A term past the placement's count does not exist.
    if (!term) throw new AppError("NOT_FOUND");
    if (term.from > todayInJapan())
      throw new AppError("VALIDATION_FAILED", [
        {
          path: "params.term",
          code: "not_started",
          messageKey: "evaluationTermNotStarted",
          params: { term: target.term },
        },
      ]);
    const current = (await repository.findEvaluations(tx, id)).find(
      (row) => row.term === target.term && row.evaluator === target.evaluator,
    );
    if ((current?.version ?? null) !== input.version)
      throw new AppError(
        "STALE_UPDATE",
        [{ path: "body.version", code: "changed_meanwhile", messageKey: "evaluationChangedMeanwhile" }],
        {},
        undefined,
        { current: current ? presentEvaluation(current) : null },
      );
    const values = {
      ...input.scores,
      comments: input.comments,
      evaluatedOn: input.evaluatedOn,
      recordedBy: actor.id,
      recordedVia: via,
    };
    if (current) await repository.updateEvaluation(tx, current.id, current.version, values);
    else await repository.insertEvaluation(tx, { ...values, placementId: id, ...target });
    await recordAudit(tx, actor, {
      action: current ? "update" : "create",
      entity,
      recordId: id,
      changedFields: [`term ${target.term}`, target.evaluator],
    });
    const saved = (await repository.findEvaluations(tx, id)).find(
      (row) => row.term === target.term && row.evaluator === target.evaluator,
    );
    if (!saved) throw new Error("the saved evaluation is not there");
    return presentEvaluation(saved);
  });
}
