import type { CurrentUser } from "@otagai/shared/auth/schemas";
import { roleHas } from "@otagai/shared/platform/permissions";
import type { User } from "@otagai/shared/users/schemas";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

export interface CoordinatorOption {
  id: string;
  name: string;
}

function findActiveCoordinators(signal?: AbortSignal) {
  return apiRequest<{ items: User[] }>("/api/users", {
    query: { role: "coordinator", status: "active", page: 1, pageSize: 200 },
    signal,
  });
}

const coordinatorsQueryOptions = queryOptions({
  queryKey: ["users", "list", { role: "coordinator", status: "active", pageSize: 200 }],
  queryFn: ({ signal }) => findActiveCoordinators(signal),
  staleTime: 5 * 60_000,
});

/**
 * The coordinators a filter or a case's lead may name. Only those who may read the user list
 * (managers, administrators) get everyone; a coordinator gets themself, since no API lists staff
 * to them yet.
 */
export function useCoordinatorOptions(me: CurrentUser): { options: CoordinatorOption[]; isPending: boolean } {
  const canList = roleHas(me.role, "users.read");
  const coordinators = useQuery({ ...coordinatorsQueryOptions, enabled: canList });
  const self: CoordinatorOption[] = me.role === "coordinator" ? [{ id: me.id, name: me.displayName }] : [];
  if (!canList) return { options: self, isPending: false };
  const others = (coordinators.data?.items ?? [])
    .filter((user) => user.id !== me.id)
    .map((user) => ({ id: user.id, name: user.displayName }));
  return { options: [...self, ...others], isPending: coordinators.isPending };
}
