import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { reportsRoute } from "./reports-route";

export const aggregatesRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/aggregates",
  beforeLoad: ({ context }) => requirePermission(context.user, "reports.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/reports/aggregates/aggregates-page"), "reports"),
    "AggregatesPage",
  ),
});

/** Every route of the reports' aggregates (issue 14). */
export const aggregatesChildRoutes = [aggregatesRoute];
