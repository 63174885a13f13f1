import type { WorkKind, WorkplaceStatus, workplacePageSchema } from "@otagai/shared/support/workplaces";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type WorkplacePage = z.infer<typeof workplacePageSchema>;

export const workplacesPageSize = 20;

/** The list's filters, as the URL and the API both take them. */
export interface FindWorkplacesParams {
  q?: string;
  workKind?: WorkKind;
  area?: string;
  status?: WorkplaceStatus;
  certified?: boolean;
  /** Only workplaces with a place free today. */
  freeCapacity?: boolean;
  page?: number;
}

export function findWorkplaces(params: FindWorkplacesParams, signal?: AbortSignal) {
  const { certified, freeCapacity, ...rest } = params;
  return apiRequest<WorkplacePage>("/api/workplaces", {
    query: {
      ...rest,
      certified: certified ? "true" : undefined,
      freeCapacity: freeCapacity ? "true" : undefined,
      page: params.page ?? 1,
      pageSize: workplacesPageSize,
    },
    signal,
  });
}

export function workplacesQueryOptions(params: FindWorkplacesParams) {
  return queryOptions({
    queryKey: ["workplaces", "list", params],
    queryFn: ({ signal }) => findWorkplaces(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWorkplaces(params: FindWorkplacesParams) {
  return useQuery(workplacesQueryOptions(params));
}
