import type { DuplicateSweep } from "@otagai/shared/support/duplicates";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { latestSweepQueryKey } from "./latest-sweep";

/** Starts a sweep in the background (409 SWEEP_RUNNING while one runs). */
export function startSweep() {
  return apiRequest<DuplicateSweep>("/api/duplicate-sweeps", { method: "POST" });
}

export function useStartSweep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startSweep,
    // The running sweep becomes the latest: the page starts polling its progress.
    onSuccess: (sweep) => queryClient.setQueryData(latestSweepQueryKey, { sweep }),
    onError: () => void queryClient.invalidateQueries({ queryKey: latestSweepQueryKey }),
  });
}
