import {
  consultationRequestPageSchema,
  consultationRequestSchema,
  convertConsultationRequestInputSchema,
  findConsultationRequestsQuerySchema,
  markRequestHandledInputSchema,
} from "@otagai/shared/consultation/requests";
import { z } from "zod";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import { convertRequest } from "./requests.convert.ts";
import * as service from "./requests.service.ts";

const tags = ["consultation-requests"];
const idParamsSchema = z.strictObject({ id: z.uuid() });
const records = { id: "consultation_request" };

/** The desk's inbox of requests from the public form (consultationRequests.handle; every read audited). */
export function consultationRequestsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/consultation-requests",
      permission: "consultationRequests.handle",
      summary: "Requests from the public form, newest first, by status",
      tags,
      schema: {
        querystring: findConsultationRequestsQuerySchema,
        response: { 200: consultationRequestPageSchema },
      },
      handler: ({ query, request }) => service.findRequests(db, actorOf(request), query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultation-requests/:id",
      permission: "consultationRequests.handle",
      summary: "A request with its contact details and message (every view is audited)",
      tags,
      records,
      schema: { params: idParamsSchema, response: { 200: consultationRequestSchema } },
      handler: ({ params, request }) => service.getRequest(db, actorOf(request), params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultation-requests/:id/convert",
      permission: "consultationRequests.handle",
      summary: "Turn a new request into a consultation (version-checked)",
      tags,
      records,
      schema: {
        params: idParamsSchema,
        body: convertConsultationRequestInputSchema,
        response: { 200: consultationRequestSchema },
      },
      handler: ({ params, body, request, user }) =>
        convertRequest(db, { ...actorOf(request), id: user.id }, accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultation-requests/:id/handled",
      permission: "consultationRequests.handle",
      summary: "Mark a new request handled, with a note (version-checked)",
      tags,
      records,
      schema: {
        params: idParamsSchema,
        body: markRequestHandledInputSchema,
        response: { 200: consultationRequestSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.markRequestHandled(db, { ...actorOf(request), id: user.id }, params.id, body),
    }),
  ];
}
