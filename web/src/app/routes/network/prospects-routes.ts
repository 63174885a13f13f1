import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { withStrings } from "../../i18n";
import { networkRoute } from "./network-route";

export const prospectsRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/prospects",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/prospects/prospects-page"), "network"),
    "ProspectsPage",
  ),
});

/** Every route of the network's prospects (issue 13). */
export const prospectsChildRoutes = [prospectsRoute];
