import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { ConsultationListSearch } from "../../features/consultation/api/find-consultations";
import type { CalendarSearch } from "../../features/consultation/appointments/calendar-page";
import type { FiguresSearch } from "../../features/consultation/figures/api/get-figures";
import type { RequestInboxSearch } from "../../features/consultation/requests/api/consultation-requests";
import { requestStatusValues } from "../../features/consultation/requests/search-values";
import { channelValues, statusValues } from "../../features/consultation/search-values";
import type { StartupResourceSearch } from "../../features/consultation/startup/api/startup-resources";
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

/** The desk's figures (aggregates): the chart library loads with this route only. */
export const consultationFiguresRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/figures",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultation.read"),
  validateSearch: (search: Record<string, unknown>): FiguresSearch => ({
    from: searchDate(search.from),
    to: searchDate(search.to),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/figures/figures-page"), "consultation", "support"),
    "FiguresPage",
  ),
});

/** 起業の情報 (start-up and grants information): the directory, a new entry, one entry. */
export const startupResourcesRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/startup",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultation.read"),
  validateSearch: (search: Record<string, unknown>): StartupResourceSearch => ({
    q: searchString(search.q),
    kind: searchOneOf(search.kind, ["grant", "guide"] as const),
    tag: searchString(search.tag),
    openNow: search.openNow === true || search.openNow === "true" ? true : undefined,
    includeInactive: search.includeInactive === true || search.includeInactive === "true" ? true : undefined,
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/startup/startup-resources-page"), "consultation"),
    "StartupResourcesPage",
  ),
});

export const startupResourceNewRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/startup/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "desk.manage"),
  component: lazyRouteComponent(
    withStrings(
      () => import("../../features/consultation/startup/startup-resource-new-page"),
      "consultation",
    ),
    "StartupResourceNewPage",
  ),
});

export const startupResourceRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/startup/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultation.read"),
  validateSearch: (search: Record<string, unknown>): { saved?: boolean } => ({
    saved: search.saved === true || search.saved === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/startup/startup-resource-page"), "consultation"),
    "StartupResourcePage",
  ),
});

/** The inbox of requests from the public form (consultationRequests.handle); `id` opens one. */
export const consultationRequestsRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/requests",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultationRequests.handle"),
  validateSearch: (search: Record<string, unknown>): RequestInboxSearch => ({
    status: searchOneOf(search.status, requestStatusValues),
    page: searchPage(search.page),
    id: searchString(search.id),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/requests/request-inbox-page"), "consultation"),
    "RequestInboxPage",
  ),
});

/** Referrals (issue 12): the agency and advisor directories, one referral's page. */
export const agenciesRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/agencies",
  beforeLoad: ({ context }) => requirePermission(context.user, "referrals.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/referrals/agencies-page"), "consultation"),
    "AgenciesPage",
  ),
});

export const advisorsRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/advisors",
  beforeLoad: ({ context }) => requirePermission(context.user, "referrals.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/referrals/advisors-page"), "consultation"),
    "AdvisorsPage",
  ),
});

export const referralRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/referrals/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "referrals.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/referrals/referral-page"), "consultation"),
    "ReferralPage",
  ),
});

/** Regular consultation days and appointments (issue 12): the calendar, the day list, schedules, closed days. */
export const consultationCalendarRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/calendar",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultations.read"),
  validateSearch: (search: Record<string, unknown>): CalendarSearch => ({
    view: searchOneOf(search.view, ["week", "month"] as const),
    date: searchDate(search.date),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/appointments/calendar-page"), "consultation"),
    "CalendarPage",
  ),
});

export const consultationDayListRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/day-list",
  beforeLoad: ({ context }) => requirePermission(context.user, "consultations.read"),
  validateSearch: (search: Record<string, unknown>): { date?: string } => ({ date: searchDate(search.date) }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/appointments/day-list-page"), "consultation"),
    "DayListPage",
  ),
});

export const consultationSchedulesRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/schedules",
  beforeLoad: ({ context }) => requirePermission(context.user, "desk.manage"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/appointments/schedules-page"), "consultation"),
    "SchedulesPage",
  ),
});

export const consultationClosedDaysRoute = createRoute({
  getParentRoute: () => consultationRoute,
  path: "/closed-days",
  beforeLoad: ({ context }) => requirePermission(context.user, "desk.manage"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/consultation/appointments/closed-days-page"), "consultation"),
    "ClosedDaysPage",
  ),
});

/** Every child of /consultation, in one list the router reads. */
export const consultationChildRoutes = [
  consultationListRoute,
  consultationNewRoute,
  consultationDetailRoute,
  consultationCategoriesRoute,
  agenciesRoute,
  advisorsRoute,
  referralRoute,
  startupResourcesRoute,
  startupResourceNewRoute,
  startupResourceRoute,
  consultationFiguresRoute,
  consultationRequestsRoute,
  consultationCalendarRoute,
  consultationDayListRoute,
  consultationSchedulesRoute,
  consultationClosedDaysRoute,
];
