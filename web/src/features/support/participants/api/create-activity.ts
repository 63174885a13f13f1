import type { Activity, CreateActivityInput } from "@otagai/shared/support/activities";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshTimelines } from "./participant-activities";

export function createActivity(input: CreateActivityInput) {
  return apiRequest<Activity>("/api/activities", { method: "POST", body: input });
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    onSuccess: (activity) => refreshTimelines(queryClient, activity),
  });
}
