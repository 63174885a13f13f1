import { roleHas } from "@otagai/shared/platform/permissions";
import { caseIdParamsSchema } from "@otagai/shared/support/cases";
import { planPdfQuerySchema } from "@otagai/shared/support/forms";
import type { FastifyRequest } from "fastify";
import { accessScopeOf } from "../../../../platform/access/access-scope.ts";
import type { Database } from "../../../../platform/db/client.ts";
import { actorOf, localeOf } from "../../../../platform/http/request-context.ts";
import { defineRoute, fileResponse, noQuery } from "../../../../platform/http/route.ts";
import type { SessionUser } from "../../../../platform/sessions/sessions.ts";
import * as service from "./case-forms.service.ts";

const tags = ["cases"];
/** A case that has the records its forms print (test/record-fixtures.ts makes one with all of them). */
const records = { id: "case_with_records" };

/** A case's records as printed forms (PDF, A4, Japanese fonts embedded; ADR 018). */
export function caseFormsRoutes(db: Database) {
  const formRequest = (request: FastifyRequest, user: SessionUser): service.FormRequest => ({
    db,
    actor: actorOf(request),
    scope: accessScopeOf(user),
    locale: localeOf(request),
    withSensitive: roleHas(user.role, "participants.sensitive"),
  });
  return [
    defineRoute({
      method: "GET",
      url: "/api/cases/:id/pdf/plan",
      permission: "cases.read",
      summary:
        "The support plan as the national プラン兼事業等利用申込書 (PDF; the current version unless planId)",
      tags,
      records,
      produces: "pdf",
      schema: {
        params: caseIdParamsSchema,
        querystring: planPdfQuerySchema,
        response: { 200: fileResponse },
      },
      handler: ({ params, query, request, user }) =>
        service.printPlan(formRequest(request, user), params.id, query.planId),
    }),
    defineRoute({
      method: "GET",
      url: "/api/cases/:id/pdf/intake",
      permission: "cases.read",
      summary:
        "The intake as the national 相談受付・申込票 (PDF; the B票's sensitive part only with participants.sensitive)",
      tags,
      records,
      produces: "pdf",
      schema: { params: caseIdParamsSchema, querystring: noQuery, response: { 200: fileResponse } },
      handler: ({ params, request, user }) => service.printIntake(formRequest(request, user), params.id),
    }),
    defineRoute({
      method: "GET",
      url: "/api/cases/:id/pdf/assessment",
      permission: "cases.read",
      summary: "The latest assessment as a PDF (the sensitive section only with participants.sensitive)",
      tags,
      records,
      produces: "pdf",
      schema: { params: caseIdParamsSchema, querystring: noQuery, response: { 200: fileResponse } },
      handler: ({ params, request, user }) => service.printAssessment(formRequest(request, user), params.id),
    }),
  ];
}
