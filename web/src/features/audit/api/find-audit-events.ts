import type { AuditAction, auditEventPageSchema } from "@otagai/shared/audit/schemas";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../app/api-client";
import type { AuditKind } from "../audit-kinds";

type AuditEventPage = z.infer<typeof auditEventPageSchema>;

export const auditPageSize = 50;

export interface FindAuditEventsParams {
  actorId?: string;
  action?: AuditAction;
  kind?: AuditKind;
  entity?: string;
  recordId?: string;
  from?: string;
  to?: string;
  page?: number;
}

/**
 * List reads are many (every page view of a list is one) and would bury the changes, so they are
 * left out unless asked for. A chosen action is more precise than the kind, so it alone decides.
 */
export function queryKind(params: FindAuditEventsParams): AuditKind {
  return params.action ? "all" : (params.kind ?? "changes");
}

export function findAuditEvents(params: FindAuditEventsParams, signal?: AbortSignal) {
  return apiRequest<AuditEventPage>("/api/audit-events", {
    query: { ...params, kind: queryKind(params), page: params.page ?? 1, pageSize: auditPageSize },
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
