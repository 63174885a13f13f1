import type { Program } from "@otagai/shared/programs/schemas";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export function getPrograms(signal?: AbortSignal) {
  return apiRequest<{ items: Program[] }>("/api/programs", { signal });
}

/** The same key as the other program pickers: one request for the whole app. */
export const programsQueryOptions = queryOptions({
  queryKey: ["programs"],
  queryFn: ({ signal }) => getPrograms(signal),
  staleTime: 5 * 60_000,
});

export function usePrograms() {
  return useQuery(programsQueryOptions);
}
