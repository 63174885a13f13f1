import type { Case, OpenCaseInput } from "@otagai/shared/support/cases";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshParticipant } from "./get-participant";

export function openCase(input: OpenCaseInput) {
  return apiRequest<Case>("/api/cases", { method: "POST", body: input });
}

export function useOpenCase(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openCase,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
      return refreshParticipant(queryClient, participantId);
    },
  });
}
