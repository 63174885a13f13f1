import {
  addEvidenceInputSchema,
  assignPolicyIssueInputSchema,
  figureInputSchema,
  figureOptionsSchema,
  findPolicyIssuesQuerySchema,
  findProposalsQuerySchema,
  moveProposalInputSchema,
  policyIssueDetailSchema,
  policyIssueInputSchema,
  policyIssuePageSchema,
  proposalEventInputSchema,
  proposalInputSchema,
  proposalPageSchema,
  proposalSchema,
  reorderFiguresInputSchema,
  updatePolicyIssueInputSchema,
  updateProposalInputSchema,
} from "@otagai/shared/network/proposals";
import { z } from "zod";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf, localeOf } from "../../../platform/http/request-context.ts";
import { defineRoute, fileResponse, type RouteDefinition } from "../../../platform/http/route.ts";
import * as issues from "./issues.service.ts";
import * as service from "./proposals.service.ts";

const tags = ["network"];
const idParamsSchema = z.strictObject({ id: z.uuid() });
const evidenceParamsSchema = z.strictObject({ id: z.uuid(), evidenceId: z.uuid() });
const figureParamsSchema = z.strictObject({ id: z.uuid(), figureId: z.uuid() });
const issueRecords = { id: "policy_issue" };
const proposalRecords = { id: "policy_proposal" };

