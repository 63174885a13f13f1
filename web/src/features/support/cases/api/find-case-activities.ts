import type { timelineSchema } from "@otagai/shared/support/activities";
import { useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type Timeline = z.infer<typeof timelineSchema>;

export const activitiesPageSize = 20;

/** GET /api/cases/:id/activities: newest first, by keyset (`before` is the last page's cursor). */
export function findCaseActivities(caseId: string, before: string | null, signal?: AbortSignal) {
  return apiRequest<Timeline>(`/api/cases/${encodeURIComponent(caseId)}/activities`, {
    query: { before, limit: activitiesPageSize },
    signal,
  });
}

export function caseActivitiesQueryKey(caseId: string) {
  return ["cases", "activities", caseId] as const;
}

/** The case's support records, page after page ("load more"). */
export function useCaseActivities(caseId: string) {
  return useInfiniteQuery({
    queryKey: caseActivitiesQueryKey(caseId),
    queryFn: ({ pageParam, signal }) => findCaseActivities(caseId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
