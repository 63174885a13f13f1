import type { userPageSchema } from "@otagai/shared/users/schemas";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type UserPage = z.infer<typeof userPageSchema>;

/**
 * The coordinators, to filter the case list by one of them: only for those who may read the user
 * list (users.read); others choose between their own cases and everyone's.
 */
export function findCoordinators(signal?: AbortSignal) {
  return apiRequest<UserPage>("/api/users", {
    query: { role: "coordinator", status: "active", page: 1, pageSize: 200 },
    signal,
  });
}

export const coordinatorsQueryOptions = queryOptions({
  queryKey: ["users", "list", { role: "coordinator", status: "active", pageSize: 200 }],
  queryFn: ({ signal }) => findCoordinators(signal),
  staleTime: 5 * 60_000,
});

export function useCoordinators(enabled: boolean) {
  return useQuery({ ...coordinatorsQueryOptions, enabled });
}
