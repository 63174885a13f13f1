import type { ErrorResponse } from "@otagai/shared/platform/errors";
import { ApiError } from "../api-client";
import { i18n } from "../i18n";

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name: the plain one below.
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
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
 * Downloads a file the API makes (an export, a spreadsheet of figures). Fetched rather than followed
 * as a link: the request carries the app's language, and a refusal (too many rows, no permission)
 * is thrown as an ApiError to show on the page instead of replacing it with a JSON answer.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: "same-origin",
      headers: { "Accept-Language": i18n.language },
    });
  } catch {
    throw new ApiError(0, { code: "INTERNAL", message: i18n.t("errors.INTERNAL") });
  }
  if (!response.ok) throw await errorOf(response);
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = objectUrl;
  link.download = fileNameOf(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns: let it go a moment later.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
