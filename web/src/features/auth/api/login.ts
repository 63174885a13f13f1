import type { LoginInput, SessionState } from "@otagai/shared/auth/schemas";
import type { Locale } from "@otagai/shared/platform/locales";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { updatePreferences } from "../../../app/api/update-preferences";
import { apiRequest, setCsrfToken } from "../../../app/api-client";
import { adoptSession, storeSession } from "../../../app/session";

interface LoginRequest {
  input: LoginInput;
  /** The language chosen on the login page just now: it wins over the one saved to the account. */
  chosenLocale?: Locale | null;
}

export async function login({ input, chosenLocale }: LoginRequest) {
  let state = await apiRequest<SessionState>("/api/auth/login", { method: "POST", body: input });
  const user = state.user;
  if (chosenLocale && user && user.locale !== chosenLocale) {
    // Saved to the account, so the next login (on any PC) opens in the language chosen last.
    setCsrfToken(state.csrfToken);
    try {
      state = { ...state, user: await updatePreferences(chosenLocale) };
    } catch {
      // Not saved (a network blip): the person still sees the language they chose in this session.
      state = { ...state, user: { ...user, locale: chosenLocale } };
    }
  }
  return adoptSession(state);
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
