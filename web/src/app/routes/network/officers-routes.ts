import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { withStrings } from "../../i18n";
import { networkRoute } from "./network-route";

export const officersRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/officers",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/officers/officers-page"), "network"),
    "OfficersPage",
  ),
});

/** Every route of the network's officers (issue 13). */
export const officersChildRoutes = [officersRoute];
