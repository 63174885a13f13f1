import type {
  Advisor,
  AdvisorInput,
  Agency,
  AgencyInput,
  FindAgenciesQuery,
} from "@otagai/shared/consultation/referrals";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** GET /api/agencies: the directory, by words and kind (active ones unless asked). */
export function useAgencies(query: FindAgenciesQuery = {}) {
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
  ).toString();
  return useQuery({
    queryKey: ["agencies", query],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Agency[] }>(`/api/agencies${params ? `?${params}` : ""}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, version }: { id?: string; input: AgencyInput; version?: number }) =>
      id
        ? apiRequest<Agency>(`/api/agencies/${encodeURIComponent(id)}`, {
            method: "PATCH",
            body: { ...input, version },
          })
        : apiRequest<Agency>("/api/agencies", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["agencies"] }),
  });
}

/** GET /api/advisors. */
export function useAdvisors(includeInactive = false) {
  return useQuery({
    queryKey: ["advisors", includeInactive],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Advisor[] }>(`/api/advisors${includeInactive ? "?includeInactive=true" : ""}`, {
        signal,
      }),
  });
}

export function useSaveAdvisor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, version }: { id?: string; input: AdvisorInput; version?: number }) =>
      id
        ? apiRequest<Advisor>(`/api/advisors/${encodeURIComponent(id)}`, {
            method: "PATCH",
            body: { advisor: input, version },
          })
        : apiRequest<Advisor>("/api/advisors", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["advisors"] }),
  });
}
