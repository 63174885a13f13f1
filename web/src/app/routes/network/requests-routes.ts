import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { NetworkRequestSearch } from "../../../features/network/requests/api/requests";
import {
  requestKindSearchValues,
  requestOriginSearchValues,
  requestStatusSearchValues,
} from "../../../features/network/requests/search-values";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { searchOneOf, searchPage, searchString } from "../../search-params";
import { networkRoute } from "./network-route";

function searchYear(value: unknown): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined;
}

/** 諸資源の活用: the list of requests with its filters in the address, and the yearly count. */
export const requestsRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/requests",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  validateSearch: (search: Record<string, unknown>): NetworkRequestSearch => ({
    q: searchString(search.q),
    status: searchOneOf(search.status, requestStatusSearchValues),
    kind: searchOneOf(search.kind, requestKindSearchValues),
    origin: searchOneOf(search.origin, requestOriginSearchValues),
    owner: searchString(search.owner),
    fiscalYear: searchYear(search.fiscalYear),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/requests/requests-page"), "network"),
    "RequestsPage",
  ),
});

export const requestNewRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/requests/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "networkRequests.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/requests/request-new-page"), "network"),
    "RequestNewPage",
  ),
});

/** One request: what was asked, its status moves and outcome. */
export const requestRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/requests/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "network.read"),
  validateSearch: (search: Record<string, unknown>): { saved?: boolean } => ({
    saved: search.saved === true || search.saved === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/requests/request-page"), "network"),
    "RequestPage",
  ),
});

/** Every route of the network's requests (issue 13). */
export const requestsChildRoutes = [requestsRoute, requestNewRoute, requestRoute];
