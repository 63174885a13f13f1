import type { Activity, createActivityInputSchema } from "@otagai/shared/support/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { caseActivitiesQueryKey } from "./find-case-activities";

type Input = z.input<typeof createActivityInputSchema>;

/** POST /api/activities: a support record (支援記録) of this case's participant, on this case. */
export function createActivity(input: Input) {
  return apiRequest<Activity>("/api/activities", { method: "POST", body: input });
}

export function useCreateActivity(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => createActivity(input),
    onSuccess: (activity) => {
      void queryClient.invalidateQueries({ queryKey: caseActivitiesQueryKey(caseId) });
      // The participant's own timeline shows it too.
      void queryClient.invalidateQueries({ queryKey: ["participants"] });
      void queryClient.invalidateQueries({ queryKey: ["activities", activity.participantId] });
    },
  });
}
