import type { updateCaseInputSchema } from "@otagai/shared/support/cases";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshCase } from "./get-case";

type Input = z.input<typeof updateCaseInputSchema>;

/** PATCH /api/cases/:id: the lead coordinator or the funding stream, version-checked. */
export function updateCase(caseId: string, input: Input) {
  return apiRequest<unknown>(`/api/cases/${encodeURIComponent(caseId)}`, { method: "PATCH", body: input });
}

export function useUpdateCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => updateCase(caseId, input),
    onSuccess: (answer) => refreshCase(queryClient, caseId, answer),
  });
}
