import type { CurrentUser } from "@otagai/shared/auth/schemas";
import type { Locale } from "@otagai/shared/platform/locales";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api-client";
import { applyLocale } from "../i18n";
import { sessionQueryKey } from "../session";

export function updatePreferences(locale: Locale) {
  return apiRequest<CurrentUser>("/api/auth/preferences", { method: "PATCH", body: { locale } });
}

/** Switches the language at once and saves it to the account. */
export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await applyLocale(locale);
      return updatePreferences(locale);
    },
    onSuccess: (user) => {
      queryClient.setQueryData(sessionQueryKey, (state) => (state ? { ...state, user } : state));
    },
  });
}
