import type { Workplace, WorkplaceProfileInput } from "@otagai/shared/support/workplaces";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { storeWorkplace } from "./get-workplace";

export function createWorkplace(input: WorkplaceProfileInput) {
  return apiRequest<Workplace>("/api/workplaces", { method: "POST", body: input });
}

export function useCreateWorkplace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWorkplace,
    onSuccess: (workplace) => storeWorkplace(queryClient, workplace),
  });
}
