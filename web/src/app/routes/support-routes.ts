import { caseStatuses } from "@otagai/shared/support/case-flow";
import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import type { CaseListSearch } from "../../features/support/cases/api/find-cases";
import { ageBandValues } from "../../features/support/participants/age-bands";
import type { FindParticipantsParams } from "../../features/support/participants/api/find-participants";
import type { FindWorkplacesParams } from "../../features/support/workplaces/api/find-workplaces";
import { workKindValues, workplaceStatusValues } from "../../features/support/workplaces/search-values";
import { requireArea, requirePermission } from "../guards";
import { withStrings } from "../i18n";
import { searchOneOf, searchPage, searchString } from "../search-params";
import { authenticatedRoute } from "./base-routes";

/**
 * The support area (features/support): participants, cases, programs and contracts, import,
 * duplicates, partner workplaces. Each sub-area's pages are lazy routes that bring the "support"
 * strings.
 */
export const supportRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: "/support",
  beforeLoad: ({ context }) => requireArea(context.user, "support"),
});

export const supportHomeRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/",
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/support-page"), "support"),
    "SupportPage",
  ),
});

export const caseListRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/cases",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  validateSearch: (search: Record<string, unknown>): CaseListSearch => ({
    programId: searchString(search.programId),
    status: searchOneOf(search.status, caseStatuses),
    coordinator: searchString(search.coordinator),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/cases/case-list-page"), "support"),
    "CaseListPage",
  ),
});

export const caseRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/cases/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  component: lazyRouteComponent(
    // The consultation strings too: the page shows the case's referrals (つなぎ).
    withStrings(() => import("../../features/support/cases/case-page"), "support", "consultation"),
    "CasePage",
  ),
});

export const participantListRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/participants",
  beforeLoad: ({ context }) => requirePermission(context.user, "participants.read"),
  validateSearch: (search: Record<string, unknown>): FindParticipantsParams => ({
    q: searchString(search.q),
    programId: searchString(search.programId),
    caseStatus: searchOneOf(search.caseStatus, caseStatuses),
    coordinatorId: searchString(search.coordinatorId),
    ageBand: searchOneOf(search.ageBand, ageBandValues),
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/participants/participant-list-page"), "support"),
    "ParticipantListPage",
  ),
});

export const participantNewRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/participants/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "participants.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/participants/participant-new-page"), "support"),
    "ParticipantNewPage",
  ),
});

export const participantRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/participants/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "participants.read"),
  validateSearch: (search: Record<string, unknown>): { created?: boolean; merged?: boolean } => ({
    created: search.created === true || search.created === "true" ? true : undefined,
    merged: search.merged === true || search.merged === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    // The consultation strings too: the page lists the person's consultations (相談履歴).
    withStrings(
      () => import("../../features/support/participants/participant-page"),
      "support",
      "consultation",
    ),
    "ParticipantPage",
  ),
});

export const programListRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/programs",
  beforeLoad: ({ context }) => requirePermission(context.user, "programs.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/programs/program-list-page"), "support"),
    "ProgramListPage",
  ),
});

export const programRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/programs/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "programs.read"),
  validateSearch: (search: Record<string, unknown>): { created?: boolean } => ({
    created: search.created === true || search.created === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/programs/program-page"), "support"),
    "ProgramPage",
  ),
});

export const importRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/import",
  beforeLoad: ({ context }) => requirePermission(context.user, "participants.import"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/import/import-page"), "support"),
    "ImportPage",
  ),
});

export const duplicatesRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/duplicates",
  beforeLoad: ({ context }) => requirePermission(context.user, "participants.merge"),
  validateSearch: (search: Record<string, unknown>): { page?: number } => ({ page: searchPage(search.page) }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/duplicates/duplicates-page"), "support"),
    "DuplicatesPage",
  ),
});

/** Two participants side by side before merging: `a` and `b` are their ids. */
export const mergeRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/duplicates/merge",
  beforeLoad: ({ context }) => requirePermission(context.user, "participants.merge"),
  validateSearch: (search: Record<string, unknown>): { a?: string; b?: string } => ({
    a: searchString(search.a),
    b: searchString(search.b),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/duplicates/merge-page"), "support"),
    "MergePage",
  ),
});

