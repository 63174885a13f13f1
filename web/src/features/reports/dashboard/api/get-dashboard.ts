import type { Dashboard } from "@otagai/shared/reports/dashboard";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import type { DashboardSearch } from "../search-values";

/** GET /api/reports/dashboard: the year's (and program's) figures; the previous ones stay while switching. */
export function useDashboard(search: DashboardSearch) {
  return useQuery(
    queryOptions({
      queryKey: ["reports-dashboard", search],
      queryFn: ({ signal }) =>
        apiRequest<Dashboard>("/api/reports/dashboard", { query: { ...search }, signal }),
      placeholderData: keepPreviousData,
    }),
  );
}
