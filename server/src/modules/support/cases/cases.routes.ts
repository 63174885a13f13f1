import { programIdParamsSchema } from "@otagai/shared/programs/schemas";
import {
  assessmentInputSchema,
  caseIdParamsSchema,
  caseLeadListSchema,
  casePageSchema,
  caseSchema,
  conferenceInputSchema,
  evaluationInputSchema,
  findCasesQuerySchema,
  intakeInputSchema,
  openCaseInputSchema,
  planInputSchema,
  transitionInputSchema,
  updateCaseInputSchema,
} from "@otagai/shared/support/cases";
import type { FastifyRequest } from "fastify";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf, localeOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import type { SessionUser } from "../../../platform/sessions/sessions.ts";
import * as steps from "./case-steps.service.ts";
import { transitionCase } from "./case-transitions.service.ts";
import * as service from "./cases.service.ts";

const tags = ["cases"];
const records = { id: "case" };

export function casesRoutes(db: Database) {
  const stepContext = (request: FastifyRequest, user: SessionUser) => ({
    db,
    actor: actorOf(request),
    scope: accessScopeOf(user),
    locale: localeOf(request),
  });
  return [
    defineRoute({
      method: "GET",
      url: "/api/cases",
      permission: "cases.read",
      summary:
        "Cases the user reaches, newest first, by program, step, coordinator, participant, opening date",
      tags,
      schema: { querystring: findCasesQuerySchema, response: { 200: casePageSchema } },
      handler: ({ query, request, user }) =>
        service.findCases(db, actorOf(request), accessScopeOf(user), query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/cases",
      permission: "cases.write",
      summary: "Open a case for a participant in a program (at intake)",
      tags,
      schema: { body: openCaseInputSchema, response: { 201: caseSchema } },
      handler: ({ body, request, user }) => service.openCase(db, actorOf(request), accessScopeOf(user), body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/programs/:id/case-leads",
      permission: "cases.read",
      summary:
        "Who may lead a case of the program: active accounts working on cases that reach it (names only)",
      tags,
      records: { id: "program" },
      schema: { params: programIdParamsSchema, response: { 200: caseLeadListSchema } },
      handler: ({ params, user }) => service.findCaseLeads(db, accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "GET",
      url: "/api/cases/:id",
      permission: "cases.read",
      summary: "One case: every step's records, its timeline and what each next step still needs",
      tags,
      records,
      schema: { params: caseIdParamsSchema, response: { 200: caseSchema } },
      handler: ({ params, request, user }) =>
        service.getCase(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/cases/:id",
      permission: "cases.write",
      summary: "Change a case's lead coordinator or funding stream (version-checked)",
      tags,
      records,
      schema: { params: caseIdParamsSchema, body: updateCaseInputSchema, response: { 200: caseSchema } },
      handler: ({ params, body, request, user }) =>
        service.updateCase(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/cases/:id/intake",
      permission: "cases.write",
      summary: "Write or correct the intake (相談受付・申込票; the intake's own version, 0 for a new one)",
      tags,
      records,
      schema: { params: caseIdParamsSchema, body: intakeInputSchema, response: { 200: caseSchema } },
      handler: ({ params, body, request, user }) =>
        steps.saveIntake(stepContext(request, user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/cases/:id/assessments",
      permission: "cases.write",
      summary: "Add an assessment",
      tags,
      records,
      schema: { params: caseIdParamsSchema, body: assessmentInputSchema, response: { 201: caseSchema } },
      handler: ({ params, body, request, user }) =>
        steps.addAssessment(stepContext(request, user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/cases/:id/plans",
      permission: "cases.write",
      summary: "Add a support plan version (earlier versions stay readable)",
      tags,
      records,
      schema: { params: caseIdParamsSchema, body: planInputSchema, response: { 201: caseSchema } },
      handler: ({ params, body, request, user }) =>
        steps.addPlan(stepContext(request, user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/cases/:id/conferences",
      permission: "cases.write",
      summary: "Record the case conference (支援調整会議) on the current plan",
      tags,
      records,
      schema: { params: caseIdParamsSchema, body: conferenceInputSchema, response: { 201: caseSchema } },
      handler: ({ params, body, request, user }) =>
        steps.recordConference(stepContext(request, user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/cases/:id/evaluations",
      permission: "cases.write",
      summary: "Record the evaluation of the current plan (one result per goal)",
      tags,
      records,
      schema: { params: caseIdParamsSchema, body: evaluationInputSchema, response: { 201: caseSchema } },
      handler: ({ params, body, request, user }) =>
        steps.recordEvaluation(stepContext(request, user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/cases/:id/transitions",
      permission: "cases.write",
      summary:
        "Move the case to its next step, as the flow table allows (closing carries the closure record)",
      tags,
      records,
      schema: { params: caseIdParamsSchema, body: transitionInputSchema, response: { 200: caseSchema } },
      handler: ({ params, body, request, user }) =>
        transitionCase(db, actorOf(request), accessScopeOf(user), localeOf(request), params.id, body),
    }),
  ];
}
