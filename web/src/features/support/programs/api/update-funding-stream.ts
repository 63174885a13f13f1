import type { FundingStream, UpdateFundingStreamInput } from "@otagai/shared/programs/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { refreshPrograms } from "./get-program";

export function updateFundingStream(programId: string, streamId: string, input: UpdateFundingStreamInput) {
  return apiRequest<FundingStream>(
    `/api/programs/${encodeURIComponent(programId)}/funding-streams/${encodeURIComponent(streamId)}`,
    { method: "PATCH", body: input },
  );
}

/** Rename, end or resume one stream of the program. */
export function useUpdateFundingStream(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ streamId, input }: { streamId: string; input: UpdateFundingStreamInput }) =>
      updateFundingStream(programId, streamId, input),
    onSuccess: () => refreshPrograms(queryClient),
  });
}
