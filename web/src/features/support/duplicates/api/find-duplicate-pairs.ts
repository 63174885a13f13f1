import type { DuplicatePairPage } from "@otagai/shared/support/duplicates";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export const duplicatePairsPageSize = 20;

export function findDuplicatePairs(page: number, signal?: AbortSignal) {
  return apiRequest<DuplicatePairPage>("/api/duplicate-pairs", {
    query: { page, pageSize: duplicatePairsPageSize },
    signal,
  });
}

export function duplicatePairsQueryOptions(page: number) {
  return queryOptions({
    queryKey: ["duplicates", "pairs", page],
    queryFn: ({ signal }) => findDuplicatePairs(page, signal),
    placeholderData: keepPreviousData,
  });
}

/** The newest finished sweep's pairs, best first. */
export function useDuplicatePairs(page: number) {
  return useQuery(duplicatePairsQueryOptions(page));
}
