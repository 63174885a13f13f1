import type { evaluationInputSchema } from "@otagai/shared/support/cases";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshCase } from "./get-case";

type Input = z.input<typeof evaluationInputSchema>;

/** POST /api/cases/:id/evaluations: one result per goal of the current plan. */
export function recordEvaluation(caseId: string, input: Input) {
  return apiRequest<unknown>(`/api/cases/${encodeURIComponent(caseId)}/evaluations`, {
    method: "POST",
    body: input,
  });
}

export function useRecordEvaluation(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => recordEvaluation(caseId, input),
    onSuccess: (answer) => refreshCase(queryClient, caseId, answer),
  });
}
