import type {
  StartupResource,
  StartupResourceInput,
  StartupResourceKind,
  startupResourcePageSchema,
} from "@otagai/shared/consultation/startup";
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

type StartupResourcePage = z.infer<typeof startupResourcePageSchema>;

export const startupResourcesPageSize = 50;

/** The directory's filters, as the URL and the API both take them. */
export interface StartupResourceSearch {
  q?: string;
  kind?: StartupResourceKind;
  tag?: string;
  openNow?: boolean;
  includeInactive?: boolean;
  page?: number;
}

function queryOf(search: StartupResourceSearch) {
  return {
    q: search.q,
    kind: search.kind,
    tag: search.tag,
    openNow: search.openNow ? "true" : undefined,
    includeInactive: search.includeInactive ? "true" : undefined,
    page: search.page ?? 1,
    pageSize: startupResourcesPageSize,
  };
}

export function useStartupResources(search: StartupResourceSearch) {
  return useQuery(
    queryOptions({
      queryKey: ["startup-resources", "list", search],
      queryFn: ({ signal }) =>
        apiRequest<StartupResourcePage>("/api/startup-resources", { query: queryOf(search), signal }),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useStartupTags() {
  return useQuery({
    queryKey: ["startup-resources", "tags"],
    queryFn: ({ signal }) => apiRequest<{ items: string[] }>("/api/startup-resources/tags", { signal }),
    staleTime: 60_000,
  });
}

/** An id as the API accepts it; anything else in the address names no record. */
export function isStartupResourceId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}

function resourceQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["startup-resources", "detail", id],
    queryFn: ({ signal }) =>
      apiRequest<StartupResource>(`/api/startup-resources/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useStartupResource(id: string) {
  return useQuery({ ...resourceQueryOptions(id), enabled: isStartupResourceId(id) });
}

function store(queryClient: QueryClient, resource: StartupResource) {
  queryClient.setQueryData(resourceQueryOptions(resource.id).queryKey, resource);
  void queryClient.invalidateQueries({ queryKey: ["startup-resources", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["startup-resources", "tags"] });
}

export function useCreateStartupResource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartupResourceInput) =>
      apiRequest<StartupResource>("/api/startup-resources", { method: "POST", body: input }),
    onSuccess: (resource) => store(queryClient, resource),
  });
}

/** Saves with the version loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateStartupResource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { resource: StartupResourceInput; version: number }) =>
      apiRequest<StartupResource>(`/api/startup-resources/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: input,
      }),
    onSuccess: (resource) => store(queryClient, resource),
  });
}
