import type { Certification, updateCertificationInputSchema } from "@otagai/shared/support/workplaces";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshWorkplace } from "./get-workplace";

export type UpdateCertificationInput = z.input<typeof updateCertificationInputSchema>;

function certificationPath(workplaceId: string, certificationId: string) {
  return `/api/workplaces/${encodeURIComponent(workplaceId)}/certifications/${encodeURIComponent(certificationId)}`;
}

export function updateCertification(
  workplaceId: string,
  certificationId: string,
  input: UpdateCertificationInput,
) {
  return apiRequest<Certification>(certificationPath(workplaceId, certificationId), {
    method: "PATCH",
    body: input,
  });
}

/** Saves with the version the dialog loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateCertification(workplaceId: string, certificationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCertificationInput) => updateCertification(workplaceId, certificationId, input),
    onSuccess: () => refreshWorkplace(queryClient, workplaceId),
  });
}

export function deleteCertification(workplaceId: string, certificationId: string) {
  return apiRequest(certificationPath(workplaceId, certificationId), { method: "DELETE" });
}

export function useDeleteCertification(workplaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (certificationId: string) => deleteCertification(workplaceId, certificationId),
    onSuccess: () => refreshWorkplace(queryClient, workplaceId),
  });
}
