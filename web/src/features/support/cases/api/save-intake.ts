import type { intakeInputSchema } from "@otagai/shared/support/cases";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshCase } from "./get-case";

type Input = z.input<typeof intakeInputSchema>;

/** PUT /api/cases/:id/intake: the 相談受付・申込票, written or corrected (the intake's own version). */
export function saveIntake(caseId: string, input: Input) {
  return apiRequest<unknown>(`/api/cases/${encodeURIComponent(caseId)}/intake`, {
    method: "PUT",
    body: input,
  });
}

export function useSaveIntake(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => saveIntake(caseId, input),
    onSuccess: (answer) => refreshCase(queryClient, caseId, answer),
  });
}
