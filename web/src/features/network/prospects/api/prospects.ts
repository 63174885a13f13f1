import type { MemberOption } from "@otagai/shared/network/members";
import type {
  ActivatedProspect,
  CreateProspectInput,
  Prospect,
  ProspectAgreementInput,
  ProspectContactInput,
  ProspectNextStep,
  ProspectStage,
  ProspectSummary,
  UpdateProspectInput,
} from "@otagai/shared/network/prospects";
import type { StaffChoices } from "@otagai/shared/users/schemas";
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

const base = "/api/network/prospects";

export interface ProspectSearch {
  q?: string;
  owner?: string;
}

/** The board: every prospect, each column filtered on the page. */
export function useProspects(search: ProspectSearch) {
  return useQuery({
    queryKey: ["prospects", "list", search],
    queryFn: ({ signal }) =>
      apiRequest<{ items: ProspectSummary[] }>(base, {
        query: { q: search.q || undefined, owner: search.owner },
        signal,
      }),
  });
}

export function useProspectNextSteps() {
  return useQuery({
    queryKey: ["prospects", "next-steps"],
    queryFn: ({ signal }) =>
      apiRequest<{ until: string; items: ProspectNextStep[] }>(`${base}/next-steps`, { signal }),
  });
}

export function useMemberOptions(q: string) {
  return useQuery({
    queryKey: ["network-members", "options", q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: MemberOption[] }>("/api/network/members/options", {
        query: { q: q || undefined },
        signal,
      }),
    staleTime: 30_000,
  });
}

export function isProspectId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}

function prospectQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["prospects", "detail", id],
    queryFn: ({ signal }) => apiRequest<Prospect>(`${base}/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useProspect(id: string) {
  return useQuery({ ...prospectQueryOptions(id), enabled: isProspectId(id) });
}

function store(queryClient: QueryClient, prospect: Prospect) {
  queryClient.setQueryData(prospectQueryOptions(prospect.id).queryKey, prospect);
  void queryClient.invalidateQueries({ queryKey: ["prospects", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["prospects", "next-steps"] });
}

export function useCreateProspect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProspectInput) => apiRequest<Prospect>(base, { method: "POST", body: input }),
    onSuccess: (prospect) => store(queryClient, prospect),
  });
}

/** The owner's choices: those who may change the pipeline. */
export function useProspectOwners() {
  return useQuery({
    queryKey: ["prospects", "owners"],
    queryFn: ({ signal }) => apiRequest<StaffChoices>(`${base}/owners`, { signal }),
    staleTime: 60_000,
  });
}

/** An edit of the profile: the changed fields and the version it was loaded at (409 when stale). */
export function useUpdateProspect(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProspectInput) =>
      apiRequest<Prospect>(`${base}/${encodeURIComponent(id)}`, { method: "PUT", body: input }),
    onSuccess: (prospect) => store(queryClient, prospect),
  });
}

export function useMoveProspect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; stage: ProspectStage; version: number }) =>
      apiRequest<Prospect>(`${base}/${encodeURIComponent(id)}/stage`, { method: "POST", body }),
    onSuccess: (prospect) => store(queryClient, prospect),
    onError: () => void queryClient.invalidateQueries({ queryKey: ["prospects", "list"] }),
  });
}

export function useAddContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProspectContactInput) =>
      apiRequest<Prospect>(`${base}/${encodeURIComponent(id)}/contacts`, { method: "POST", body: input }),
    onSuccess: (prospect) => store(queryClient, prospect),
  });
}

export function useRecordAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProspectAgreementInput) =>
      apiRequest<Prospect>(`${base}/${encodeURIComponent(id)}/agreement`, { method: "PUT", body: input }),
    onSuccess: (prospect) => store(queryClient, prospect),
  });
}

export function useActivateProspect(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiRequest<ActivatedProspect>(`${base}/${encodeURIComponent(id)}/activate`, {
        method: "POST",
        body: { version },
      }),
    onSuccess: (result) => {
      store(queryClient, result.prospect);
      void queryClient.invalidateQueries({ queryKey: ["workplaces"] });
    },
  });
}
