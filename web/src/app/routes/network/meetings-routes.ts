import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { withStrings } from "../../i18n";
import { networkRoute } from "./network-route";

export const meetingsRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/meetings",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/meetings/meetings-page"), "network"),
    "MeetingsPage",
  ),
});

/** Every route of the network's meetings (issue 13). */
export const meetingsChildRoutes = [meetingsRoute];
