import type { workplacePageSchema } from "@otagai/shared/support/workplaces";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type WorkplacePage = z.infer<typeof workplacePageSchema>;

/**
 * GET /api/workplaces?status=active: the workplaces a placement may go to, in one page (a few dozen
 * partners at most; the select filters them as the person types).
 */
export function findActiveWorkplaces(signal?: AbortSignal) {
  return apiRequest<WorkplacePage>("/api/workplaces", {
    query: { status: "active", page: 1, pageSize: 200 },
    signal,
  });
}

export function useActiveWorkplaces() {
  return useQuery(
    queryOptions({
      queryKey: ["workplaces", "list", { status: "active", pageSize: 200 }],
      queryFn: ({ signal }) => findActiveWorkplaces(signal),
      staleTime: 60_000,
    }),
  );
}
