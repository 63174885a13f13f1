import type { ImportUpload, ImportUploadInput } from "@otagai/shared/import/schemas";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** Sends the file (base64 in JSON); the server reads it and keeps its rows until the import is confirmed. */
export function uploadImportFile(kind: string, input: ImportUploadInput) {
  return apiRequest<ImportUpload>(`/api/imports/${kind}/uploads`, { method: "POST", body: input });
}

export function useUploadImportFile(kind: string) {
  return useMutation({ mutationFn: (input: ImportUploadInput) => uploadImportFile(kind, input) });
}
