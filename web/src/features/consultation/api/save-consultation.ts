import type { Consultation, ConsultationInput } from "@otagai/shared/consultation/consultations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeConsultation } from "./get-consultation";

export function createConsultation(input: ConsultationInput) {
  return apiRequest<Consultation>("/api/consultations", { method: "POST", body: input });
}

export function updateConsultation(id: string, input: { consultation: ConsultationInput; version: number }) {
  return apiRequest<Consultation>(`/api/consultations/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: input,
  });
}

export function useCreateConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createConsultation,
    onSuccess: (consultation) => storeConsultation(queryClient, consultation),
  });
}

/** Saves with the version the form loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateConsultation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { consultation: ConsultationInput; version: number }) =>
      updateConsultation(id, input),
    onSuccess: (consultation) => storeConsultation(queryClient, consultation),
  });
}
