import type { RetentionReport } from "@otagai/shared/reports/retention";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import type { RetentionSearch } from "../search-values";

/** GET /api/reports/retention: the curves, numbers at risk and reasons for the options. */
export function useRetention(search: RetentionSearch) {
  return useQuery(
    queryOptions({
      queryKey: ["reports-retention", search],
      queryFn: ({ signal }) =>
        apiRequest<RetentionReport>("/api/reports/retention", { query: { ...search }, signal }),
      placeholderData: keepPreviousData,
    }),
  );
}
