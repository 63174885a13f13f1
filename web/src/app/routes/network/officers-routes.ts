import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { OfficerSearch } from "../../../features/network/officers/api/officers";
import {
  officerRoleSearchValues,
  officerTermSearchValues,
} from "../../../features/network/officers/search-values";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { searchDate, searchOneOf, searchPage, searchString } from "../../search-params";
import { networkRoute } from "./network-route";

/** 役員: the board as of a day and every term, the day and the filters in the address. */
export const officersRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/officers",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  validateSearch: (search: Record<string, unknown>): OfficerSearch => ({
    on: searchDate(search.on),
    q: searchString(search.q),
    role: searchOneOf(search.role, officerRoleSearchValues),
    term: searchOneOf(search.term, officerTermSearchValues),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/officers/officers-page"), "network"),
    "OfficersPage",
  ),
});

export const officerNewRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/officers/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "officers.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/officers/officer-new-page"), "network"),
    "OfficerNewPage",
  ),
});

/** One term: its form (or its summary for readers) and the delete of a mistaken entry. */
export const officerRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/officers/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  validateSearch: (search: Record<string, unknown>): { saved?: boolean } => ({
    saved: search.saved === true || search.saved === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/officers/officer-page"), "network"),
    "OfficerPage",
  ),
});

/** Every route of the network's officers (issue 13). */
export const officersChildRoutes = [officersRoute, officerNewRoute, officerRoute];
