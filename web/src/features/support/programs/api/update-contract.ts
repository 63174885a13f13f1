import type { Contract, UpdateContractInput } from "@otagai/shared/programs/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshPrograms } from "./get-program";

export function updateContract(id: string, input: UpdateContractInput) {
  return apiRequest<Contract>(`/api/contracts/${encodeURIComponent(id)}`, { method: "PATCH", body: input });
}

/** Saves with the version the editor loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateContract(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateContractInput) => updateContract(id, input),
    onSuccess: () => refreshPrograms(queryClient),
  });
}
