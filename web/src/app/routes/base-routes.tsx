import { areasForRole } from "@otagai/shared/platform/areas";
import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { canSeeArea, requirePermission } from "../guards";
import { withStrings } from "../i18n";
import { NotFoundPage } from "../not-found-page";
import { safeRedirect } from "../search-params";
import { sessionQueryOptions } from "../session";

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: safeRedirect(search.redirect),
  }),
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (session.user) throw redirect({ to: search.redirect ?? "/", replace: true });
  },
  component: lazyRouteComponent(() => import("../../features/auth/login-page"), "LoginPage"),
});

/** Everything behind login. The session is asked once and kept; a 401 anywhere clears it. */
export const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "_authenticated",
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session.user) {
      throw redirect({ to: "/login", search: { redirect: safeRedirect(location.href) }, replace: true });
    }
    return { user: session.user };
  },
  // The layout (navigation, menus) is a chunk of its own: the login page does without it.
  component: lazyRouteComponent(() => import("../layout/app-layout"), "AppLayout"),
});

/** Any address no page answers, behind login: "not found" inside the layout, header and menu kept. */
export const notFoundRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "$",
  component: NotFoundPage,
});

export const dashboardRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/",
  beforeLoad: ({ context }) => {
    if (canSeeArea(context.user, "dashboard")) return;
    // A role without the dashboard (a partner workplace) starts at its first area instead.
    const first = areasForRole(context.user.role)[0];
    throw redirect({ to: first ? first.path : "/account", replace: true });
  },
  component: lazyRouteComponent(
    withStrings(() => import("../../features/dashboard/dashboard-page"), "dashboard"),
    "DashboardPage",
  ),
});

export const accountRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/account",
  beforeLoad: ({ context }) => requirePermission(context.user, "account.self"),
  component: lazyRouteComponent(() => import("../../features/account/account-page"), "AccountPage"),
});
