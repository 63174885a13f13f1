import type { UpdateWorkplaceInput, Workplace } from "@otagai/shared/support/workplaces";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { storeWorkplace } from "./get-workplace";

export function updateWorkplace(id: string, input: UpdateWorkplaceInput) {
  return apiRequest<Workplace>(`/api/workplaces/${encodeURIComponent(id)}`, { method: "PATCH", body: input });
}

/** Saves with the version the editor loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateWorkplace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWorkplaceInput) => updateWorkplace(id, input),
    onSuccess: (workplace) => storeWorkplace(queryClient, workplace),
  });
}
