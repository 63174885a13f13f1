import type { ConsultationSummary } from "@otagai/shared/consultation/consultations";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** GET /api/participants/:id/consultations: the person's consultations at the desk, newest first. */
export function useParticipantConsultations(participantId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["participants", "detail", participantId, "consultations"],
    queryFn: ({ signal }) =>
      apiRequest<{ items: ConsultationSummary[] }>(
        `/api/participants/${encodeURIComponent(participantId)}/consultations`,
        { signal },
      ),
    enabled,
  });
}
