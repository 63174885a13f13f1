import type { Contract, CreateContractInput } from "@otagai/shared/programs/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshPrograms } from "./get-program";

export function createContract(programId: string, input: CreateContractInput) {
  return apiRequest<Contract>(`/api/programs/${encodeURIComponent(programId)}/contracts`, {
    method: "POST",
    body: input,
  });
}

export function useCreateContract(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateContractInput) => createContract(programId, input),
    onSuccess: () => refreshPrograms(queryClient),
  });
}
