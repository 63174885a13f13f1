import { type AuditAction, auditEventPageSchema } from "@otagai/shared/audit/schemas";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";

export const auditPageSize = 50;

export interface FindAuditEventsParams {
  actorId?: string;
  action?: AuditAction;
  entity?: string;
  recordId?: string;
  from?: string;
  to?: string;
  page?: number;
}

export function findAuditEvents(params: FindAuditEventsParams, signal?: AbortSignal) {
  return apiRequest("/api/audit-events", {
    query: { ...params, page: params.page ?? 1, pageSize: auditPageSize },
    schema: auditEventPageSchema,
    signal,
  });
}

export function auditEventsQueryOptions(params: FindAuditEventsParams) {
  return queryOptions({
    queryKey: ["audit-events", params],
    queryFn: ({ signal }) => findAuditEvents(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEvents(params: FindAuditEventsParams) {
  return useQuery(auditEventsQueryOptions(params));
}
