import { caseIdParamsSchema } from "@otagai/shared/support/cases";
import {
  followUpIdParamsSchema,
  followUpInputSchema,
  followUpSchema,
  outcomeIdParamsSchema,
  outcomeInputSchema,
  outcomeListSchema,
  outcomeSchema,
  updateOutcomeInputSchema,
} from "@otagai/shared/support/outcomes";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./outcomes.service.ts";

const tags = ["outcomes"];

/** Outcomes of a case (就労等の結果) and their retention follow-ups (定着支援). */
export function outcomesRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/cases/:id/outcomes",
      permission: "cases.read",
      summary: "A case's outcomes, the latest start first, each with its follow-ups",
      tags,
      records: { id: "case" },
      schema: { params: caseIdParamsSchema, response: { 200: outcomeListSchema } },
      handler: ({ params, request, user }) =>
        service.findOutcomes(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/cases/:id/outcomes",
      permission: "cases.write",
      summary: "Record an outcome (work schedules follow-ups at 1, 3, 6 and 12 months; closed cases too)",
      tags,
      records: { id: "case" },
      schema: { params: caseIdParamsSchema, body: outcomeInputSchema, response: { 201: outcomeSchema } },
      handler: ({ params, body, request, user }) =>
        service.createOutcome(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/outcomes/:id",
      permission: "cases.write",
      summary: "Correct an outcome (version-checked; a new start or type re-schedules follow-ups not done)",
      tags,
      records: { id: "outcome" },
      schema: {
        params: outcomeIdParamsSchema,
        body: updateOutcomeInputSchema,
        response: { 200: outcomeSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.updateOutcome(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/follow-ups/:id",
      permission: "cases.write",
      summary: "Record a retention follow-up (version-checked; stopping needs its date and reason)",
      tags,
      records: { id: "follow_up" },
      schema: {
        params: followUpIdParamsSchema,
        body: followUpInputSchema,
        response: { 200: followUpSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.recordFollowUp(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
  ];
}
