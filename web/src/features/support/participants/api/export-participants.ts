import type { ErrorResponse } from "@otagai/shared/platform/errors";
import { useMutation } from "@tanstack/react-query";
import { ApiError } from "../../../../app/api-client";
import { i18n } from "../../../../app/i18n";
import type { FindParticipantsParams } from "./find-participants";

function exportUrl(params: FindParticipantsParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key !== "page" && value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/api/participants/export?${text}` : "/api/participants/export";
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
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? "participants.xlsx";
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    if (typeof body.code === "string" && typeof body.message === "string") {
      return new ApiError(response.status, body as ErrorResponse);
    }
  } catch {
    // Not JSON: the generic message.
  }
  return new ApiError(response.status, { code: "INTERNAL", message: i18n.t("errors.INTERNAL") });
}

/**
 * The filtered list as an .xlsx file (GET /api/participants/export, same filters as the list). Read
 * with fetch rather than followed as a link, so that a refusal (too many rows, no permission) is
 * shown on the page in the app's words instead of replacing it with a JSON answer.
 */
export async function exportParticipants(params: FindParticipantsParams): Promise<void> {
  let response: Response;
  try {
    response = await fetch(exportUrl(params), {
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

export function useExportParticipants() {
  return useMutation({ mutationFn: exportParticipants });
}
