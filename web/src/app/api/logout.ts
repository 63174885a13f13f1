import type { SessionState } from "@otagai/shared/auth/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { apiRequest } from "../api-client";
import { adoptSession, forgetUser, storeSession } from "../session";

export async function logout() {
  return adoptSession(await apiRequest<SessionState>("/api/auth/logout", { method: "POST" }));
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: async (state) => {
      forgetUser(queryClient);
      await navigate({ to: "/login", replace: true });
      // Then drop every cached record, so that nothing of the last user can be shown again.
      queryClient.clear();
      storeSession(queryClient, state);
    },
  });
}
