import type { SessionState } from "@otagai/shared/auth/schemas";
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, setCsrfToken } from "../api-client";
import { adoptSession, signedInUserId, storeSession } from "../session";
import { markSessionRestored } from "../session-expiry";

/** Someone else is signed in in this browser now: this page may not go on as the person it shows. */
export class SessionTakenError extends Error {}

/**
 * After the session expired over an open page: logs the same person in again, keeping the page and
 * its cache (the same person may see what it shows). First a fresh pre-session CSRF token, since
 * the page still holds the old session's; if the person already logged in again in another tab,
 * that session is simply taken up.
 */
export async function logInAgain(queryClient: QueryClient, email: string, password: string): Promise<void> {
  const expectedUserId = signedInUserId(queryClient);
  const current = await apiRequest<SessionState>("/api/auth/session");
  let state = current;
  if (current.user && current.user.id !== expectedUserId) throw new SessionTakenError();
  if (!current.user) {
    setCsrfToken(current.csrfToken);
    state = await apiRequest<SessionState>("/api/auth/login", { method: "POST", body: { email, password } });
    if (state.user?.id !== expectedUserId) throw new SessionTakenError();
  }
  storeSession(queryClient, await adoptSession(state));
  markSessionRestored();
  // What failed to load meanwhile loads now; nothing the person sent is sent again.
  void queryClient.refetchQueries({ predicate: (query) => query.state.status === "error" });
}

export function useLogInAgain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) =>
      logInAgain(queryClient, email, password),
  });
}
