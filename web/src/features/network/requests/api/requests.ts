import type {
  NetworkRequest,
  NetworkRequestCounts,
  NetworkRequestInput,
  NetworkRequestKind,
  NetworkRequestOrigin,
  NetworkRequestStatus,
  NetworkRequestStatusInput,
  networkRequestPageSchema,
} from "@otagai/shared/network/requests";
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

type NetworkRequestPage = z.infer<typeof networkRequestPageSchema>;

export const networkRequestsPageSize = 50;

/** The list's filters, as the URL and the API both take them. */
export interface NetworkRequestSearch {
  q?: string;
  status?: NetworkRequestStatus;
  kind?: NetworkRequestKind;
  origin?: NetworkRequestOrigin;
  /** A user's id, or "none". */
  owner?: string;
  fiscalYear?: number;
  page?: number;
}

export function useNetworkRequests(search: NetworkRequestSearch) {
  return useQuery(
    queryOptions({
      queryKey: ["network-requests", "list", search],
      queryFn: ({ signal }) =>
        apiRequest<NetworkRequestPage>("/api/network/requests", {
          query: { ...search, page: search.page ?? 1, pageSize: networkRequestsPageSize },
          signal,
        }),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useNetworkRequestCounts(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: ["network-requests", "counts", fiscalYear ?? null],
    queryFn: ({ signal }) =>
      apiRequest<NetworkRequestCounts>("/api/network/requests/counts", { query: { fiscalYear }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNetworkRequestOwners() {
  return useQuery({
    queryKey: ["network-requests", "owners"],
    queryFn: ({ signal }) =>
      apiRequest<{ items: { id: string; displayName: string }[] }>("/api/network/requests/owners", {
        signal,
      }),
    staleTime: 60_000,
  });
}

/** An id as the API accepts it; anything else in the address names no record. */
export function isNetworkRequestId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}

function requestQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["network-requests", "detail", id],
    queryFn: ({ signal }) =>
      apiRequest<NetworkRequest>(`/api/network/requests/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useNetworkRequest(id: string) {
  return useQuery({ ...requestQueryOptions(id), enabled: isNetworkRequestId(id) });
}

function store(queryClient: QueryClient, request: NetworkRequest) {
  queryClient.setQueryData(requestQueryOptions(request.id).queryKey, request);
  void queryClient.invalidateQueries({ queryKey: ["network-requests", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["network-requests", "counts"] });
}

export function useCreateNetworkRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NetworkRequestInput) =>
      apiRequest<NetworkRequest>("/api/network/requests", { method: "POST", body: input }),
    onSuccess: (request) => store(queryClient, request),
  });
}

/** Saves with the version loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateNetworkRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { request: NetworkRequestInput; version: number }) =>
      apiRequest<NetworkRequest>(`/api/network/requests/${encodeURIComponent(id)}`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: (request) => store(queryClient, request),
  });
}

export function useMoveNetworkRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NetworkRequestStatusInput) =>
      apiRequest<NetworkRequest>(`/api/network/requests/${encodeURIComponent(id)}/status`, {
        method: "POST",
        body: input,
      }),
    onSuccess: (request) => store(queryClient, request),
  });
}
