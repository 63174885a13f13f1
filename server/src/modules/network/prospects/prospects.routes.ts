import {
  activatedProspectSchema,
  activateProspectInputSchema,
  createProspectInputSchema,
  findProspectsQuerySchema,
  moveProspectInputSchema,
  prospectAgreementInputSchema,
  prospectContactInputSchema,
  prospectListSchema,
  prospectNextStepAheadDays,
  prospectNextStepListSchema,
  prospectNextStepsQuerySchema,
  prospectSchema,
  updateProspectInputSchema,
} from "@otagai/shared/network/prospects";
import { staffChoicesSchema } from "@otagai/shared/users/schemas";
import { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute, type RouteDefinition } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { addDays } from "../../support/placements/placement-calendar.ts";
import { activateProspect } from "./prospects.activation.ts";
import * as service from "./prospects.service.ts";

const tags = ["network"];
const idParamsSchema = z.strictObject({ id: z.uuid() });
const records = { id: "workplace_prospect" } as const;

/** Partner-workplace development (協力事業所の開拓, issue 13): the pipeline, contacts, agreement, activation. */
export function prospectsRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/network/prospects",
      permission: "network.read",
      summary:
        "The development board: every prospect with its stage, owner, latest contact and open next step",
      tags,
      schema: { querystring: findProspectsQuerySchema, response: { 200: prospectListSchema } },
      handler: ({ query }) => service.findProspects(db, query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/prospects",
      permission: "prospects.write",
      summary: "A new prospect: entered freely, or a member organization (409 when it already has one)",
      tags,
      schema: { body: createProspectInputSchema, response: { 201: prospectSchema } },
      handler: ({ body, request, user }) =>
        service.createProspect(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/prospects/next-steps",
      permission: "network.read",
      summary:
        "Open next steps due by `until` (default: within 7 days), overdue included, the caller's own first",
      tags,
      schema: { querystring: prospectNextStepsQuerySchema, response: { 200: prospectNextStepListSchema } },
      handler: ({ query, user }) =>
        service.findNextSteps(db, user.id, query.until ?? addDays(todayInJapan(), prospectNextStepAheadDays)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/prospects/owners",
      permission: "network.read",
      summary: "The people who may own a prospect (the owner's choices)",
      tags,
      schema: { response: { 200: staffChoicesSchema } },
      handler: () => service.findOwners(db),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/prospects/:id",
      permission: "network.read",
      summary: "One prospect with its contacts, agreement and the workplace it became",
      tags,
      records,
      schema: { params: idParamsSchema, response: { 200: prospectSchema } },
      handler: ({ params }) => service.getProspect(db, params.id),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/prospects/:id",
      permission: "prospects.write",
      summary: "Edit a prospect (version-checked; a member organization's identity is edited there)",
      tags,
      records,
      schema: { params: idParamsSchema, body: updateProspectInputSchema, response: { 200: prospectSchema } },
      handler: ({ params, body, request }) => service.updateProspect(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/prospects/:id/stage",
      permission: "prospects.write",
      summary: "Move a prospect to another stage (agreed needs the agreement; active only by activation)",
      tags,
      records,
      schema: { params: idParamsSchema, body: moveProspectInputSchema, response: { 200: prospectSchema } },
      handler: ({ params, body, request }) => service.moveProspect(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/prospects/:id/contacts",
      permission: "prospects.write",
      summary: "Record a contact (the first one moves a prospect to contacted)",
      tags,
      records,
      schema: { params: idParamsSchema, body: prospectContactInputSchema, response: { 201: prospectSchema } },
      handler: ({ params, body, request, user }) =>
        service.addContact(db, { ...actorOf(request), id: user.id }, params.id, body),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/prospects/:id/agreement",
      permission: "prospects.write",
      summary:
        "Record the agreement (date, scope, insurance, trainee capacity, 雇用型/非雇用型); moves to agreed",
      tags,
      records,
      schema: {
        params: idParamsSchema,
        body: prospectAgreementInputSchema,
        response: { 200: prospectSchema },
      },
      handler: ({ params, body, request }) => service.recordAgreement(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/prospects/:id/activate",
      permission: "prospects.write",
      summary: "Make an agreed prospect an active partner workplace (once: 409 after)",
      tags,
      records,
      schema: {
        params: idParamsSchema,
        body: activateProspectInputSchema,
        response: { 200: activatedProspectSchema },
      },
      handler: ({ params, body, request, user }) =>
        activateProspect(db, { ...actorOf(request), id: user.id }, params.id, body),
    }),
  ];
}
