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

/** One prospect: its contacts, agreement and activation as a partner workplace. */
export const prospectRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/prospects/$id",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/prospects/prospect-page"), "network"),
    "ProspectPage",
  ),
});

/** Every route of the network's development pipeline (issue 13). */
export const prospectsChildRoutes = [prospectsRoute, prospectRoute];
