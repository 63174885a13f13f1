import { auditActions } from "@otagai/shared/audit/actions";
import { type Role, roles } from "@otagai/shared/platform/permissions";
import { type UserStatus, userStatuses } from "@otagai/shared/users/statuses";
import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { FindAuditEventsParams } from "../../features/audit/api/find-audit-events";
import { auditKinds } from "../../features/audit/audit-kinds";
import { requireArea, requirePermission } from "../guards";
import { withStrings } from "../i18n";
import { searchDate, searchOneOf, searchPage, searchString } from "../search-params";
import { authenticatedRoute } from "./base-routes";

export interface UserListSearch {
  q?: string;
  role?: Role;
  status?: UserStatus;
  page?: number;
}

/** The audit page's URL search: the API's filters, less the actor (chosen from a record, not the URL). */
export type AuditSearch = Omit<FindAuditEventsParams, "actorId">;

export const adminRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/admin",
  beforeLoad: ({ context }) => {
    requireArea(context.user, "admin");
    requirePermission(context.user, "users.read", "audit.read");
  },
});

export const adminHomeRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/",
  component: lazyRouteComponent(
    withStrings(() => import("../../features/admin/admin-page"), "admin"),
    "AdminPage",
  ),
});

export const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/users",
  beforeLoad: ({ context }) => requirePermission(context.user, "users.read"),
});

export const userListRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: "/",
  validateSearch: (search: Record<string, unknown>): UserListSearch => ({
    q: searchString(search.q),
    role: searchOneOf(search.role, roles),
    status: searchOneOf(search.status, userStatuses),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/users/user-list-page"), "users"),
    "UserListPage",
  ),
});

export const userNewRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: "/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "users.manage"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/users/user-new-page"), "users"),
    "UserNewPage",
  ),
});

export const userDetailRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: "/$id",
  validateSearch: (search: Record<string, unknown>): { created?: boolean } => ({
    created: search.created === true || search.created === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/users/user-detail-page"), "users"),
    "UserDetailPage",
  ),
});

export const auditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/audit",
  beforeLoad: ({ context }) => requirePermission(context.user, "audit.read"),
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({
    action: searchOneOf(search.action, auditActions),
    kind: searchOneOf(search.kind, auditKinds),
    entity: searchString(search.entity),
    recordId: searchString(search.recordId),
    from: searchDate(search.from),
    to: searchDate(search.to),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/audit/audit-page"), "audit"),
    "AuditPage",
  ),
});
