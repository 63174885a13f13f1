import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { withStrings } from "../../i18n";
import { networkRoute } from "./network-route";

export const membersRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/members",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/members/members-page"), "network"),
    "MembersPage",
  ),
});

/** Every route of the network's members (issue 13). */
export const membersChildRoutes = [membersRoute];
