import type { Figures } from "@otagai/shared/consultation/figures";
import type { ErrorResponse } from "@otagai/shared/platform/errors";
import { keepPreviousData, queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import { ApiError, apiRequest } from "../../../../app/api-client";
import { i18n } from "../../../../app/i18n";

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

function fileNameOf(response: Response): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name: the plain one below.
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? "consultation-figures.xlsx";
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    if (typeof body.code === "string" && typeof body.message === "string")
      return new ApiError(response.status, body as ErrorResponse);
  } catch {
    // Not JSON: the generic message.
  }
  return new ApiError(response.status, { code: "INTERNAL", message: i18n.t("errors.INTERNAL") });
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
  let response: Response;
  try {
    response = await fetch(`/api/consultation-figures.xlsx${text ? `?${text}` : ""}`, {
      credentials: "same-origin",
      headers: { "Accept-Language": i18n.language },
    });
  } catch {
    throw new ApiError(0, { code: "INTERNAL", message: i18n.t("errors.INTERNAL") });
  }
  if (!response.ok) throw await errorOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameOf(response);
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns: let it go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useDownloadFigures() {
  return useMutation({ mutationFn: downloadFigures });
}
