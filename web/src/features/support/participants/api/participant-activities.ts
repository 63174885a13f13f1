import type { Activity, timelineSchema } from "@otagai/shared/support/activities";
import { infiniteQueryOptions, type QueryClient, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type Timeline = z.infer<typeof timelineSchema>;

export const timelinePageSize = 30;

export function findParticipantActivities(
  participantId: string,
  before: string | null,
  signal?: AbortSignal,
) {
  return apiRequest<Timeline>(`/api/participants/${encodeURIComponent(participantId)}/activities`, {
    query: { before, limit: timelinePageSize },
    signal,
  });
}

export function participantActivitiesQueryOptions(participantId: string) {
  return infiniteQueryOptions({
    queryKey: ["activities", "participant", participantId],
    queryFn: ({ pageParam, signal }) => findParticipantActivities(participantId, pageParam, signal),
    initialPageParam: null as string | null,
    // Keyset pages: the cursor the last page returned, null at the oldest entry.
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useParticipantActivities(participantId: string) {
  return useInfiniteQuery(participantActivitiesQueryOptions(participantId));
}

/** After an entry is added or edited: every timeline it may be on reads again. */
export function refreshTimelines(queryClient: QueryClient, activity: Activity) {
  void queryClient.invalidateQueries({ queryKey: ["activities", "participant", activity.participantId] });
  if (activity.caseId)
    void queryClient.invalidateQueries({ queryKey: ["activities", "case", activity.caseId] });
}
