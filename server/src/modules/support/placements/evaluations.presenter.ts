import type { Evaluation, Evaluator, PlacementEvaluations } from "@otagai/shared/support/evaluations";
import type { PlacementRecordRow } from "./attendance.repository.ts";
import type { EvaluationRow } from "./evaluations.repository.ts";
import { termsOf } from "./placement-calendar.ts";

export function presentEvaluation(row: EvaluationRow): Evaluation {
  return {
    term: row.term,
    evaluator: row.evaluator as Evaluator,
    scores: {
      punctuality: row.punctuality,
      communication: row.communication,
      followingInstructions: row.followingInstructions,
      taskPerformance: row.taskPerformance,
      stamina: row.stamina,
      safety: row.safety,
    },
    comments: row.comments,
    evaluatedOn: row.evaluatedOn,
    recordedByName: row.recordedByName,
    recordedVia: row.recordedVia as Evaluation["recordedVia"],
    version: row.version,
  };
}

/**
 * Every term of the placement with both sides for comparison; `withCoordinator: false` (the
 * portal) leaves the coordinator's side out altogether: a partner sees only its own evaluation.
 */
export function presentPlacementEvaluations(
  placement: PlacementRecordRow,
  rows: readonly EvaluationRow[],
  options: { withCoordinator: boolean },
): PlacementEvaluations {
  const side = (term: number, evaluator: Evaluator) => {
    const row = rows.find((candidate) => candidate.term === term && candidate.evaluator === evaluator);
    return row ? presentEvaluation(row) : null;
  };
  return {
    placementId: placement.id,
    terms: termsOf(placement).map(({ term, from, to }) => ({
      term,
      from,
      to,
      workplace: side(term, "workplace"),
      ...(options.withCoordinator ? { coordinator: side(term, "coordinator") } : {}),
    })),
  };
}
