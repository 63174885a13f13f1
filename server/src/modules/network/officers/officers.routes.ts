import {
  findOfficersQuerySchema,
  officerBoardQuerySchema,
  officerBoardSchema,
  officerInputSchema,
  officerPageSchema,
  officerSchema,
  publicBoardSchema,
  savedOfficerSchema,
  updateOfficerInputSchema,
} from "@otagai/shared/network/officers";
import { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./officers.service.ts";

const tags = ["network"];
const idParamsSchema = z.strictObject({ id: z.uuid() });

/** Officers (役員) and their terms (issue 13): the board as of a day, every term, and the public board. */
export function officersRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/network/officers/board",
      permission: "network.read",
      summary:
        "The board as of a day (today in Japan by default), in the order 理事長, 専務理事, 副理事長, 理事, 監事",
      tags,
      schema: { querystring: officerBoardQuerySchema, response: { 200: officerBoardSchema } },
      handler: ({ query, request }) => service.findBoard(db, actorOf(request), query.on),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/officers",
      permission: "network.read",
      summary: "Every officer's term, the latest first: by role, name or reading, current or past",
      tags,
      schema: { querystring: findOfficersQuerySchema, response: { 200: officerPageSchema } },
      handler: ({ query, request }) => service.findOfficers(db, actorOf(request), query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/officers",
      permission: "officers.write",
      summary: "Add an officer's term (a second holder of a one-seat role is returned as an overlap)",
      tags,
      schema: { body: officerInputSchema, response: { 201: savedOfficerSchema } },
      handler: ({ body, request, user }) =>
        service.createOfficer(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/officers/:id",
      permission: "network.read",
      summary: "One officer's term",
      tags,
      records: { id: "officer" },
      schema: { params: idParamsSchema, response: { 200: officerSchema } },
      handler: ({ params, request }) => service.getOfficer(db, actorOf(request), params.id),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/officers/:id",
      permission: "officers.write",
      summary: "Edit an officer's term (version-checked)",
      tags,
      records: { id: "officer" },
      schema: {
        params: idParamsSchema,
        body: updateOfficerInputSchema,
        response: { 200: savedOfficerSchema },
      },
      handler: ({ params, body, request }) => service.updateOfficer(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/network/officers/:id",
      permission: "officers.write",
      summary: "Remove a term entered by mistake",
      tags,
      records: { id: "officer" },
      schema: { params: idParamsSchema, response: { 204: undefined } },
      handler: async ({ params, request }) => {
        await service.deleteOfficer(db, actorOf(request), params.id);
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/public/board",
      permission: "public",
      summary: "Today's board for the public site: names and roles only",
      tags,
      // Anonymous reads: a few times the login limit per client address, enough for a site's pages.
      rateLimitPerMinute: (settings) => settings.loginRatePerMinute * 6,
      schema: { response: { 200: publicBoardSchema } },
      handler: () => service.findPublicBoard(db),
    }),
  ];
}
