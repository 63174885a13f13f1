import type { Consent, createConsentInputSchema } from "@otagai/shared/support/participants";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshParticipant } from "./get-participant";

export type AddConsentInput = z.output<typeof createConsentInputSchema>;

export function addConsent(participantId: string, input: AddConsentInput) {
  return apiRequest<Consent>(`/api/participants/${encodeURIComponent(participantId)}/consents`, {
    method: "POST",
    body: input,
  });
}

export function useAddConsent(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddConsentInput) => addConsent(participantId, input),
    onSuccess: () => refreshParticipant(queryClient, participantId),
  });
}
