import type { UpdateUserInput, User } from "@otagai/shared/users/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { storeUser } from "./get-user";

export function updateUser(id: string, input: UpdateUserInput) {
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", body: input });
}

/** Saves with the version the editor loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateUserInput) => updateUser(id, input),
    onSuccess: (user) => storeUser(queryClient, user),
  });
}
