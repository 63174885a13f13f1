import type { Role } from "@otagai/shared/platform/permissions";
import type { UserStatus, userPageSchema } from "@otagai/shared/users/schemas";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../app/api-client";

type UserPage = z.infer<typeof userPageSchema>;

export const usersPageSize = 20;

export interface FindUsersParams {
  q?: string;
  role?: Role;
  status?: UserStatus;
  page?: number;
}

export function findUsers(params: FindUsersParams, signal?: AbortSignal) {
  return apiRequest<UserPage>("/api/users", {
    query: { ...params, page: params.page ?? 1, pageSize: usersPageSize },
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
