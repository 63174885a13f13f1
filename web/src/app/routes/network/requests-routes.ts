import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { withStrings } from "../../i18n";
import { networkRoute } from "./network-route";

export const requestsRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/requests",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/requests/requests-page"), "network"),
    "RequestsPage",
  ),
});

/** Every route of the network's requests (issue 13). */
export const requestsChildRoutes = [requestsRoute];
