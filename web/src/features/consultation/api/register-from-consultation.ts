import type { Consultation, RegisterFromConsultationInput } from "@otagai/shared/consultation/consultations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeConsultation } from "./get-consultation";

/**
 * POST /api/consultations/:id/register: the participant (409 DUPLICATE_SUSPECTED as registration
 * answers it) and the case in one step; the answer is the consultation, now naming both.
 */
export function useRegisterFromConsultation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterFromConsultationInput) =>
      apiRequest<Consultation>(`/api/consultations/${encodeURIComponent(id)}/register`, {
        method: "POST",
        body: input,
      }),
    onSuccess: (consultation) => {
      storeConsultation(queryClient, consultation);
      void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
    },
  });
}
