import type { Figures } from "@otagai/shared/consultation/figures";
import { keepPreviousData, queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import { downloadFile } from "../../../../app/api/download-file";
import { apiRequest } from "../../../../app/api-client";

/** The period in the address: both days, or neither (the current fiscal year). */
export interface FiguresSearch {
  from?: string;
  to?: string;
}

export function useFigures(search: FiguresSearch) {
  return useQuery(
    queryOptions({
      queryKey: ["consultation-figures", search],
      queryFn: ({ signal }) =>
        apiRequest<Figures>("/api/consultation-figures", { query: { ...search }, signal }),
      placeholderData: keepPreviousData,
    }),
  );
}

/**
 * The figures as an .xlsx file (GET /api/consultation-figures.xlsx). Fetched rather than followed
 * as a link: the request carries the app's language (the sheets' headers follow it, not the
 * browser's), and a refusal shows on the page instead of replacing it.
 */
export async function downloadFigures(search: FiguresSearch): Promise<void> {
  const query = new URLSearchParams();
  if (search.from && search.to) {
    query.set("from", search.from);
    query.set("to", search.to);
  }
  const text = query.toString();
  await downloadFile(`/api/consultation-figures.xlsx${text ? `?${text}` : ""}`, "consultation-figures.xlsx");
}

export function useDownloadFigures() {
  return useMutation({ mutationFn: downloadFigures });
}
