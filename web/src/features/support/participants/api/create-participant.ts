import type { CreateParticipantInput, Participant } from "@otagai/shared/support/participants";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { storeParticipant } from "./get-participant";

export function createParticipant(input: CreateParticipantInput) {
  return apiRequest<Participant>("/api/participants", { method: "POST", body: input });
}

/** A 409 DUPLICATE_SUSPECTED means likely duplicates exist and no reason to save anyway was given. */
export function useCreateParticipant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createParticipant,
    onSuccess: (participant) => storeParticipant(queryClient, participant),
  });
}
