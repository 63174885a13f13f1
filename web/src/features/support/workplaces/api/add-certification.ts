import type { Certification, CertificationInput } from "@otagai/shared/support/workplaces";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshWorkplace } from "./get-workplace";

export function addCertification(workplaceId: string, input: CertificationInput) {
  return apiRequest<Certification>(`/api/workplaces/${encodeURIComponent(workplaceId)}/certifications`, {
    method: "POST",
    body: input,
  });
}

export function useAddCertification(workplaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CertificationInput) => addCertification(workplaceId, input),
    onSuccess: () => refreshWorkplace(queryClient, workplaceId),
  });
}
