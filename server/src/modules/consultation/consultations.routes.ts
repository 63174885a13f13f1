import {
  consultationCategoryInputSchema,
  consultationCategoryListSchema,
  consultationCategorySchema,
  consultationHistorySchema,
  consultationInputSchema,
  consultationPageSchema,
  consultationSchema,
  findConsultationsQuerySchema,
  registerFromConsultationInputSchema,
  updateConsultationCategoryInputSchema,
  updateConsultationInputSchema,
} from "@otagai/shared/consultation/consultations";
import { z } from "zod";
import { accessScopeOf } from "../../platform/access/access-scope.ts";
import type { Database } from "../../platform/db/client.ts";
import { actorOf } from "../../platform/http/request-context.ts";
import { defineRoute } from "../../platform/http/route.ts";
import * as categories from "./consultation-categories.service.ts";
import { registerFromConsultation } from "./consultations.register.ts";
import * as service from "./consultations.service.ts";

const tags = ["consultations"];
const idParamsSchema = z.strictObject({ id: z.uuid() });
const consultationRecords = { id: "consultation" };

/** The consultation desk (相談事業, issue 12): categories, consultation records, registering from one. */
export function consultationsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/consultation-categories",
      permission: "consultations.read",
      summary: "The consultation categories (the six fixed ones and the desk's own), in the desk's order",
      tags,
      schema: { response: { 200: consultationCategoryListSchema } },
      handler: () => categories.findCategories(db),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultation-categories",
      permission: "consultations.write",
      summary: "Add a category of the desk's own",
      tags,
      schema: { body: consultationCategoryInputSchema, response: { 201: consultationCategorySchema } },
      handler: ({ body, request }) => categories.createCategory(db, actorOf(request), body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/consultation-categories/:id",
      permission: "consultations.write",
      summary: "Rename, reorder or (de)activate a category (version-checked; a fixed one keeps its name)",
      tags,
      records: { id: "consultation_category" },
      schema: {
        params: idParamsSchema,
        body: updateConsultationCategoryInputSchema,
        response: { 200: consultationCategorySchema },
      },
      handler: ({ params, body, request }) =>
        categories.updateCategory(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultations",
      permission: "consultations.read",
      summary:
        "Consultations, newest first: by the person's name (kana or kanji), words, category, channel, status",
      tags,
      schema: { querystring: findConsultationsQuerySchema, response: { 200: consultationPageSchema } },
      handler: ({ query, request, user }) =>
        service.findConsultations(db, actorOf(request), accessScopeOf(user), query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultations",
      permission: "consultations.write",
      summary: "Record a consultation (a participant, a new person or anonymous)",
      tags,
      schema: { body: consultationInputSchema, response: { 201: consultationSchema } },
      handler: ({ body, request, user }) =>
        service.createConsultation(db, { ...actorOf(request), id: user.id }, accessScopeOf(user), body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultations/:id",
      permission: "consultations.read",
      summary: "A consultation record (every view is audited)",
      tags,
      records: consultationRecords,
      schema: { params: idParamsSchema, response: { 200: consultationSchema } },
      handler: ({ params, request, user }) =>
        service.getConsultation(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/consultations/:id",
      permission: "consultations.write",
      summary: "Edit a consultation record (version-checked)",
      tags,
      records: consultationRecords,
      schema: {
        params: idParamsSchema,
        body: updateConsultationInputSchema,
        response: { 200: consultationSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.updateConsultation(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultations/:id/register",
      permission: "consultations.write",
      summary:
        "Register the person as a participant (duplicate warning as POST /api/participants) and open a case, in one step",
      tags,
      records: consultationRecords,
      schema: {
        params: idParamsSchema,
        body: registerFromConsultationInputSchema,
        response: { 200: consultationSchema },
      },
      handler: ({ params, body, request, user }) =>
        registerFromConsultation(
          db,
          { ...actorOf(request), id: user.id },
          accessScopeOf(user),
          params.id,
          body,
        ),
    }),
    defineRoute({
      method: "GET",
      url: "/api/participants/:id/consultations",
      permission: "consultations.read",
      summary: "A participant's consultations, newest first (a participant out of reach answers 404)",
      tags,
      records: { id: "participant" },
      schema: { params: idParamsSchema, response: { 200: consultationHistorySchema } },
      handler: ({ params, request, user }) =>
        service.findParticipantConsultations(db, actorOf(request), accessScopeOf(user), params.id),
    }),
  ];
}
