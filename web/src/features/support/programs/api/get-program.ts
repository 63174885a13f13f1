import { type ProgramDetail, programIdParamsSchema } from "@otagai/shared/programs/schemas";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export function getProgram(id: string, signal?: AbortSignal) {
  return apiRequest<ProgramDetail>(`/api/programs/${encodeURIComponent(id)}`, { signal });
}

/** The key the case form's funding-stream picker reads too: a change here refreshes it. */
export function programQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["programs", "detail", id],
    queryFn: ({ signal }) => getProgram(id, signal),
  });
}

/** A program id as the API accepts it; anything else in the address names no program. */
export function isProgramId(id: string): boolean {
  return programIdParamsSchema.safeParse({ id }).success;
}

export function useProgram(id: string) {
  return useQuery({ ...programQueryOptions(id), enabled: isProgramId(id) });
}

/** After any change to a program, its streams or contracts: the page and every picker reload. */
export function refreshPrograms(queryClient: QueryClient, program?: ProgramDetail) {
  if (program) queryClient.setQueryData(programQueryOptions(program.id).queryKey, program);
  void queryClient.invalidateQueries({ queryKey: ["programs"] });
}
