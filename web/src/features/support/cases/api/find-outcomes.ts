import type { Outcome } from "@otagai/shared/support/outcomes";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** GET /api/cases/:id/outcomes: the case's outcomes, each work outcome with its follow-ups. */
export function findCaseOutcomes(caseId: string, signal?: AbortSignal) {
  return apiRequest<{ items: Outcome[] }>(`/api/cases/${encodeURIComponent(caseId)}/outcomes`, { signal });
}

export function caseOutcomesQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ["cases", "outcomes", caseId],
    queryFn: ({ signal }) => findCaseOutcomes(caseId, signal),
  });
}

export function useCaseOutcomes(caseId: string) {
  return useQuery(caseOutcomesQueryOptions(caseId));
}

/**
 * After an outcome or a follow-up is saved: the section reads the case's outcomes again (awaited,
 * so it shows the change before it says "saved"), and the today list loses or gains follow-ups.
 */
export async function refreshCaseOutcomes(queryClient: QueryClient, caseId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: ["today"] });
  await queryClient.invalidateQueries({ queryKey: caseOutcomesQueryOptions(caseId).queryKey });
}
