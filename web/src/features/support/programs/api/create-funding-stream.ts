import type { CreateFundingStreamInput, FundingStream } from "@otagai/shared/programs/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshPrograms } from "./get-program";

export function createFundingStream(programId: string, input: CreateFundingStreamInput) {
  return apiRequest<FundingStream>(`/api/programs/${encodeURIComponent(programId)}/funding-streams`, {
    method: "POST",
    body: input,
  });
}

export function useCreateFundingStream(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFundingStreamInput) => createFundingStream(programId, input),
    onSuccess: () => refreshPrograms(queryClient),
  });
}
