import type { LatestSweep } from "@otagai/shared/support/duplicates";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export function getLatestSweep(signal?: AbortSignal) {
  return apiRequest<LatestSweep>("/api/duplicate-sweeps/latest", { signal });
}

export const latestSweepQueryKey = ["duplicates", "sweep", "latest"] as const;

/** How often the page asks for a running sweep's progress. */
const pollMs = 1500;

export function latestSweepQueryOptions() {
  return queryOptions({
    queryKey: latestSweepQueryKey,
    queryFn: ({ signal }) => getLatestSweep(signal),
    // Polled while a sweep runs (its progress bar), left alone otherwise.
    refetchInterval: (query) => (query.state.data?.sweep?.status === "running" ? pollMs : false),
  });
}

export function useLatestSweep() {
  return useQuery(latestSweepQueryOptions());
}
