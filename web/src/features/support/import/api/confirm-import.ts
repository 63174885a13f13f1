import type { ImportResult } from "@otagai/shared/import/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import type { ImportRequest } from "./preview-import";

/** Writes every row in one transaction, or none. */
export function confirmImport(kind: string, input: ImportRequest) {
  return apiRequest<ImportResult>(`/api/imports/${kind}/confirm`, { method: "POST", body: input });
}

export function useConfirmImport(kind: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportRequest) => confirmImport(kind, input),
    // Lists of the imported records (and of what they opened, such as cases) are out of date.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
