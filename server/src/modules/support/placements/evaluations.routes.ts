import {
  evaluationInputSchema,
  evaluationParamsSchema,
  evaluationSchema,
  placementEvaluationsSchema,
} from "@otagai/shared/support/evaluations";
import { placementIdParamsSchema } from "@otagai/shared/support/placements";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./evaluations.service.ts";

const tags = ["placements"];

/** A placement's evaluations at the end of each term, both sides, for staff (issue 11). */
export function evaluationsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/placements/:id/evaluations",
      permission: "cases.read",
      summary: "Every term of a placement with the workplace's and the coordinator's evaluation",
      tags,
      records: { id: "placement" },
      schema: { params: placementIdParamsSchema, response: { 200: placementEvaluationsSchema } },
      handler: ({ params, request, user }) =>
        service.getEvaluations(db, actorOf(request), accessScopeOf(user), params.id, {
          withCoordinator: true,
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/placements/:id/evaluations/:term/:evaluator",
      permission: "cases.write",
      summary: "Save one side's evaluation of a term that has started (version-checked)",
      tags,
      records: { id: "placement" },
      schema: {
        params: evaluationParamsSchema,
        body: evaluationInputSchema,
        response: { 200: evaluationSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.saveEvaluation(
          db,
          actorOf(request),
          accessScopeOf(user),
          params.id,
          { term: params.term, evaluator: params.evaluator },
          body,
          "staff",
        ),
    }),
  ];
}
