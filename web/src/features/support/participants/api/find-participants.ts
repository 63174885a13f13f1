import type { CaseStatus } from "@otagai/shared/support/case-flow";
import type { participantPageSchema } from "@otagai/shared/support/participants";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import type { AgeBand } from "../age-bands";

type ParticipantPage = z.infer<typeof participantPageSchema>;

export const participantsPageSize = 20;

/** The list's filters, as the URL and the API both take them. */
export interface FindParticipantsParams {
  q?: string;
  programId?: string;
  caseStatus?: CaseStatus;
  coordinatorId?: string;
  ageBand?: AgeBand;
  page?: number;
}

export function findParticipants(params: FindParticipantsParams, signal?: AbortSignal) {
  return apiRequest<ParticipantPage>("/api/participants", {
    query: { ...params, page: params.page ?? 1, pageSize: participantsPageSize },
    signal,
  });
}

export function participantsQueryOptions(params: FindParticipantsParams) {
  return queryOptions({
    queryKey: ["participants", "list", params],
    queryFn: ({ signal }) => findParticipants(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useParticipants(params: FindParticipantsParams) {
  return useQuery(participantsQueryOptions(params));
}
