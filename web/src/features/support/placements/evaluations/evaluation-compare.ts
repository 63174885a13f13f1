import {
  type EvaluationCriterion,
  type EvaluationScores,
  evaluationCriteria,
} from "@otagai/shared/support/evaluations";

/** One cell of the term-by-term table: the score, and its change from the previous evaluated term. */
export type CompareCell = { score: number | null; diff: number | null };

/**
 * Criteria × terms for one side: each term's score and the change from the last earlier term that
 * side evaluated (null on its first, or where there is no score).
 */
export function compareTerms(
  terms: readonly { term: number; scores: EvaluationScores | null }[],
): Record<EvaluationCriterion, CompareCell[]> {
  const result = {} as Record<EvaluationCriterion, CompareCell[]>;
  for (const criterion of evaluationCriteria) {
    let previous: number | null = null;
    result[criterion] = terms.map(({ scores }) => {
      const score = scores ? scores[criterion] : null;
      const diff = score !== null && previous !== null ? score - previous : null;
      if (score !== null) previous = score;
      return { score, diff };
    });
  }
  return result;
}
