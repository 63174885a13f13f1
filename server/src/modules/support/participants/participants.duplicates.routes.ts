import {
  dismissDuplicatePairInputSchema,
  duplicatePairPageSchema,
  duplicateSweepSchema,
  findDuplicatePairsQuerySchema,
  latestSweepSchema,
} from "@otagai/shared/support/duplicates";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute, noBody } from "../../../platform/http/route.ts";
import * as service from "./participants.duplicates.service.ts";

const tags = ["duplicates"];

/** The duplicate finder (managers): sweeps run in the background by `runner`, one at a time. */
export function duplicatesRoutes(db: Database, runner: service.SweepRunner) {
  return [
    defineRoute({
      method: "POST",
      url: "/api/duplicate-sweeps",
      permission: "participants.merge",
      summary:
        "Start a duplicate sweep over every participant in the background (409 SWEEP_RUNNING while one runs)",
      tags,
      schema: { body: noBody, response: { 201: duplicateSweepSchema } },
      handler: ({ request }) => runner.start(actorOf(request)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/duplicate-sweeps/latest",
      permission: "participants.merge",
      summary: "The newest duplicate sweep and its progress",
      tags,
      schema: { response: { 200: latestSweepSchema } },
      handler: () => service.getLatestSweep(db),
    }),
    defineRoute({
      method: "GET",
      url: "/api/duplicate-pairs",
      permission: "participants.merge",
      summary:
        "Candidate duplicate pairs of the newest finished sweep, best first (both people visible to the user)",
      tags,
      schema: { querystring: findDuplicatePairsQuerySchema, response: { 200: duplicatePairPageSchema } },
      handler: ({ query, request, user }) =>
        service.findDuplicatePairs(db, actorOf(request), accessScopeOf(user), query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/duplicate-pairs/dismiss",
      permission: "participants.merge",
      summary: "Mark two participants as not a duplicate (no later sweep lists them)",
      tags,
      schema: { body: dismissDuplicatePairInputSchema, response: { 204: undefined } },
      handler: ({ body, request, user }) =>
        service.dismissDuplicatePair(db, actorOf(request), accessScopeOf(user), body),
    }),
  ];
}
