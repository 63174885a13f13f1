import type { Participant, UpdateParticipantInput } from "@otagai/shared/support/participants";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { storeParticipant } from "./get-participant";

export function updateParticipant(id: string, input: UpdateParticipantInput) {
  return apiRequest<Participant>(`/api/participants/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: input,
  });
}

/** Saves with the version the editor loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateParticipant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateParticipantInput) => updateParticipant(id, input),
    onSuccess: (participant) => storeParticipant(queryClient, participant),
  });
}
