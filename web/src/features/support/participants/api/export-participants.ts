import { useMutation } from "@tanstack/react-query";
import { downloadFile } from "../../../../app/api/download-file";
import type { FindParticipantsParams } from "./find-participants";

function exportUrl(params: FindParticipantsParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key !== "page" && value !== undefined && value !== "") query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/api/participants/export?${text}` : "/api/participants/export";
}

/**
 * The filtered list as an .xlsx file (GET /api/participants/export, same filters as the list). Read
 * with fetch rather than followed as a link, so that a refusal (too many rows, no permission) is
 * shown on the page in the app's words instead of replacing it with a JSON answer.
 */
export async function exportParticipants(params: FindParticipantsParams): Promise<void> {
  await downloadFile(exportUrl(params), "participants.xlsx");
}

export function useExportParticipants() {
  return useMutation({ mutationFn: exportParticipants });
}
