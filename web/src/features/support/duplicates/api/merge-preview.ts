import type { MergePreview } from "@otagai/shared/support/duplicates";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** Both records side by side (the first is the one that would be kept). */
export function getMergePreview(id: string, otherId: string, signal?: AbortSignal) {
  return apiRequest<MergePreview>(
    `/api/participants/${encodeURIComponent(id)}/merge-preview/${encodeURIComponent(otherId)}`,
    { signal },
  );
}

/**
 * The pair in a fixed order (smaller id first), so that choosing which record to keep swaps only
 * the sides on the page, not the request.
 */
export function mergePreviewQueryOptions(a: string, b: string) {
  const [first, second] = a < b ? [a, b] : [b, a];
  return queryOptions({
    queryKey: ["duplicates", "merge-preview", first, second],
    queryFn: ({ signal }) => getMergePreview(first, second, signal),
  });
}

export function useMergePreview(a: string, b: string, enabled: boolean) {
  return useQuery({ ...mergePreviewQueryOptions(a, b), enabled });
}
