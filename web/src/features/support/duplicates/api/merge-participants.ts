import type { MergeParticipantInput } from "@otagai/shared/support/duplicates";
import type { Participant } from "@otagai/shared/support/participants";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** Merges `input.otherId` into `survivorId` in one transaction; answers the kept record. */
export function mergeParticipants(survivorId: string, input: MergeParticipantInput) {
  return apiRequest<Participant>(`/api/participants/${encodeURIComponent(survivorId)}/merge`, {
    method: "POST",
    body: input,
  });
}

export function useMergeParticipants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ survivorId, input }: { survivorId: string; input: MergeParticipantInput }) =>
      mergeParticipants(survivorId, input),
    // Both records, every list of people and every pair changed.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["participants"] }),
        queryClient.invalidateQueries({ queryKey: ["duplicates"] }),
      ]),
  });
}
