import type { Outcome, OutcomeInput, updateOutcomeInputSchema } from "@otagai/shared/support/outcomes";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshCaseOutcomes } from "./find-outcomes";

export type UpdateOutcomeInput = z.input<typeof updateOutcomeInputSchema>;

/** POST /api/cases/:id/outcomes: a new outcome; a work outcome gets its follow-ups scheduled. */
export function recordOutcome(caseId: string, input: OutcomeInput) {
  return apiRequest<Outcome>(`/api/cases/${encodeURIComponent(caseId)}/outcomes`, {
    method: "POST",
    body: input,
  });
}

export function useRecordOutcome(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OutcomeInput) => recordOutcome(caseId, input),
    onSuccess: () => refreshCaseOutcomes(queryClient, caseId),
  });
}

export function updateOutcome(id: string, input: UpdateOutcomeInput) {
  return apiRequest<Outcome>(`/api/outcomes/${encodeURIComponent(id)}`, { method: "PATCH", body: input });
}

/** Saves with the version the dialog loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateOutcome(caseId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOutcomeInput) => updateOutcome(id, input),
    onSuccess: () => refreshCaseOutcomes(queryClient, caseId),
  });
}
