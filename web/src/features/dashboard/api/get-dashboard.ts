import type { Dashboard } from "@otagai/shared/dashboard/schemas";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";

export function getDashboard(signal?: AbortSignal) {
  return apiRequest<Dashboard>("/api/dashboard", { signal });
}

export const dashboardQueryOptions = queryOptions({
  queryKey: ["dashboard"],
  queryFn: ({ signal }) => getDashboard(signal),
});

export function useDashboard() {
  return useQuery(dashboardQueryOptions);
}
