import { attendancePdfQuerySchema, evaluationPdfQuerySchema } from "@otagai/shared/support/forms";
import { placementIdParamsSchema } from "@otagai/shared/support/placements";
import type { FastifyRequest } from "fastify";
import { accessScopeOf } from "../../../../platform/access/access-scope.ts";
import type { Database } from "../../../../platform/db/client.ts";
import { actorOf, localeOf } from "../../../../platform/http/request-context.ts";
import { defineRoute, fileResponse } from "../../../../platform/http/route.ts";
import type { SessionUser } from "../../../../platform/sessions/sessions.ts";
import * as service from "./placement-forms.service.ts";

const tags = ["placements"];
const records = { id: "placement" };

/** A placement's attendance and evaluations as printed forms (PDF, A4; ADR 018). */
export function placementFormsRoutes(db: Database) {
  const formRequest = (request: FastifyRequest, user: SessionUser): service.PlacementFormRequest => ({
    db,
    actor: actorOf(request),
    scope: accessScopeOf(user),
    locale: localeOf(request),
  });
  return [
    defineRoute({
      method: "GET",
      url: "/api/placements/:id/pdf/attendance",
      permission: "cases.read",
      summary:
        "A placement's attendance for one month (PDF; this month when not given; 422 when the month is outside its period)",
      tags,
      records,
      produces: "pdf",
      schema: {
        params: placementIdParamsSchema,
        querystring: attendancePdfQuerySchema,
        response: { 200: fileResponse },
      },
      handler: ({ params, query, request, user }) =>
        service.printAttendance(formRequest(request, user), params.id, query.month),
    }),
    defineRoute({
      method: "GET",
      url: "/api/placements/:id/pdf/evaluation",
      permission: "cases.read",
      summary:
        "A placement's evaluations for one term, workplace and coordinator side by side (PDF; 422 for no such term)",
      tags,
      records,
      produces: "pdf",
      schema: {
        params: placementIdParamsSchema,
        querystring: evaluationPdfQuerySchema,
        response: { 200: fileResponse },
      },
      handler: ({ params, query, request, user }) =>
        service.printEvaluation(formRequest(request, user), params.id, query.term),
    }),
  ];
}
