import {
  attendanceRangeQuerySchema,
  daySheetQuerySchema,
  daySheetSchema,
  placementAttendanceSchema,
  saveAttendanceInputSchema,
  saveDaySheetInputSchema,
} from "@otagai/shared/support/attendance";
import {
  evaluationInputSchema,
  evaluationSchema,
  placementEvaluationsSchema,
  portalEvaluationParamsSchema,
} from "@otagai/shared/support/evaluations";
import { placementIdParamsSchema } from "@otagai/shared/support/placements";
import { portalPlacementListSchema, portalPlacementSchema } from "@otagai/shared/support/portal";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as attendance from "../placements/attendance.service.ts";
import * as evaluations from "../placements/evaluations.service.ts";
import * as service from "./portal.service.ts";

const tags = ["portal"];

/**
 * The partner portal (issue 11, ADR 019): a partner user's own workplace's placements. The scope is
 * the user's workplace (placements.policy.ts): another workplace's placement is not found, and a
 * user with no workplace sees nothing. Attendance and evaluations are the staff's services, saved
 * as entered by the partner; evaluations only on the workplace's side.
 */
export function portalRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/portal/placements",
      permission: "portal.use",
      summary: "The workplace's placements: planned and ongoing first, then those ended in the last 90 days",
      tags,
      schema: { response: { 200: portalPlacementListSchema } },
      handler: ({ request, user }) =>
        service.findPortalPlacementList(db, actorOf(request), accessScopeOf(user)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/portal/placements/:id",
      permission: "portal.use",
      summary: "One placement of the workplace: name, schedule, tasks, supervisor, guidance notes",
      tags,
      records: { id: "placement" },
      schema: { params: placementIdParamsSchema, response: { 200: portalPlacementSchema } },
      handler: ({ params, request, user }) =>
        service.getPortalPlacement(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "GET",
      url: "/api/portal/placements/:id/attendance",
      permission: "portal.use",
      summary: "A placement's attendance from–to, with its rates",
      tags,
      records: { id: "placement" },
      schema: {
        params: placementIdParamsSchema,
        querystring: attendanceRangeQuerySchema,
        response: { 200: placementAttendanceSchema },
      },
      handler: ({ params, query, request, user }) =>
        attendance.getAttendance(db, actorOf(request), accessScopeOf(user), params.id, query),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/portal/placements/:id/attendance",
      permission: "portal.use",
      summary: "Save changed days of a placement in one go, as entered by the workplace",
      tags,
      records: { id: "placement" },
      schema: {
        params: placementIdParamsSchema,
        body: saveAttendanceInputSchema,
        response: { 200: placementAttendanceSchema },
      },
      handler: ({ params, body, request, user }) =>
        attendance.saveAttendance(db, actorOf(request), accessScopeOf(user), params.id, body, "partner"),
    }),
    defineRoute({
      method: "GET",
      url: "/api/portal/placements/:id/evaluations",
      permission: "portal.use",
      summary: "Every term of a placement with the workplace's own evaluation",
      tags,
      records: { id: "placement" },
      schema: { params: placementIdParamsSchema, response: { 200: placementEvaluationsSchema } },
      handler: ({ params, request, user }) =>
        evaluations.getEvaluations(db, actorOf(request), accessScopeOf(user), params.id, {
          withCoordinator: false,
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/portal/placements/:id/evaluations/:term",
      permission: "portal.use",
      summary: "Save the workplace's evaluation of a term that has started (version-checked)",
      tags,
      records: { id: "placement" },
      schema: {
        params: portalEvaluationParamsSchema,
        body: evaluationInputSchema,
        response: { 200: evaluationSchema },
      },
      handler: ({ params, body, request, user }) =>
        evaluations.saveEvaluation(
          db,
          actorOf(request),
          accessScopeOf(user),
          params.id,
          { term: params.term, evaluator: "workplace" },
          body,
          "partner",
        ),
    }),
    defineRoute({
      method: "GET",
      url: "/api/portal/day-sheet",
      permission: "portal.use",
      summary: "Everyone placed at the user's workplace on a day, with that day's attendance",
      tags,
      schema: { querystring: daySheetQuerySchema, response: { 200: daySheetSchema } },
      handler: ({ query, request, user }) =>
        attendance.getDaySheet(db, actorOf(request), accessScopeOf(user), user.workplaceId, query.date),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/portal/day-sheet",
      permission: "portal.use",
      summary: "Save the user's workplace's day sheet in one go, as entered by the workplace",
      tags,
      schema: { body: saveDaySheetInputSchema, response: { 200: daySheetSchema } },
      handler: ({ body, request, user }) =>
        attendance.saveDaySheet(db, actorOf(request), accessScopeOf(user), user.workplaceId, body, "partner"),
    }),
  ];
}
