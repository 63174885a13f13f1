import type { CurrentUser, SessionState } from "@otagai/shared/auth/schemas";
import { type QueryClient, queryOptions } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { apiRequest, setCsrfToken } from "./api-client";
import { applyLocale } from "./i18n";

export const sessionQueryKey = ["session"] as const;

/** Takes in a SessionState from any answer: the CSRF token and the user's saved language. */
export async function adoptSession(state: SessionState): Promise<SessionState> {
  setCsrfToken(state.csrfToken);
  if (state.user) await applyLocale(state.user.locale);
  return state;
}

export async function getSession(): Promise<SessionState> {
  return adoptSession(await apiRequest<SessionState>("/api/auth/session"));
}

export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: getSession,
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function storeSession(queryClient: QueryClient, state: SessionState) {
  queryClient.setQueryData(sessionQueryOptions.queryKey, state);
}

/** The id of the user this page believes is signed in, or null: what the API client compares against. */
export function signedInUserId(queryClient: QueryClient): string | null {
  return queryClient.getQueryData(sessionQueryOptions.queryKey)?.user?.id ?? null;
}

/** Forgets the signed-in user (after a 401 or logout) but keeps the CSRF token for the login form. */
export function forgetUser(queryClient: QueryClient) {
  const state = queryClient.getQueryData(sessionQueryOptions.queryKey);
  queryClient.setQueryData(sessionQueryOptions.queryKey, {
    csrfToken: state?.csrfToken ?? "",
    idleTimeoutSeconds: state?.idleTimeoutSeconds ?? 0,
    user: null,
  });
}

/**
 * The signed-in user, as the authenticated layout route checked it. Read from the route context,
 * not the query cache, so that the page being left keeps rendering while logout or a 401 clears
 * the session and navigates to the login page.
 */
export function useCurrentUser(): CurrentUser {
  return useRouteContext({ from: "/_authenticated", select: (context) => context.user });
}
