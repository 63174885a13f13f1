import type { FollowUp, FollowUpInput } from "@otagai/shared/support/outcomes";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshCaseOutcomes } from "./find-outcomes";

/** PUT /api/follow-ups/:id: records (or corrects) a retention follow-up, checked against its version. */
export function recordFollowUp(id: string, input: FollowUpInput) {
  return apiRequest<FollowUp>(`/api/follow-ups/${encodeURIComponent(id)}`, { method: "PUT", body: input });
}

export function useRecordFollowUp(caseId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FollowUpInput) => recordFollowUp(id, input),
    onSuccess: () => refreshCaseOutcomes(queryClient, caseId),
  });
}
