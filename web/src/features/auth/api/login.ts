import { type LoginInput, sessionStateSchema } from "@otagai/shared/auth/schemas";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";
import { adoptSession, storeSession } from "../../../app/session";

export async function login(input: LoginInput) {
  return adoptSession(
    await apiRequest("/api/auth/login", { method: "POST", body: input, schema: sessionStateSchema }),
  );
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (state) => {
      // A new user: nothing cached for the previous one may leak into this session.
      queryClient.clear();
      storeSession(queryClient, state);
    },
  });
}
