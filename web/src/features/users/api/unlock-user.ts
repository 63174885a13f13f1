import type { User } from "@otagai/shared/users/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeUser } from "./get-user";

export function unlockUser(id: string) {
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}/unlock`, { method: "POST" });
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: unlockUser, onSuccess: (user) => storeUser(queryClient, user) });
}
