import {
  advisorInputSchema,
  advisorListSchema,
  advisorSchema,
  agencyInputSchema,
  agencyListSchema,
  agencySchema,
  createdReferralSchema,
  findAdvisorsQuerySchema,
  findAgenciesQuerySchema,
  referralConsentsQuerySchema,
  referralConsentsSchema,
  referralInputSchema,
  referralListSchema,
  referralSchema,
  updateAdvisorInputSchema,
  updateAgencyInputSchema,
  updateReferralInputSchema,
} from "@otagai/shared/consultation/referrals";
import { z } from "zod";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as directory from "./directory.service.ts";
import * as service from "./referrals.service.ts";

const tags = ["referrals"];
const idParamsSchema = z.strictObject({ id: z.uuid() });

/** The routes of one source (a consultation or a case): its referrals, a new one, the consent check. */
function sourceRoutes(db: Database, kind: "consultation" | "case") {
  const base = kind === "consultation" ? "/api/consultations/:id" : "/api/cases/:id";
  const records = { id: kind };
  return [
    defineRoute({
      method: "GET",
      url: `${base}/referrals`,
      permission: "referrals.read",
      summary: `The ${kind}'s referrals and escalations, newest first (audited: they name a person)`,
      tags,
      records,
      schema: { params: idParamsSchema, response: { 200: referralListSchema } },
      handler: ({ params, request, user }) =>
        service.findReferrals(db, actorOf(request), accessScopeOf(user), { kind, id: params.id }),
    }),
    defineRoute({
      method: "POST",
      url: `${base}/referrals`,
      permission: "referrals.write",
      summary: `Refer the ${kind} to an agency or escalate it to an advisor (personal details only on a consent)`,
      tags,
      records,
      schema: { params: idParamsSchema, body: referralInputSchema, response: { 201: createdReferralSchema } },
      handler: ({ params, body, request, user }) =>
        service.createReferral(
          db,
          { ...actorOf(request), id: user.id },
          accessScopeOf(user),
          { kind, id: params.id },
          body,
        ),
    }),
    defineRoute({
      method: "GET",
      url: `${base}/referral-consents`,
      permission: "referrals.read",
      summary: `The ${kind}'s person's consents in force for an agency or advisor (before referring)`,
      tags,
      records,
      schema: {
        params: idParamsSchema,
        querystring: referralConsentsQuerySchema,
        response: { 200: referralConsentsSchema },
      },
      handler: ({ params, query, request, user }) =>
        service.findReferralConsents(
          db,
          actorOf(request),
          accessScopeOf(user),
          { kind, id: params.id },
          query,
        ),
    }),
  ];
}

/** Referrals and advisors (issue 12): the agency and advisor directories and the referrals. */
export function referralsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/agencies",
      permission: "referrals.read",
      summary: "The directory of agencies (関係機関): by words of the name and by kind",
      tags,
      schema: { querystring: findAgenciesQuerySchema, response: { 200: agencyListSchema } },
      handler: ({ query }) => directory.findAgencies(db, query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/agencies",
      permission: "desk.manage",
      summary: "Add an agency (its name is unique)",
      tags,
      schema: { body: agencyInputSchema, response: { 201: agencySchema } },
      handler: ({ body, request }) => directory.createAgency(db, actorOf(request), body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/agencies/:id",
      permission: "desk.manage",
      summary: "Edit, deactivate or reactivate an agency (version-checked)",
      tags,
      records: { id: "agency" },
      schema: { params: idParamsSchema, body: updateAgencyInputSchema, response: { 200: agencySchema } },
      handler: ({ params, body, request }) => directory.updateAgency(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/advisors",
      permission: "referrals.read",
      summary: "Expert advisors on contract (専門家), with whether the contract covers today",
      tags,
      schema: { querystring: findAdvisorsQuerySchema, response: { 200: advisorListSchema } },
      handler: ({ query }) => directory.findAdvisors(db, query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/advisors",
      permission: "desk.manage",
      summary: "Add an advisor with the contract period",
      tags,
      schema: { body: advisorInputSchema, response: { 201: advisorSchema } },
      handler: ({ body, request }) => directory.createAdvisor(db, actorOf(request), body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/advisors/:id",
      permission: "desk.manage",
      summary: "Edit, deactivate or reactivate an advisor (version-checked)",
      tags,
      records: { id: "advisor" },
      schema: { params: idParamsSchema, body: updateAdvisorInputSchema, response: { 200: advisorSchema } },
      handler: ({ params, body, request }) => directory.updateAdvisor(db, actorOf(request), params.id, body),
    }),
    ...sourceRoutes(db, "consultation"),
    ...sourceRoutes(db, "case"),
    defineRoute({
      method: "GET",
      url: "/api/referrals/:id",
      permission: "referrals.read",
      summary: "A referral (reached as its consultation or case is; every view is audited)",
      tags,
      records: { id: "referral" },
      schema: { params: idParamsSchema, response: { 200: referralSchema } },
      handler: ({ params, request, user }) =>
        service.getReferral(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/referrals/:id",
      permission: "referrals.write",
      summary:
        "Move a referral's status one step, record the result and the follow-up date (version-checked)",
      tags,
      records: { id: "referral" },
      schema: { params: idParamsSchema, body: updateReferralInputSchema, response: { 200: referralSchema } },
      handler: ({ params, body, request, user }) =>
        service.updateReferral(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
  ];
}
