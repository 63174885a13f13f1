import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { withStrings } from "../../i18n";
import { networkRoute } from "./network-route";

export const proposalsRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/proposals",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/proposals/proposals-page"), "network"),
    "ProposalsPage",
  ),
});

/** Every route of the network's proposals (issue 13). */
export const proposalsChildRoutes = [proposalsRoute];
