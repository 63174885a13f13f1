import type { Program } from "@otagai/shared/programs/schemas";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export function findPrograms(signal?: AbortSignal) {
  return apiRequest<{ items: Program[] }>("/api/programs", { signal });
}

/** The same key as the program pickers of the other pages: one request serves them all. */
export const programsQueryOptions = queryOptions({
  queryKey: ["programs"],
  queryFn: ({ signal }) => findPrograms(signal),
  staleTime: 5 * 60_000,
});

export function usePrograms() {
  return useQuery(programsQueryOptions);
}
