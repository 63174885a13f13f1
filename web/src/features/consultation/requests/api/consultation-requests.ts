import type {
  ConsultationRequest,
  ConvertConsultationRequestInput,
  consultationRequestPageSchema,
  MarkRequestHandledInput,
  RequestStatus,
} from "@otagai/shared/consultation/requests";
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type RequestPage = z.infer<typeof consultationRequestPageSchema>;

export const requestsPageSize = 20;

/** The inbox's address: its status filter, its page, and the request open beside it. */
export interface RequestInboxSearch {
  status?: RequestStatus;
  page?: number;
  id?: string;
}

export function useConsultationRequests(search: RequestInboxSearch) {
  const params = { status: search.status, page: search.page ?? 1, pageSize: requestsPageSize };
  return useQuery(
    queryOptions({
      queryKey: ["consultation-requests", "list", params],
      queryFn: ({ signal }) =>
        apiRequest<RequestPage>("/api/consultation-requests", { query: params, signal }),
      placeholderData: keepPreviousData,
    }),
  );
}

function requestQueryKey(id: string) {
  return ["consultation-requests", "detail", id];
}

export function useConsultationRequest(id: string | undefined) {
  return useQuery({
    queryKey: requestQueryKey(id ?? ""),
    queryFn: ({ signal }) =>
      apiRequest<ConsultationRequest>(`/api/consultation-requests/${encodeURIComponent(id ?? "")}`, {
        signal,
      }),
    enabled: Boolean(id),
  });
}

function useRequestChange<Input>(id: string, action: "convert" | "handled") {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) =>
      apiRequest<ConsultationRequest>(`/api/consultation-requests/${encodeURIComponent(id)}/${action}`, {
        method: "POST",
        body: input,
      }),
    onSuccess: (request) => {
      queryClient.setQueryData(requestQueryKey(id), request);
      void queryClient.invalidateQueries({ queryKey: ["consultation-requests", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["consultations", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["today"] });
    },
  });
}

/** POST /api/consultation-requests/:id/convert: the request becomes a consultation. */
export function useConvertRequest(id: string) {
  return useRequestChange<ConvertConsultationRequestInput>(id, "convert");
}

/** POST /api/consultation-requests/:id/handled, with a note. */
export function useMarkRequestHandled(id: string) {
  return useRequestChange<MarkRequestHandledInput>(id, "handled");
}
