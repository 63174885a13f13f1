import {
  findStartupResourcesQuerySchema,
  linkedStartupResourceListSchema,
  linkStartupResourceInputSchema,
  startupResourceInputSchema,
  startupResourcePageSchema,
  startupResourceSchema,
  startupTagListSchema,
  updateStartupResourceInputSchema,
} from "@otagai/shared/consultation/startup";
import { z } from "zod";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./startup-resources.service.ts";

const tags = ["consultations"];
const idParamsSchema = z.strictObject({ id: z.uuid() });
const linkParamsSchema = z.strictObject({ id: z.uuid(), resourceId: z.uuid() });

/** Start-up and grants information (起業相談, issue 12): the desk's directory and its links to consultations. */
export function startupResourcesRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/startup-resources",
      permission: "consultation.read",
      summary: "Grants and how-to guides for starting a citizens' business: by kind, tag, open window, title",
      tags,
      schema: { querystring: findStartupResourcesQuerySchema, response: { 200: startupResourcePageSchema } },
      handler: ({ query }) => service.findStartupResources(db, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/startup-resources/tags",
      permission: "consultation.read",
      summary: "Every tag the directory's entries in use carry",
      tags,
      schema: { response: { 200: startupTagListSchema } },
      handler: () => service.findStartupTags(db),
    }),
    defineRoute({
      method: "POST",
      url: "/api/startup-resources",
      permission: "desk.manage",
      summary: "Add a grant or a guide to the directory",
      tags,
      schema: { body: startupResourceInputSchema, response: { 201: startupResourceSchema } },
      handler: ({ body, request }) => service.createStartupResource(db, actorOf(request), body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/startup-resources/:id",
      permission: "consultation.read",
      summary: "One grant or guide",
      tags,
      records: { id: "startup_resource" },
      schema: { params: idParamsSchema, response: { 200: startupResourceSchema } },
      handler: ({ params }) => service.getStartupResource(db, params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/startup-resources/:id",
      permission: "desk.manage",
      summary: "Edit, deactivate or reactivate an entry (version-checked)",
      tags,
      records: { id: "startup_resource" },
      schema: {
        params: idParamsSchema,
        body: updateStartupResourceInputSchema,
        response: { 200: startupResourceSchema },
      },
      handler: ({ params, body, request }) =>
        service.updateStartupResource(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultations/:id/startup-resources",
      permission: "consultations.read",
      summary: "The grants and guides linked to a consultation (a consultation out of reach answers 404)",
      tags,
      records: { id: "consultation" },
      schema: { params: idParamsSchema, response: { 200: linkedStartupResourceListSchema } },
      handler: ({ params, user }) => service.findConsultationResources(db, accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultations/:id/startup-resources",
      permission: "consultations.write",
      summary: "Link a grant or guide to a 起業相談 consultation (other categories are refused)",
      tags,
      records: { id: "consultation" },
      schema: {
        params: idParamsSchema,
        body: linkStartupResourceInputSchema,
        response: { 200: linkedStartupResourceListSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.linkResource(
          db,
          { ...actorOf(request), id: user.id },
          accessScopeOf(user),
          params.id,
          body.resourceId,
        ),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/consultations/:id/startup-resources/:resourceId",
      permission: "consultations.write",
      summary: "Unlink a grant or guide from a consultation",
      tags,
      records: { id: "consultation", resourceId: "startup_resource" },
      schema: { params: linkParamsSchema, response: { 200: linkedStartupResourceListSchema } },
      handler: ({ params, request, user }) =>
        service.unlinkResource(db, actorOf(request), accessScopeOf(user), params.id, params.resourceId),
    }),
  ];
}
