import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import {
  type AggregatesSearch,
  aggregatesThreshold,
} from "../../../features/reports/aggregates/search-values";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { searchString } from "../../search-params";
import { reportsRoute } from "./reports-route";

function searchInteger(value: unknown, min: number, max: number): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

/** 公開用の集計表: the fiscal year, threshold and program in the address. */
export const aggregatesRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/aggregates",
  beforeLoad: ({ context }) => requirePermission(context.user, "reports.read"),
  validateSearch: (search: Record<string, unknown>): AggregatesSearch => ({
    fiscalYear: searchInteger(search.fiscalYear, 2000, 2100),
    threshold: searchInteger(search.threshold, aggregatesThreshold.min, aggregatesThreshold.max),
    programId: searchString(search.programId),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/reports/aggregates/aggregates-page"), "reports"),
    "AggregatesPage",
  ),
});

/** Every route of the reports' aggregates (issue 14). */
export const aggregatesChildRoutes = [aggregatesRoute];
