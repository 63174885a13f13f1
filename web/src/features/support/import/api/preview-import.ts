import type { ImportMapping, ImportPreview } from "@otagai/shared/import/schemas";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export type ImportRequest = { uploadId: string; mapping: ImportMapping };

/** Each row's problems with this mapping; the server writes nothing (but remembers the mapping). */
export function previewImport(kind: string, input: ImportRequest) {
  return apiRequest<ImportPreview>(`/api/imports/${kind}/preview`, { method: "POST", body: input });
}

export function usePreviewImport(kind: string) {
  return useMutation({ mutationFn: (input: ImportRequest) => previewImport(kind, input) });
}
