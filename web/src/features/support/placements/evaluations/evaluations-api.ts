import type {
  Evaluation,
  EvaluationInput,
  Evaluator,
  PlacementEvaluations,
} from "@otagai/shared/support/evaluations";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** A placement's evaluations, every term (staff: both sides; the portal: the workplace's only). */
export function evaluationsQueryOptions(placementBase: string) {
  return queryOptions({
    queryKey: ["evaluations", placementBase],
    queryFn: ({ signal }) => apiRequest<PlacementEvaluations>(`${placementBase}/evaluations`, { signal }),
  });
}

export function useEvaluations(placementBase: string) {
  return useQuery(evaluationsQueryOptions(placementBase));
}

/**
 * Saves one term's evaluation by one side: staff name the side in the address, the portal writes
 * the workplace's only (…/evaluations/<term>). A 409 means someone saved it first.
 */
export function useSaveEvaluation(placementBase: string, portal: boolean) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      term,
      evaluator,
      input,
    }: {
      term: number;
      evaluator: Evaluator;
      input: EvaluationInput;
    }) =>
      apiRequest<Evaluation>(
        portal ? `${placementBase}/evaluations/${term}` : `${placementBase}/evaluations/${term}/${evaluator}`,
        { method: "PUT", body: input },
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: evaluationsQueryOptions(placementBase).queryKey }),
  });
}
