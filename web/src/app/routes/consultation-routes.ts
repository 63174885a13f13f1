import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { ConsultationListSearch } from "../../features/consultation/api/find-consultations";
import { channelValues, statusValues } from "../../features/consultation/search-values";
import { requireArea, requirePermission } from "../guards";
import { withStrings } from "../i18n";
import { searchDate, searchOneOf, searchPage, searchString } from "../search-params";
import { authenticatedRoute } from "./base-routes";

/**
 * The consultation desk (features/consultation, issue 12): the list, one consultation's form, the
 * categories. The pages bring the "consultation" strings, and the "support" ones for the pieces they
 * share with participants (profile fields, likely duplicates, concern topics).
 */
export const consultationRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/consultation",
  beforeLoad: ({ context }) => requireArea(context.user, "consultation"),
});

export const consultationListRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultations.read"),
  validateSearch: (search: Record<string, unknown>): ConsultationListSearch => ({
    q: searchString(search.q),
    categoryId: searchString(search.categoryId),
    channel: searchOneOf(search.channel, channelValues),
    status: searchOneOf(search.status, statusValues),
    consultantId: searchString(search.consultantId),
    from: searchDate(search.from),
    to: searchDate(search.to),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/consultation-list-page"), "consultation"),
    "ConsultationListPage",
  ),
});

export const consultationNewRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/consultations/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultations.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/consultation-new-page"), "consultation", "support"),
    "ConsultationNewPage",
  ),
});

export const consultationDetailRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/consultations/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultations.read"),
  validateSearch: (search: Record<string, unknown>): { saved?: boolean } => ({
    saved: search.saved === true || search.saved === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/consultation-page"), "consultation", "support"),
    "ConsultationPage",
  ),
});

export const consultationCategoriesRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/categories",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultations.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/categories-page"), "consultation"),
    "CategoriesPage",
  ),
});

/** Every child of /consultation, in one list the router reads. */
export const consultationChildRoutes = [
  consultationListRoute,
  consultationNewRoute,
  consultationDetailRoute,
  consultationCategoriesRoute,
];
