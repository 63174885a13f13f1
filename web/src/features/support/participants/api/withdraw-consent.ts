import type { Consent, withdrawConsentInputSchema } from "@otagai/shared/support/participants";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshParticipant } from "./get-participant";

export type WithdrawConsentInput = z.output<typeof withdrawConsentInputSchema>;

export function withdrawConsent(consentId: string, input: WithdrawConsentInput) {
  return apiRequest<Consent>(`/api/consents/${encodeURIComponent(consentId)}/withdraw`, {
    method: "POST",
    body: input,
  });
}

export function useWithdrawConsent(participantId: string, consentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WithdrawConsentInput) => withdrawConsent(consentId, input),
    onSuccess: () => refreshParticipant(queryClient, participantId),
  });
}
