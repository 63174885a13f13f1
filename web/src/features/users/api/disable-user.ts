import { userSchema } from "@otagai/shared/users/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeUser } from "./get-user";

export function disableUser(id: string) {
  return apiRequest(`/api/users/${encodeURIComponent(id)}/disable`, { method: "POST", schema: userSchema });
}

export function useDisableUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: disableUser, onSuccess: (user) => storeUser(queryClient, user) });
}
