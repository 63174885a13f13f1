import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import {
  type RetentionSearch,
  retentionGroupingSearchValues,
  retentionPopulationSearchValues,
} from "../../../features/reports/retention/search-values";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { searchOneOf, searchString } from "../../search-params";
import { reportsRoute } from "./reports-route";

function searchYear(value: unknown): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** 定着の分析: the Kaplan–Meier curves, with the grouping and filters in the address. */
export const retentionRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: "/retention",
  beforeLoad: ({ context }) => requirePermission(context.user, "reports.read"),
  validateSearch: (search: Record<string, unknown>): RetentionSearch => ({
    groupBy: searchOneOf(search.groupBy, retentionGroupingSearchValues),
    programId: searchString(search.programId),
    fromYear: searchYear(search.fromYear),
    population: searchOneOf(search.population, retentionPopulationSearchValues),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/reports/retention/retention-page"), "reports"),
    "RetentionPage",
  ),
});

/** Every route of the reports' retention (issue 14). */
export const retentionChildRoutes = [retentionRoute];
