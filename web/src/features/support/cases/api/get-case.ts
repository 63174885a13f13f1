import { type Case, caseIdParamsSchema } from "@otagai/shared/support/cases";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export function getCase(id: string, signal?: AbortSignal) {
  return apiRequest<Case>(`/api/cases/${encodeURIComponent(id)}`, { signal });
}

export function caseQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["cases", "detail", id],
    queryFn: ({ signal }) => getCase(id, signal),
  });
}

/** A case id as the API accepts it; anything else in the address names no record. */
export function isCaseId(id: string): boolean {
  return caseIdParamsSchema.safeParse({ id }).success;
}

export function useCase(id: string) {
  return useQuery({ ...caseQueryOptions(id), enabled: isCaseId(id) });
}

/**
 * After any change to a case: the page shows the new record (when the answer is the case) or
 * reloads it, and the lists, the participant's page and the today list reload.
 */
export async function refreshCase(queryClient: QueryClient, id: string, answer?: unknown) {
  if (isCase(answer, id)) queryClient.setQueryData(caseQueryOptions(id).queryKey, answer);
  else await queryClient.invalidateQueries({ queryKey: caseQueryOptions(id).queryKey });
  void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["participants"] });
  void queryClient.invalidateQueries({ queryKey: ["dashboard"] });
  void queryClient.invalidateQueries({ queryKey: ["today"] });
}

function isCase(value: unknown, id: string): value is Case {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { id?: unknown }).id === id &&
    Array.isArray((value as { nextSteps?: unknown }).nextSteps)
  );
}
