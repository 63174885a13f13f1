import type { LinkedStartupResource } from "@otagai/shared/consultation/startup";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

type LinkedList = { items: LinkedStartupResource[] };

function linksQueryOptions(consultationId: string) {
  return queryOptions({
    queryKey: ["consultations", "startup-resources", consultationId],
    queryFn: ({ signal }) =>
      apiRequest<LinkedList>(`/api/consultations/${encodeURIComponent(consultationId)}/startup-resources`, {
        signal,
      }),
  });
}

/** The grants and guides linked to a 起業相談 consultation. */
export function useConsultationStartupResources(consultationId: string, enabled = true) {
  return useQuery({ ...linksQueryOptions(consultationId), enabled });
}

export function useLinkStartupResource(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resourceId: string) =>
      apiRequest<LinkedList>(`/api/consultations/${encodeURIComponent(consultationId)}/startup-resources`, {
        method: "POST",
        body: { resourceId },
      }),
    onSuccess: (list) => queryClient.setQueryData(linksQueryOptions(consultationId).queryKey, list),
  });
}

export function useUnlinkStartupResource(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resourceId: string) =>
      apiRequest<LinkedList>(
        `/api/consultations/${encodeURIComponent(consultationId)}/startup-resources/${encodeURIComponent(resourceId)}`,
        { method: "DELETE" },
      ),
    onSuccess: (list) => queryClient.setQueryData(linksQueryOptions(consultationId).queryKey, list),
  });
}
