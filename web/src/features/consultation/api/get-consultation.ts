import type { Consultation } from "@otagai/shared/consultation/consultations";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../app/api-client";

export function getConsultation(id: string, signal?: AbortSignal) {
  return apiRequest<Consultation>(`/api/consultations/${encodeURIComponent(id)}`, { signal });
}

export function consultationQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["consultations", "detail", id],
    queryFn: ({ signal }) => getConsultation(id, signal),
  });
}

/** An id as the API accepts it; anything else in the address names no record. */
export function isConsultationId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}

export function useConsultation(id: string) {
  return useQuery({ ...consultationQueryOptions(id), enabled: isConsultationId(id) });
}

/** After a change: the page shows the new record, the lists (the desk's, a person's history) reload. */
export function storeConsultation(queryClient: QueryClient, consultation: Consultation) {
  queryClient.setQueryData(consultationQueryOptions(consultation.id).queryKey, consultation);
  void queryClient.invalidateQueries({ queryKey: ["consultations", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["participants"] });
}
