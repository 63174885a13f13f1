import type { Role } from "@otagai/shared/platform/permissions";
import { userPageSchema, type userStatuses } from "@otagai/shared/users/schemas";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";

export const usersPageSize = 20;

export interface FindUsersParams {
  q?: string;
  role?: Role;
  status?: (typeof userStatuses)[number];
  page?: number;
}

export function findUsers(params: FindUsersParams, signal?: AbortSignal) {
  return apiRequest("/api/users", {
    query: { ...params, page: params.page ?? 1, pageSize: usersPageSize },
    schema: userPageSchema,
    signal,
  });
}

export function usersQueryOptions(params: FindUsersParams) {
  return queryOptions({
    queryKey: ["users", "list", params],
    queryFn: ({ signal }) => findUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: FindUsersParams) {
  return useQuery(usersQueryOptions(params));
}
