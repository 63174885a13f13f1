import type {
  Officer,
  OfficerBoard,
  OfficerInput,
  OfficerRole,
  OfficerTermState,
  officerPageSchema,
  SavedOfficer,
} from "@otagai/shared/network/officers";
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type OfficerPage = z.infer<typeof officerPageSchema>;

export const officersPageSize = 50;

/** The page's state, as the URL and the API both take it: the board's day and the terms' filters. */
export interface OfficerSearch {
  on?: string;
  q?: string;
  role?: OfficerRole;
  term?: OfficerTermState;
  page?: number;
}

export function useOfficerBoard(on: string | undefined) {
  return useQuery({
    queryKey: ["officers", "board", on ?? null],
    queryFn: ({ signal }) =>
      apiRequest<OfficerBoard>("/api/network/officers/board", { query: { on }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOfficers(search: Omit<OfficerSearch, "on">) {
  return useQuery({
    queryKey: ["officers", "list", search],
    queryFn: ({ signal }) =>
      apiRequest<OfficerPage>("/api/network/officers", {
        query: { ...search, page: search.page ?? 1, pageSize: officersPageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** An id as the API accepts it; anything else in the address names no record. */
export function isOfficerId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}

function officerQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["officers", "detail", id],
    queryFn: ({ signal }) =>
      apiRequest<Officer>(`/api/network/officers/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useOfficer(id: string) {
  return useQuery({ ...officerQueryOptions(id), enabled: isOfficerId(id) });
}

function store(queryClient: QueryClient, saved: SavedOfficer) {
  queryClient.setQueryData(officerQueryOptions(saved.officer.id).queryKey, saved.officer);
  void queryClient.invalidateQueries({ queryKey: ["officers", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["officers", "board"] });
}

export function useCreateOfficer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OfficerInput) =>
      apiRequest<SavedOfficer>("/api/network/officers", { method: "POST", body: input }),
    onSuccess: (saved) => store(queryClient, saved),
  });
}

/** Saves with the version loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateOfficer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { officer: OfficerInput; version: number }) =>
      apiRequest<SavedOfficer>(`/api/network/officers/${encodeURIComponent(id)}`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: (saved) => store(queryClient, saved),
  });
}

export function useDeleteOfficer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<void>(`/api/network/officers/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ["officers", "detail", id] });
      void queryClient.invalidateQueries({ queryKey: ["officers", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["officers", "board"] });
    },
  });
}

/** The member organizations to choose from (by name or reading), built by the members sub-area. */
export function useMemberOptions(q: string) {
  return useQuery({
    queryKey: ["network-members", "options", q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: { id: string; name: string }[] }>("/api/network/members/options", {
        query: { q: q || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
