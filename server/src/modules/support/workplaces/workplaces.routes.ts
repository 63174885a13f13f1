import {
  certificationInputSchema,
  certificationParamsSchema,
  certificationSchema,
  createWorkplaceInputSchema,
  findWorkplacesQuerySchema,
  updateCertificationInputSchema,
  updateWorkplaceInputSchema,
  workplaceIdParamsSchema,
  workplacePageSchema,
  workplaceSchema,
} from "@otagai/shared/support/workplaces";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./workplaces.service.ts";

const tags = ["workplaces"];
const workplaceRecords = { id: "workplace" };
const certificationRecords = { id: "workplace", certificationId: "workplace_certification" };

/** Partner workplaces (協力事業所) and their 認定就労訓練事業 certifications. */
export function workplacesRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/workplaces",
      permission: "workplaces.read",
      summary:
        "Search partner workplaces (kana or kanji, partial), 五十音順, by kind of work, area, status, certification",
      tags,
      schema: { querystring: findWorkplacesQuerySchema, response: { 200: workplacePageSchema } },
      handler: ({ query }) => service.findWorkplaces(db, query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/workplaces",
      permission: "workplaces.write",
      summary: "Register a partner workplace",
      tags,
      schema: { body: createWorkplaceInputSchema, response: { 201: workplaceSchema } },
      handler: ({ body, request, user }) =>
        service.createWorkplace(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/workplaces/:id",
      permission: "workplaces.read",
      summary: "A partner workplace with its certifications (the one valid today marked current)",
      tags,
      records: workplaceRecords,
      schema: { params: workplaceIdParamsSchema, response: { 200: workplaceSchema } },
      handler: ({ params }) => service.getWorkplace(db, params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/workplaces/:id",
      permission: "workplaces.write",
      summary: "Edit a partner workplace (the fields sent; version-checked)",
      tags,
      records: workplaceRecords,
      schema: {
        params: workplaceIdParamsSchema,
        body: updateWorkplaceInputSchema,
        response: { 200: workplaceSchema },
      },
      handler: ({ params, body, request }) => service.updateWorkplace(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/workplaces/:id/certifications",
      permission: "workplaces.write",
      summary: "Record a 認定就労訓練事業 certification (a renewal is a new one)",
      tags,
      records: workplaceRecords,
      schema: {
        params: workplaceIdParamsSchema,
        body: certificationInputSchema,
        response: { 201: certificationSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.addCertification(db, { ...actorOf(request), id: user.id }, params.id, body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/workplaces/:id/certifications/:certificationId",
      permission: "workplaces.write",
      summary: "Correct a certification (version-checked; another workplace's answers 404)",
      tags,
      records: certificationRecords,
      schema: {
        params: certificationParamsSchema,
        body: updateCertificationInputSchema,
        response: { 200: certificationSchema },
      },
      handler: ({ params, body, request }) =>
        service.updateCertification(db, actorOf(request), params.id, params.certificationId, body),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/workplaces/:id/certifications/:certificationId",
      permission: "workplaces.write",
      summary: "Remove a certification entered by mistake (another workplace's answers 404)",
      tags,
      records: certificationRecords,
      schema: { params: certificationParamsSchema, response: { 204: undefined } },
      handler: async ({ params, request }) => {
        await service.deleteCertification(db, actorOf(request), params.id, params.certificationId);
      },
    }),
  ];
}
