import { type User, userIdParamsSchema } from "@otagai/shared/users/schemas";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";

export function getUser(id: string, signal?: AbortSignal) {
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}`, { signal });
}

export function userQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["users", "detail", id],
    queryFn: ({ signal }) => getUser(id, signal),
  });
}

/** A user id as the API accepts it; anything else in the address names no record. */
export function isUserId(id: string): boolean {
  return userIdParamsSchema.safeParse({ id }).success;
}

export function useUser(id: string) {
  return useQuery({ ...userQueryOptions(id), enabled: isUserId(id) });
}

/** After any change to a user: the detail shows the new record, the lists reload. */
export function storeUser(queryClient: QueryClient, user: User) {
  queryClient.setQueryData(userQueryOptions(user.id).queryKey, user);
  void queryClient.invalidateQueries({ queryKey: ["users", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["dashboard"] });
}
