import { type Participant, participantIdParamsSchema } from "@otagai/shared/support/participants";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export function getParticipant(id: string, signal?: AbortSignal) {
  return apiRequest<Participant>(`/api/participants/${encodeURIComponent(id)}`, { signal });
}

export function participantQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["participants", "detail", id],
    queryFn: ({ signal }) => getParticipant(id, signal),
  });
}

/** An id as the API accepts it; anything else in the address names no record. */
export function isParticipantId(id: string): boolean {
  return participantIdParamsSchema.safeParse({ id }).success;
}

export function useParticipant(id: string) {
  return useQuery({ ...participantQueryOptions(id), enabled: isParticipantId(id) });
}

/** After any change to a participant: the page shows the new record, the lists reload. */
export function storeParticipant(queryClient: QueryClient, participant: Participant) {
  queryClient.setQueryData(participantQueryOptions(participant.id).queryKey, participant);
  void queryClient.invalidateQueries({ queryKey: ["participants", "list"] });
}

/** After a change the answer does not carry whole (a consent, a case): read the record again. */
export async function refreshParticipant(queryClient: QueryClient, id: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: ["participants", "list"] });
  // Awaited by the mutations: the page shows the change before it says "recorded".
  await queryClient.invalidateQueries({ queryKey: participantQueryOptions(id).queryKey });
}
