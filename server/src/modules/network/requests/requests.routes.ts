import {
  findNetworkRequestsQuerySchema,
  networkRequestCountsQuerySchema,
  networkRequestCountsSchema,
  networkRequestInputSchema,
  networkRequestPageSchema,
  networkRequestSchema,
  networkRequestStatusInputSchema,
  updateNetworkRequestInputSchema,
} from "@otagai/shared/network/requests";
import { staffChoicesSchema } from "@otagai/shared/users/schemas";
import { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute, type RouteDefinition } from "../../../platform/http/route.ts";
import * as service from "./requests.service.ts";

const tags = ["network"];
const idParamsSchema = z.strictObject({ id: z.uuid() });
const records = { id: "network_request" } as const;

/** Requests from inside and outside (諸資源の活用, issue 13). */
export function requestsRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/network/requests",
      permission: "network.read",
      summary: "Requests, newest received first: by words, status, kind, origin, owner, fiscal year",
      tags,
      schema: { querystring: findNetworkRequestsQuerySchema, response: { 200: networkRequestPageSchema } },
      handler: ({ query, request }) => service.findNetworkRequests(db, actorOf(request), query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/requests/counts",
      permission: "network.read",
      summary: "A fiscal year's requests by kind (every kind) and by status",
      tags,
      schema: {
        querystring: networkRequestCountsQuerySchema,
        response: { 200: networkRequestCountsSchema },
      },
      handler: ({ query }) => service.countNetworkRequests(db, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/requests/owners",
      permission: "network.read",
      summary: "The people who may take a request (the owner's choices)",
      tags,
      schema: { response: { 200: staffChoicesSchema } },
      handler: () => service.findOwners(db),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/requests",
      permission: "networkRequests.write",
      summary: "Record a request",
      tags,
      schema: { body: networkRequestInputSchema, response: { 201: networkRequestSchema } },
      handler: ({ body, request, user }) =>
        service.createNetworkRequest(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/requests/:id",
      permission: "network.read",
      summary: "One request (an audited read: it names the requester)",
      tags,
      records,
      schema: { params: idParamsSchema, response: { 200: networkRequestSchema } },
      handler: ({ params, request }) => service.getNetworkRequest(db, actorOf(request), params.id),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/requests/:id",
      permission: "networkRequests.write",
      summary: "Edit what was asked and who takes it (version-checked)",
      tags,
      records,
      schema: {
        params: idParamsSchema,
        body: updateNetworkRequestInputSchema,
        response: { 200: networkRequestSchema },
      },
      handler: ({ params, body, request }) =>
        service.updateNetworkRequest(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/requests/:id/status",
      permission: "networkRequests.write",
      summary: "Accept, decline, finish or (its owner) reopen a request, with the outcome",
      tags,
      records,
      schema: {
        params: idParamsSchema,
        body: networkRequestStatusInputSchema,
        response: { 200: networkRequestSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.changeNetworkRequestStatus(db, { ...actorOf(request), id: user.id }, params.id, body),
    }),
  ];
}
