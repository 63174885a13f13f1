import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { reportsRoute } from "./reports-route";

export const contractsRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/contracts",
  beforeLoad: ({ context }) => requirePermission(context.user, "reports.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/reports/contracts/contracts-page"), "reports"),
    "ContractsPage",
  ),
});

/** Every route of the reports' contracts (issue 14). */
export const contractsChildRoutes = [contractsRoute];