export const workplaceListRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/workplaces",
  beforeLoad: ({ context }) => requirePermission(context.user, "workplaces.read"),
  validateSearch: (search: Record<string, unknown>): FindWorkplacesParams => ({
    q: searchString(search.q),
    workKind: searchOneOf(search.workKind, workKindValues),
    area: searchString(search.area),
    status: searchOneOf(search.status, workplaceStatusValues),
    certified: search.certified === true || search.certified === "true" ? true : undefined,
    freeCapacity: search.freeCapacity === true || search.freeCapacity === "true" ? true : undefined,
    page: searchPage(search.page),
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/workplaces/workplace-list-page"), "support"),
    "WorkplaceListPage",
  ),
});

export const workplaceNewRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/workplaces/new",
  beforeLoad: ({ context }) => requirePermission(context.user, "workplaces.write"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/workplaces/workplace-new-page"), "support"),
    "WorkplaceNewPage",
  ),
});

export const workplaceRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/workplaces/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "workplaces.read"),
  validateSearch: (search: Record<string, unknown>): { created?: boolean } => ({
    created: search.created === true || search.created === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/workplaces/workplace-page"), "support"),
    "WorkplacePage",
  ),
});

export const placementRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/placements/$id",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  validateSearch: (search: Record<string, unknown>): { created?: boolean } => ({
    created: search.created === true || search.created === "true" ? true : undefined,
  }),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/placements/placement-page"), "support"),
    "PlacementPage",
  ),
});

/** A workplace's day sheet: everyone placed there on one day, attendance entered together. */
export const workplaceDaySheetRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/workplaces/$id/day-sheet",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  component: lazyRouteComponent(
    withStrings(() => import("../../features/support/workplaces/workplace-day-sheet-page"), "support"),
    "WorkplaceDaySheetPage",
  ),
});

// Print views of the national forms (issue 11, ADR 018): A4 pages with a link to the server's PDF.
const casePrintPage = (name: "CasePlanPrintPage" | "CaseIntakePrintPage" | "CaseAssessmentPrintPage") =>
  lazyRouteComponent(
    withStrings(() => import("../../features/support/print/case-print-pages"), "support"),
    name,
  );
const placementPrintPage = (name: "PlacementAttendancePrintPage" | "PlacementEvaluationPrintPage") =>
  lazyRouteComponent(
    withStrings(() => import("../../features/support/print/placement-print-pages"), "support"),
    name,
  );

export const casePlanPrintRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/cases/$id/print/plan",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  validateSearch: (search: Record<string, unknown>): { planId?: string } => ({
    planId: searchString(search.planId),
  }),
  component: casePrintPage("CasePlanPrintPage"),
});

export const caseIntakePrintRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/cases/$id/print/intake",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  component: casePrintPage("CaseIntakePrintPage"),
});

export const caseAssessmentPrintRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/cases/$id/print/assessment",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  component: casePrintPage("CaseAssessmentPrintPage"),
});

export const placementAttendancePrintRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/placements/$id/print/attendance",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  validateSearch: (search: Record<string, unknown>): { month?: string } => {
    const month = searchString(search.month);
    return { month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined };
  },
  component: placementPrintPage("PlacementAttendancePrintPage"),
});

export const placementEvaluationPrintRoute = createRoute({
  getParentRoute: () => supportRoute,
  path: "/placements/$id/print/evaluation",
  beforeLoad: ({ context }) => requirePermission(context.user, "cases.read"),
  validateSearch: (search: Record<string, unknown>): { term?: number } => {
    const term = Number(search.term);
    return { term: Number.isInteger(term) && term >= 1 && term <= 12 ? term : undefined };
  },
  component: placementPrintPage("PlacementEvaluationPrintPage"),
});

/** Every child of /support, in one list the router reads (each sub-area adds its routes here). */
export const supportChildRoutes = [
  supportHomeRoute,
  caseListRoute,
  caseRoute,
  participantListRoute,
  participantNewRoute,
  participantRoute,
  programListRoute,
  programRoute,
  importRoute,
  duplicatesRoute,
  mergeRoute,
  workplaceListRoute,
  workplaceNewRoute,
  workplaceRoute,
  workplaceDaySheetRoute,
  placementRoute,
  casePlanPrintRoute,
  caseIntakePrintRoute,
  caseAssessmentPrintRoute,
  placementAttendancePrintRoute,
  placementEvaluationPrintRoute,
];
