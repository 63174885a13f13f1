import type { User } from "@otagai/shared/users/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeUser } from "./get-user";

export function enableUser(id: string) {
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}/enable`, { method: "POST" });
}

export function useEnableUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: enableUser, onSuccess: (user) => storeUser(queryClient, user) });
}
