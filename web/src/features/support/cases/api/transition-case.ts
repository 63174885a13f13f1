import type { transitionInputSchema } from "@otagai/shared/support/cases";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshCase } from "./get-case";

type Input = z.input<typeof transitionInputSchema>;

/** POST /api/cases/:id/transitions: the next step (closing carries the closure record). */
export function transitionCase(caseId: string, input: Input) {
  return apiRequest<unknown>(`/api/cases/${encodeURIComponent(caseId)}/transitions`, {
    method: "POST",
    body: input,
  });
}

export function useTransitionCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => transitionCase(caseId, input),
    onSuccess: (answer) => refreshCase(queryClient, caseId, answer),
  });
}
