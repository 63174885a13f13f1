import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { MemberSearch } from "../../../features/network/members/api/members";
import {
  memberFieldValues,
  memberKindValues,
  memberStatusValues,
} from "../../../features/network/members/search-values";
import { requirePermission } from "../../guards";
import { withStrings } from "../../i18n";
import { searchOneOf, searchPage, searchString } from "../../search-params";
import { networkRoute } from "./network-route";

export const membersRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/members",
  validateSearch: (search: Record<string, unknown>): MemberSearch => ({
    q: searchString(search.q),
    kind: searchOneOf(search.kind, memberKindValues),
    field: searchOneOf(search.field, memberFieldValues),
    area: searchString(search.area),
    status: searchOneOf(search.status, memberStatusValues),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/members/members-page"), "network"),
    "MembersPage",
  ),
});

export const memberNewRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/members/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "members.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/members/member-new-page"), "network", "support"),
    "MemberNewPage",
  ),
});

export const memberImportRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/members/import",
  beforeLoad: ({ context }) => requirePermission(context.user, "members.write"),
  component: lazyRouteComponent(
    // The platform's import wizard speaks the support area's import strings.
    withStrings(() => import("../../../features/network/members/member-import-page"), "network", "support"),
    "MemberImportPage",
  ),
});

export const unpaidDuesRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/members/dues",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/members/unpaid-dues-page"), "network"),
    "UnpaidDuesPage",
  ),
});

export const memberRoute = createRoute({
  getParentRoute: () => networkRoute,
  path: "/members/$id",
  component: lazyRouteComponent(
    withStrings(() => import("../../../features/network/members/member-page"), "network", "support"),
    "MemberPage",
  ),
});

/** Every route of the network's members (issue 13). */
export const membersChildRoutes = [
  membersRoute,
  memberNewRoute,
  memberImportRoute,
  unpaidDuesRoute,
  memberRoute,
];
