import type { Aggregates } from "@otagai/shared/reports/aggregates";
import { keepPreviousData, queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../../../../app/api/download-file";
import { apiRequest } from "../../../../app/api-client";
import type { AggregatesSearch } from "../search-values";

/** GET /api/reports/aggregates: the tables, labelled by the server in the app's language. */
export function useAggregates(search: AggregatesSearch) {
  const { i18n } = useTranslation();
  return useQuery(
    queryOptions({
      queryKey: ["reports-aggregates", search, i18n.language],
      queryFn: ({ signal }) =>
        apiRequest<Aggregates>("/api/reports/aggregates", { query: { ...search }, signal }),
      placeholderData: keepPreviousData,
    }),
  );
}

/** The same tables as an .xlsx file, fetched so that it carries the app's language and a refusal shows. */
export async function downloadAggregates(search: AggregatesSearch): Promise<void> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search))
    if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  await downloadFile(`/api/reports/aggregates.xlsx${text ? `?${text}` : ""}`, "aggregates.xlsx");
}

export function useDownloadAggregates() {
  return useMutation({ mutationFn: downloadAggregates });
}
