import type { assessmentInputSchema } from "@otagai/shared/support/cases";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshCase } from "./get-case";

type Input = z.input<typeof assessmentInputSchema>;

/** POST /api/cases/:id/assessments: a new assessment; earlier ones stay. */
export function addAssessment(caseId: string, input: Input) {
  return apiRequest<unknown>(`/api/cases/${encodeURIComponent(caseId)}/assessments`, {
    method: "POST",
    body: input,
  });
}

export function useAddAssessment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => addAssessment(caseId, input),
    onSuccess: (answer) => refreshCase(queryClient, caseId, answer),
  });
}
