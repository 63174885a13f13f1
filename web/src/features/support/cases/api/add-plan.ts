import type { planInputSchema } from "@otagai/shared/support/cases";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshCase } from "./get-case";

type Input = z.input<typeof planInputSchema>;

/** POST /api/cases/:id/plans: a new plan version; earlier versions stay readable. */
export function addPlan(caseId: string, input: Input) {
  return apiRequest<unknown>(`/api/cases/${encodeURIComponent(caseId)}/plans`, {
    method: "POST",
    body: input,
  });
}

export function useAddPlan(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => addPlan(caseId, input),
    onSuccess: (answer) => refreshCase(queryClient, caseId, answer),
  });
}
