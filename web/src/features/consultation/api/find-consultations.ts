import type {
  ConsultationChannel,
  ConsultationStatus,
  consultationPageSchema,
} from "@otagai/shared/consultation/consultations";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../app/api-client";

type ConsultationPage = z.infer<typeof consultationPageSchema>;

export const consultationsPageSize = 20;

/** The desk list's filters, as the URL and the API both take them. */
export interface ConsultationListSearch {
  q?: string;
  categoryId?: string;
  channel?: ConsultationChannel;
  status?: ConsultationStatus;
  consultantId?: string;
  from?: string;
  to?: string;
  page?: number;
}

export function findConsultations(params: ConsultationListSearch, signal?: AbortSignal) {
  return apiRequest<ConsultationPage>("/api/consultations", {
    query: { ...params, page: params.page ?? 1, pageSize: consultationsPageSize },
    signal,
  });
}

export function useConsultations(params: ConsultationListSearch) {
  return useQuery(
    queryOptions({
      queryKey: ["consultations", "list", params],
      queryFn: ({ signal }) => findConsultations(params, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
