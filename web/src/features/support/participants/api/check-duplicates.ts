import type { DuplicateCheckResult, duplicateCheckInputSchema } from "@otagai/shared/support/participants";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

export type DuplicateCheckInput = z.output<typeof duplicateCheckInputSchema>;

export function checkDuplicates(input: DuplicateCheckInput, signal?: AbortSignal) {
  return apiRequest<DuplicateCheckResult>("/api/participants/duplicate-check", {
    method: "POST",
    body: input,
    signal,
  });
}

/**
 * Likely duplicates of what the form holds (null: not enough typed yet to ask). A read, though
 * sent as POST (names and birth dates stay out of URLs and logs), so it is a query: the same
 * input is asked once, and an older answer never replaces a newer one.
 */
export function useDuplicateCheck(input: DuplicateCheckInput | null) {
  return useQuery({
    queryKey: ["participants", "duplicate-check", input],
    queryFn: ({ signal }) => checkDuplicates(input as DuplicateCheckInput, signal),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}
