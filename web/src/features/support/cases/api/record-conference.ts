import type { conferenceInputSchema } from "@otagai/shared/support/cases";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshCase } from "./get-case";

type Input = z.input<typeof conferenceInputSchema>;

/** POST /api/cases/:id/conferences: the 支援調整会議 on the current plan. */
export function recordConference(caseId: string, input: Input) {
  return apiRequest<unknown>(`/api/cases/${encodeURIComponent(caseId)}/conferences`, {
    method: "POST",
    body: input,
  });
}

export function useRecordConference(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => recordConference(caseId, input),
    onSuccess: (answer) => refreshCase(queryClient, caseId, answer),
  });
}