/** Policy issues and proposals (政策提言, issue 13). */
export function proposalsRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/network/policy-issues",
      permission: "network.read",
      summary: "Issues noticed in the community space, at the desk and in support work (newest first)",
      tags,
      schema: { querystring: findPolicyIssuesQuerySchema, response: { 200: policyIssuePageSchema } },
      handler: ({ query }) => issues.findPolicyIssues(db, query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/policy-issues",
      permission: "policyIssues.write",
      summary: "Record an issue",
      tags,
      schema: { body: policyIssueInputSchema, response: { 201: policyIssueDetailSchema } },
      handler: ({ body, request, user }) =>
        issues.createPolicyIssue(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/policy-issues/:id",
      permission: "network.read",
      summary: "One issue with its evidence (without personal details)",
      tags,
      records: issueRecords,
      schema: { params: idParamsSchema, response: { 200: policyIssueDetailSchema } },
      handler: ({ params }) => issues.getPolicyIssue(db, params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/network/policy-issues/:id",
      permission: "policyIssues.write",
      summary: "Edit an issue (version-checked)",
      tags,
      records: issueRecords,
      schema: {
        params: idParamsSchema,
        body: updatePolicyIssueInputSchema,
        response: { 200: policyIssueDetailSchema },
      },
      handler: ({ params, body, request }) => issues.updatePolicyIssue(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/policy-issues/:id/proposal",
      permission: "policyIssues.write",
      summary: "Put an issue into a proposal, or take it out (null)",
      tags,
      records: issueRecords,
      schema: {
        params: idParamsSchema,
        body: assignPolicyIssueInputSchema,
        response: { 200: policyIssueDetailSchema },
      },
      handler: ({ params, body, request }) => issues.assignPolicyIssue(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/policy-issues/:id/evidence",
      permission: "policyIssues.write",
      summary:
        "Link a consultation or a case the caller may read as evidence (another answers 404; one already linked 409)",
      tags,
      records: issueRecords,
      schema: {
        params: idParamsSchema,
        body: addEvidenceInputSchema,
        response: { 200: policyIssueDetailSchema },
      },
      handler: ({ params, body, request, user }) =>
        issues.addEvidence(db, { ...actorOf(request), id: user.id }, accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/network/policy-issues/:id/evidence/:evidenceId",
      permission: "policyIssues.write",
      summary: "Remove one evidence link",
      tags,
      records: { id: "policy_issue", evidenceId: "policy_issue_evidence" },
      schema: { params: evidenceParamsSchema, response: { 200: policyIssueDetailSchema } },
      handler: ({ params, request }) =>
        issues.removeEvidence(db, actorOf(request), params.id, params.evidenceId),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/proposals",
      permission: "network.read",
      summary: "Policy proposals, those still moving first",
      tags,
      schema: { querystring: findProposalsQuerySchema, response: { 200: proposalPageSchema } },
      handler: ({ query }) => service.findProposals(db, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/proposals/figure-options",
      permission: "network.read",
      summary: "The figure editor's choices: the desk's categories and the programs",
      tags,
      schema: { response: { 200: figureOptionsSchema } },
      handler: () => service.getFigureOptions(db),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/proposals",
      permission: "proposals.write",
      summary: "Start a proposal (draft)",
      tags,
      schema: { body: proposalInputSchema, response: { 201: proposalSchema } },
      handler: ({ body, request, user }) =>
        service.createProposal(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/proposals/:id",
      permission: "network.read",
      summary: "One proposal: its figures counted live over its period, its issues, its campaign history",
      tags,
      records: proposalRecords,
      schema: { params: idParamsSchema, response: { 200: proposalSchema } },
      handler: ({ params }) => service.getProposal(db, params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/network/proposals/:id",
      permission: "proposals.write",
      summary: "Edit a proposal (version-checked)",
      tags,
      records: proposalRecords,
      schema: { params: idParamsSchema, body: updateProposalInputSchema, response: { 200: proposalSchema } },
      handler: ({ params, body, request }) => service.updateProposal(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/proposals/:id/status",
      permission: "proposals.write",
      summary: "Move the status one step (submitted records its day; answered its day and the answer)",
      tags,
      records: proposalRecords,
      schema: { params: idParamsSchema, body: moveProposalInputSchema, response: { 200: proposalSchema } },
      handler: ({ params, body, request, user }) =>
        service.moveProposal(db, { ...actorOf(request), id: user.id }, params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/proposals/:id/events",
      permission: "proposals.write",
      summary: "Add to the campaign's history",
      tags,
      records: proposalRecords,
      schema: { params: idParamsSchema, body: proposalEventInputSchema, response: { 200: proposalSchema } },
      handler: ({ params, body, request, user }) =>
        service.addProposalEvent(db, { ...actorOf(request), id: user.id }, params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/proposals/:id/figures",
      permission: "proposals.write",
      summary: "Add a figure (a measure and its filters, counted over the period)",
      tags,
      records: proposalRecords,
      schema: { params: idParamsSchema, body: figureInputSchema, response: { 200: proposalSchema } },
      handler: ({ params, body, request }) => service.addFigure(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/proposals/:id/figures/order",
      permission: "proposals.write",
      summary: "Reorder the figures (every one of the proposal's, each once)",
      tags,
      records: proposalRecords,
      schema: { params: idParamsSchema, body: reorderFiguresInputSchema, response: { 200: proposalSchema } },
      handler: ({ params, body, request }) =>
        service.reorderFigures(db, actorOf(request), params.id, body.figureIds),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/network/proposals/:id/figures/:figureId",
      permission: "proposals.write",
      summary: "Edit a figure",
      tags,
      records: { id: "policy_proposal", figureId: "policy_proposal_figure" },
      schema: { params: figureParamsSchema, body: figureInputSchema, response: { 200: proposalSchema } },
      handler: ({ params, body, request }) =>
        service.updateFigure(db, actorOf(request), params.id, params.figureId, body),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/network/proposals/:id/figures/:figureId",
      permission: "proposals.write",
      summary: "Delete a figure",
      tags,
      records: { id: "policy_proposal", figureId: "policy_proposal_figure" },
      schema: { params: figureParamsSchema, response: { 200: proposalSchema } },
      handler: ({ params, request }) =>
        service.deleteFigure(db, actorOf(request), params.id, params.figureId),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/proposals/:id/print.pdf",
      permission: "network.read",
      summary:
        "The proposal on A4 (PDF): figures with the period, issues, campaign history, the date in 和暦",
      tags,
      records: proposalRecords,
      produces: "pdf",
      schema: { params: idParamsSchema, response: { 200: fileResponse } },
      handler: ({ params, request }) => service.printProposal(db, localeOf(request), params.id),
    }),
  ];
}
