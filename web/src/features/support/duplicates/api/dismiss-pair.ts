import type { DismissDuplicatePairInput } from "@otagai/shared/support/duplicates";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** "Not a duplicate": no sweep lists the two again. */
export function dismissPair(input: DismissDuplicatePairInput) {
  return apiRequest<void>("/api/duplicate-pairs/dismiss", { method: "POST", body: input });
}

export function useDismissPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissPair,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["duplicates", "pairs"] }),
  });
}
