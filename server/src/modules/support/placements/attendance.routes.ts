import {
  attendanceRangeQuerySchema,
  daySheetQuerySchema,
  daySheetSchema,
  placementAttendanceSchema,
  saveAttendanceInputSchema,
  saveDaySheetInputSchema,
} from "@otagai/shared/support/attendance";
import { placementIdParamsSchema } from "@otagai/shared/support/placements";
import { workplaceIdParamsSchema } from "@otagai/shared/support/workplaces";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./attendance.service.ts";

const tags = ["placements"];

/** Attendance of placements, for staff: a placement's week grid and a workplace's day sheet (issue 11). */
export function attendanceRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/placements/:id/attendance",
      permission: "cases.read",
      summary: "A placement's attendance from–to, with the rates of its weeks, its terms and the whole",
      tags,
      records: { id: "placement" },
      schema: {
        params: placementIdParamsSchema,
        querystring: attendanceRangeQuerySchema,
        response: { 200: placementAttendanceSchema },
      },
      handler: ({ params, query, request, user }) =>
        service.getAttendance(db, actorOf(request), accessScopeOf(user), params.id, query),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/placements/:id/attendance",
      permission: "cases.write",
      summary: "Save changed days of a placement in one go (each day version-checked; 409 names the days)",
      tags,
      records: { id: "placement" },
      schema: {
        params: placementIdParamsSchema,
        body: saveAttendanceInputSchema,
        response: { 200: placementAttendanceSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.saveAttendance(db, actorOf(request), accessScopeOf(user), params.id, body, "staff"),
    }),
    defineRoute({
      method: "GET",
      url: "/api/workplaces/:id/day-sheet",
      permission: "cases.read",
      summary: "Everyone placed at a workplace on a day (of the user's programs), with that day's attendance",
      tags,
      records: { id: "workplace" },
      schema: {
        params: workplaceIdParamsSchema,
        querystring: daySheetQuerySchema,
        response: { 200: daySheetSchema },
      },
      handler: ({ params, query, request, user }) =>
        service.getDaySheet(db, actorOf(request), accessScopeOf(user), params.id, query.date),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/workplaces/:id/day-sheet",
      permission: "cases.write",
      summary: "Save a workplace's day sheet in one go (each row version-checked; 409 names the rows)",
      tags,
      records: { id: "workplace" },
      schema: {
        params: workplaceIdParamsSchema,
        body: saveDaySheetInputSchema,
        response: { 200: daySheetSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.saveDaySheet(db, actorOf(request), accessScopeOf(user), params.id, body, "staff"),
    }),
  ];
}
