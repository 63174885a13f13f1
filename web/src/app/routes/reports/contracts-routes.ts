import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { ContractReportSearch } from "../../../features/reports/contracts/api/contract-reports";
import {
  reportKindSearchValues,
  searchFiscalYear,
  searchMonth,
} from "../../../features/reports/contracts/search-values";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { searchOneOf, searchString } from "../../search-params";
import { reportsRoute } from "./reports-route";

/** The contracts of a fiscal year, with links to their reports. */
export const contractsRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/contracts",
  beforeLoad: ({ context }) => requirePermission(context.user, "reports.read"),
  validateSearch: (search: Record<string, unknown>): { fiscalYear?: number } => ({
    fiscalYear: searchFiscalYear(search.fiscalYear),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/reports/contracts/contracts-page"), "reports"),
    "ContractsPage",
  ),
});

/** One contract's monthly or fiscal-year report: figures, the records behind them, submission. */
export const contractReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/contracts/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "reports.read"),
  validateSearch: (search: Record<string, unknown>): ContractReportSearch => ({
    kind: searchOneOf(search.kind, reportKindSearchValues),
    month: searchMonth(search.month),
    stream: searchString(search.stream),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/reports/contracts/contract-report-page"), "reports"),
    "ContractReportPage",
  ),
});

/** Every route of the reports' contracts (issue 14). */
export const contractsChildRoutes = [contractsRoute, contractReportRoute];
