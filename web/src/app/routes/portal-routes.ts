import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requireArea } from "../guards";
import { withStrings } from "../i18n";
import { authenticatedRoute } from "./base-routes";

/**
 * The partner portal (area "portal", ADR 019): a partner workplace's own placements, their
 * attendance and evaluations. Its pages live with the placements (features/support/placements/portal)
 * and bring the "support" strings.
 */
export const portalRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/portal",
  beforeLoad: ({ context }) => requireArea(context.user, "portal"),
});

export const portalHomeRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: "/",
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/placements/portal/portal-home-page"), "support"),
    "PortalHomePage",
  ),
});

export const portalPlacementRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: "/placements/$id",
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/placements/portal/portal-placement-page"), "support"),
    "PortalPlacementPage",
  ),
});

export const portalDaySheetRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: "/day-sheet",
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/placements/portal/portal-day-sheet-page"), "support"),
    "PortalDaySheetPage",
  ),
});

/** Every child of /portal, in one list the router reads. */
export const portalChildRoutes = [portalHomeRoute, portalPlacementRoute, portalDaySheetRoute];
