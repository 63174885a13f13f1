import type { SensitiveSection, sensitiveSectionInputSchema } from "@otagai/shared/support/participants";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

export type SensitiveSectionInput = z.output<typeof sensitiveSectionInputSchema>;

function sensitiveUrl(participantId: string) {
  return `/api/participants/${encodeURIComponent(participantId)}/sensitive`;
}

export function getSensitiveSection(participantId: string, signal?: AbortSignal) {
  return apiRequest<SensitiveSection>(sensitiveUrl(participantId), { signal });
}

export function sensitiveSectionQueryOptions(participantId: string) {
  return queryOptions({
    queryKey: ["participants", "sensitive", participantId],
    queryFn: ({ signal }) => getSensitiveSection(participantId, signal),
    // Each read is a view in the audit trail: read when the person asks, never again behind their back.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  });
}

/** Only while `shown`: the section is loaded on demand, since every view is audited. */
export function useSensitiveSection(participantId: string, shown: boolean) {
  return useQuery({ ...sensitiveSectionQueryOptions(participantId), enabled: shown });
}

export function saveSensitiveSection(participantId: string, input: SensitiveSectionInput) {
  return apiRequest<SensitiveSection>(sensitiveUrl(participantId), { method: "PUT", body: input });
}

export function useSaveSensitiveSection(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SensitiveSectionInput) => saveSensitiveSection(participantId, input),
    onSuccess: (section) =>
      queryClient.setQueryData(sensitiveSectionQueryOptions(participantId).queryKey, section),
  });
}

/** Hiding the section drops it from memory too. */
export function forgetSensitiveSection(
  queryClient: ReturnType<typeof useQueryClient>,
  participantId: string,
) {
  queryClient.removeQueries({ queryKey: sensitiveSectionQueryOptions(participantId).queryKey });
}
