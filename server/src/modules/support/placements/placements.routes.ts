import { caseIdParamsSchema } from "@otagai/shared/support/cases";
import {
  placementIdParamsSchema,
  placementInputSchema,
  placementListSchema,
  placementSchema,
  placementTransitionInputSchema,
  updatePlacementInputSchema,
} from "@otagai/shared/support/placements";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./placements.service.ts";

const tags = ["placements"];

/** Work-experience placements (就労体験実習) of a case at partner workplaces. */
export function placementsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/cases/:id/placements",
      permission: "cases.read",
      summary: "A case's placements, the latest start first",
      tags,
      records: { id: "case" },
      schema: { params: caseIdParamsSchema, response: { 200: placementListSchema } },
      handler: ({ params, request, user }) =>
        service.findPlacements(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/cases/:id/placements",
      permission: "cases.write",
      summary: "Place the participant of an active case at a partner workplace (terms from the contract)",
      tags,
      records: { id: "case" },
      schema: { params: caseIdParamsSchema, body: placementInputSchema, response: { 201: placementSchema } },
      handler: ({ params, body, request, user }) =>
        service.createPlacement(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/placements/:id",
      permission: "cases.read",
      summary: "One placement",
      tags,
      records: { id: "placement" },
      schema: { params: placementIdParamsSchema, response: { 200: placementSchema } },
      handler: ({ params, request, user }) =>
        service.getPlacement(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/placements/:id",
      permission: "cases.write",
      summary: "Change a planned or ongoing placement (version-checked; the rules checked again)",
      tags,
      records: { id: "placement" },
      schema: {
        params: placementIdParamsSchema,
        body: updatePlacementInputSchema,
        response: { 200: placementSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.updatePlacement(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/placements/:id/transitions",
      permission: "cases.write",
      summary: "Move a placement on: planned → ongoing → completed, or ended early with a reason",
      tags,
      records: { id: "placement" },
      schema: {
        params: placementIdParamsSchema,
        body: placementTransitionInputSchema,
        response: { 200: placementSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.transitionPlacement(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
  ];
}
