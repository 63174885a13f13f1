import type { CaseStatus } from "@otagai/shared/support/case-flow";
import type { casePageSchema } from "@otagai/shared/support/cases";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type CasePage = z.infer<typeof casePageSchema>;

export const casesPageSize = 20;

/** The API's filters (GET /api/cases); the list is newest first. */
export interface FindCasesParams {
  programId?: string;
  status?: CaseStatus;
  coordinatorId?: string;
  participantId?: string;
  page?: number;
}

/** The case list's address: `coordinator` is "mine", "all" or a user's id (absent: the role's default). */
export interface CaseListSearch {
  programId?: string;
  status?: CaseStatus;
  coordinator?: string;
  page?: number;
}

export function findCases(params: FindCasesParams, signal?: AbortSignal) {
  return apiRequest<CasePage>("/api/cases", {
    query: { ...params, page: params.page ?? 1, pageSize: casesPageSize },
    signal,
  });
}

export function casesQueryOptions(params: FindCasesParams) {
  return queryOptions({
    queryKey: ["cases", "list", params],
    queryFn: ({ signal }) => findCases(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCases(params: FindCasesParams, enabled = true) {
  return useQuery({ ...casesQueryOptions(params), enabled });
}
