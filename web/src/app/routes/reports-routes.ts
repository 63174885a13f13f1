import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { dashboardSearchOf } from "../../features/reports/dashboard/search-values";
import { withStrings } from "../i18n";
import { aggregatesChildRoutes } from "./reports/aggregates-routes";
import { contractsChildRoutes } from "./reports/contracts-routes";
import { reportsRoute } from "./reports/reports-route";
import { retentionChildRoutes } from "./reports/retention-routes";

export { reportsRoute };

/** The reports' front page: the overview (dashboard) of the programs for a fiscal year. */
export const reportsHomeRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/",
  validateSearch: dashboardSearchOf,
  component: lazyRouteComponent(
    withStrings(() => import("../../features/reports/dashboard/dashboard-page"), "reports"),
    "DashboardPage",
  ),
});

/** Every child of /reports, in one list the router reads; each sub-area keeps its own file. */
export const reportsChildRoutes = [
  reportsHomeRoute,
  ...contractsChildRoutes,
  ...retentionChildRoutes,
  ...aggregatesChildRoutes,
];
