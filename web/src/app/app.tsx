import { MantineProvider } from "@mantine/core";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { isApiError, setSignedInUserReader, setUnauthenticatedHandler } from "./api-client";
import { i18n } from "./i18n";
import { createAppRouter } from "./router";
import { forgetUser, sessionQueryOptions, signedInUserId } from "./session";
import { markSessionExpired } from "./session-expiry";
import { cssVariablesResolver, themeFor } from "./theme";

function retryable(failureCount: number, error: unknown): boolean {
  // 4xx answers will not change on retry; a network blip or a 5xx may.
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  mutationCache: new MutationCache(),
  defaultOptions: {
    queries: { retry: retryable, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

const router = createAppRouter(queryClient);

// Every page starts by asking who is signed in: ask now, while main.tsx waits for the strings.
void queryClient.prefetchQuery(sessionQueryOptions);

setSignedInUserReader(() => signedInUserId(queryClient));
setUnauthenticatedHandler((reason) => {
  const location = router.state.location;
  // The session ran out under a signed-in page: the password again over it, keeping what was typed.
  if (reason === "expired" && signedInUserId(queryClient) && location.pathname !== "/login") {
    markSessionExpired();
    return;
  }
  forgetUser(queryClient);
  if (location.pathname === "/login") return;
  void router.navigate({ to: "/login", search: { redirect: location.href }, replace: true });
});

/** Mantine with the theme of the shown language (its named close buttons follow a switch). */
function ThemedApp() {
  const { t, i18n: shown } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the label changes with the language only
  const theme = useMemo(() => themeFor(t("common.close")), [shown.language]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      forceColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedApp />
    </I18nextProvider>
  );
}
