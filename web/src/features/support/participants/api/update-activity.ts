import type { Activity, updateActivityInputSchema } from "@otagai/shared/support/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";
import { refreshTimelines } from "./participant-activities";

export type UpdateActivityInput = z.input<typeof updateActivityInputSchema>;

export function updateActivity(id: string, input: UpdateActivityInput) {
  return apiRequest<Activity>(`/api/activities/${encodeURIComponent(id)}`, { method: "PATCH", body: input });
}

/** Saves with the version the editor loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateActivityInput) => updateActivity(id, input),
    onSuccess: (activity) => refreshTimelines(queryClient, activity),
  });
}
