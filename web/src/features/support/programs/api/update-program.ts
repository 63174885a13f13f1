import type { ProgramDetail, UpdateProgramInput } from "@otagai/shared/programs/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshPrograms } from "./get-program";

export function updateProgram(id: string, input: UpdateProgramInput) {
  return apiRequest<ProgramDetail>(`/api/programs/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: input,
  });
}

/** Saves with the version the editor loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateProgram(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProgramInput) => updateProgram(id, input),
    onSuccess: (program) => refreshPrograms(queryClient, program),
  });
}
