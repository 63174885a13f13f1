import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requireArea } from "../guards";
import { withStrings } from "../i18n";
import { authenticatedRoute } from "./base-routes";

/**
 * The support area (features/support): participants, cases, programs and contracts, import,
 * duplicates. Each sub-area's pages are lazy routes that bring the "support" strings.
 */
export const supportRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/support",
  beforeLoad: ({ context }) => requireArea(context.user, "support"),
});

export const supportHomeRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/",
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/support-page"), "support"),
    "SupportPage",
  ),
});

/** Every child of /support, in one list the router reads (each sub-area adds its routes here). */
export const supportChildRoutes = [supportHomeRoute];
