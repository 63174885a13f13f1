import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { reportsRoute } from "./reports-route";

export const retentionRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/retention",
  beforeLoad: ({ context }) => requirePermission(context.user, "reports.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/reports/retention/retention-page"), "reports"),
    "RetentionPage",
  ),
});

/** Every route of the reports' retention (issue 14). */
export const retentionChildRoutes = [retentionRoute];
