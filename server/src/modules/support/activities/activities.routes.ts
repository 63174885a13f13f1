import {
  activityIdParamsSchema,
  activitySchema,
  createActivityInputSchema,
  timelineQuerySchema,
  timelineSchema,
  updateActivityInputSchema,
} from "@otagai/shared/support/activities";
import { z } from "zod";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./activities.service.ts";

const tags = ["activities"];
const idParams = z.strictObject({ id: z.uuid() });

/** Activities (支援記録): reading and writing them is part of working with participants' records. */
export function activitiesRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/participants/:id/activities",
      permission: "participants.read",
      summary: "A participant's timeline of support records, newest first (keyset pages)",
      tags,
      records: { id: "participant" },
      schema: { params: idParams, querystring: timelineQuerySchema, response: { 200: timelineSchema } },
      handler: ({ params, query, request, user }) =>
        service.findParticipantActivities(db, actorOf(request), accessScopeOf(user), params.id, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/cases/:id/activities",
      permission: "participants.read",
      summary: "One case's timeline of support records, newest first (keyset pages)",
      tags,
      records: { id: "case" },
      schema: { params: idParams, querystring: timelineQuerySchema, response: { 200: timelineSchema } },
      handler: ({ params, query, request, user }) =>
        service.findCaseActivities(db, actorOf(request), accessScopeOf(user), params.id, query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/activities",
      permission: "participants.write",
      summary: "Add a support record to a participant's timeline (and one of their cases)",
      tags,
      schema: { body: createActivityInputSchema, response: { 201: activitySchema } },
      handler: ({ body, request, user }) =>
        service.createActivity(db, actorOf(request), accessScopeOf(user), body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/activities/:id",
      permission: "participants.write",
      summary: "Edit a support record (version-checked; the replaced values are kept with who changed them)",
      tags,
      records: { id: "activity" },
      schema: {
        params: activityIdParamsSchema,
        body: updateActivityInputSchema,
        response: { 200: activitySchema },
      },
      handler: ({ params, body, request, user }) =>
        service.updateActivity(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
  ];
}
