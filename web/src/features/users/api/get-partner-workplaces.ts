import type { Workplace, workplacePageSchema } from "@otagai/shared/support/workplaces";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../app/api-client";

type WorkplacePage = z.infer<typeof workplacePageSchema>;

/** The partner workplaces taking part now, for a partner account's workplace (one page of 200). */
export function getActiveWorkplaces(signal?: AbortSignal) {
  return apiRequest<WorkplacePage>("/api/workplaces", {
    query: { status: "active", page: 1, pageSize: 200 },
    signal,
  });
}

export const activeWorkplacesQueryOptions = queryOptions({
  queryKey: ["workplaces", "list", { status: "active", pageSize: 200 }],
  queryFn: ({ signal }) => getActiveWorkplaces(signal),
  staleTime: 5 * 60_000,
});

export function useActiveWorkplaces(enabled: boolean) {
  return useQuery({ ...activeWorkplacesQueryOptions, enabled });
}

/** One workplace, for the name of a partner's workplace that no longer takes part. */
export function useWorkplaceName(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ["workplaces", "detail", id],
    queryFn: ({ signal }) => apiRequest<Workplace>(`/api/workplaces/${id}`, { signal }),
    enabled: enabled && !!id,
    select: (workplace) => workplace.name,
  });
}
