import type { ChangePasswordInput } from "@otagai/shared/auth/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { sessionQueryKey } from "../../../app/session";

export function changePassword(input: ChangePasswordInput) {
  return apiRequest("/api/auth/password", { method: "POST", body: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The server may rotate the session on a password change: fetch the fresh CSRF token.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
