import { type Workplace, workplaceIdParamsSchema } from "@otagai/shared/support/workplaces";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export function getWorkplace(id: string, signal?: AbortSignal) {
  return apiRequest<Workplace>(`/api/workplaces/${encodeURIComponent(id)}`, { signal });
}

export function workplaceQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["workplaces", "detail", id],
    queryFn: ({ signal }) => getWorkplace(id, signal),
  });
}

/** An id as the API accepts it; anything else in the address names no workplace. */
export function isWorkplaceId(id: string): boolean {
  return workplaceIdParamsSchema.safeParse({ id }).success;
}

export function useWorkplace(id: string) {
  return useQuery({ ...workplaceQueryOptions(id), enabled: isWorkplaceId(id) });
}

/** After a change the answer carries whole: the page shows it at once, the lists reload. */
export function storeWorkplace(queryClient: QueryClient, workplace: Workplace) {
  queryClient.setQueryData(workplaceQueryOptions(workplace.id).queryKey, workplace);
  void queryClient.invalidateQueries({ queryKey: ["workplaces", "list"] });
}

/**
 * After a change to a certification: the workplace is read again (its certified-until date and
 * list row follow), awaited so the page shows the change before it says "saved". The dashboard's
 * today list may now have a reminder more or less.
 */
export async function refreshWorkplace(queryClient: QueryClient, id: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: ["workplaces", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["today"] });
  await queryClient.invalidateQueries({ queryKey: workplaceQueryOptions(id).queryKey });
}
