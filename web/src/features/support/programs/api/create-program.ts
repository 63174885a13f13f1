import type { CreateProgramInput, ProgramDetail } from "@otagai/shared/programs/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshPrograms } from "./get-program";

export function createProgram(input: CreateProgramInput) {
  return apiRequest<ProgramDetail>("/api/programs", { method: "POST", body: input });
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgram,
    onSuccess: (program) => refreshPrograms(queryClient, program),
  });
}
