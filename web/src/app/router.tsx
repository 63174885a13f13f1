import type { QueryClient } from "@tanstack/react-query";
import { createRouter } from "@tanstack/react-router";
import { LoadingState } from "../components/query-state";
import { NotFoundPage } from "./not-found-page";
import { RouteError } from "./route-error";
import {
  adminHomeRoute,
  adminRoute,
  auditRoute,
  userDetailRoute,
  userListRoute,
  userNewRoute,
  usersRoute,
} from "./routes/admin-routes";
import { communityRoute, publicationsRoute, recyclingRoute } from "./routes/area-routes";
import {
  accountRoute,
  authenticatedRoute,
  dashboardRoute,
  loginRoute,
  notFoundRoute,
  rootRoute,
} from "./routes/base-routes";
import { consultationChildRoutes, consultationRoute } from "./routes/consultation-routes";
import { networkChildRoutes, networkRoute } from "./routes/network-routes";
import { portalChildRoutes, portalRoute } from "./routes/portal-routes";
import { reportsChildRoutes, reportsRoute } from "./routes/reports-routes";
import { supportChildRoutes, supportRoute } from "./routes/support-routes";

const routeTree = rootRoute.addChildren([
  loginRoute,
  authenticatedRoute.addChildren([
    dashboardRoute,
    supportRoute.addChildren(supportChildRoutes),
    consultationRoute.addChildren(consultationChildRoutes),
    networkRoute.addChildren(networkChildRoutes),
    communityRoute,
    recyclingRoute,
    reportsRoute.addChildren(reportsChildRoutes),
    publicationsRoute,
    adminRoute.addChildren([
      adminHomeRoute,
      usersRoute.addChildren([userListRoute, userNewRoute, userDetailRoute]),
      auditRoute,
    ]),
    portalRoute.addChildren(portalChildRoutes),
    accountRoute,
    notFoundRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    // Route data comes from TanStack Query; the router only needs to load the code.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: LoadingState,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
