import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { withStrings } from "../i18n";
import { meetingsChildRoutes } from "./network/meetings-routes";
import { membersChildRoutes } from "./network/members-routes";
import { networkRoute } from "./network/network-route";
import { officersChildRoutes } from "./network/officers-routes";
import { proposalsChildRoutes } from "./network/proposals-routes";
import { prospectsChildRoutes } from "./network/prospects-routes";
import { requestsChildRoutes } from "./network/requests-routes";

export { networkRoute };

/** The network's front page: its sub-areas, each shown to whoever may open it. */
export const networkHomeRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/",
  component: lazyRouteComponent(
    withStrings(() => import("../../features/network/network-page"), "network"),
    "NetworkPage",
  ),
});

/** Every child of /network, in one list the router reads; each sub-area keeps its own file. */
export const networkChildRoutes = [
  networkHomeRoute,
  ...membersChildRoutes,
  ...officersChildRoutes,
  ...prospectsChildRoutes,
  ...meetingsChildRoutes,
  ...requestsChildRoutes,
  ...proposalsChildRoutes,
];
