import type { CurrentUser } from "@otagai/shared/auth/schemas";
import { roleHas } from "@otagai/shared/platform/permissions";
import type { User } from "@otagai/shared/users/schemas";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { findParticipants } from "../../support/participants/api/find-participants";

/** The participants whose name or reading matches (GET /api/participants?q=), once two characters are typed. */
export function useParticipantSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ["participants", "list", { q: query }],
    queryFn: ({ signal }) => findParticipants({ q: query }, signal),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
  });
}

const activeUsersQueryOptions = queryOptions({
  queryKey: ["users", "list", { status: "active", pageSize: 200 }],
  queryFn: ({ signal }) =>
    apiRequest<{ items: User[] }>("/api/users", {
      query: { status: "active", page: 1, pageSize: 200 },
      signal,
    }),
  staleTime: 5 * 60_000,
});

/**
 * Who a consultation's consultant can be: oneself first, everyone active for those who may read the
 * user list, and whoever the record names now (`current`), so a stored consultant stays shown.
 */
export function useConsultantOptions(
  me: CurrentUser,
  meLabel: string,
  current?: { id: string; name: string } | null,
) {
  const canList = roleHas(me.role, "users.read");
  const users = useQuery({ ...activeUsersQueryOptions, enabled: canList });
  const options = [{ value: me.id, label: meLabel }];
  for (const user of users.data?.items ?? [])
    if (user.id !== me.id && user.role !== "partner")
      options.push({ value: user.id, label: user.displayName });
  if (current && !options.some((option) => option.value === current.id))
    options.push({ value: current.id, label: current.name });
  return options;
}
