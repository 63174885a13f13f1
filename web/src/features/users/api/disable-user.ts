import type { User } from "@otagai/shared/users/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeUser } from "./get-user";

export function disableUser(id: string) {
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}/disable`, { method: "POST" });
}

export function useDisableUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: disableUser, onSuccess: (user) => storeUser(queryClient, user) });
}
