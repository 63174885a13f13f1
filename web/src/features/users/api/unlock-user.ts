import { userSchema } from "@otagai/shared/users/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeUser } from "./get-user";

export function unlockUser(id: string) {
  return apiRequest(`/api/users/${encodeURIComponent(id)}/unlock`, { method: "POST", schema: userSchema });
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: unlockUser, onSuccess: (user) => storeUser(queryClient, user) });
}
