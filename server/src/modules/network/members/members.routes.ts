import {
  duesWithOrganizationListSchema,
  exportMemberOrganizationsQuerySchema,
  findDuesQuerySchema,
  findMemberOrganizationsQuerySchema,
  memberCountByYearQuerySchema,
  memberCountByYearSchema,
  memberCountQuerySchema,
  memberCountSchema,
  memberDuesInputSchema,
  memberDuesListSchema,
  memberDuesParamsSchema,
  memberDuesSchema,
  memberOptionsQuerySchema,
  memberOptionsSchema,
  memberOrganizationIdParamsSchema,
  memberOrganizationInputSchema,
  memberOrganizationPageSchema,
  memberOrganizationSchema,
  updateMemberOrganizationInputSchema,
} from "@otagai/shared/network/members";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf, localeOf } from "../../../platform/http/request-context.ts";
import { defineRoute, fileResponse, type RouteDefinition } from "../../../platform/http/route.ts";
import { exportMembers } from "./members.export.ts";
import * as service from "./members.service.ts";

const tags = ["network"];
const memberRecords = { id: "member_organization" };

/** Member organizations (参加団体) and their dues (issue 13). */
export function membersRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/network/members",
      permission: "network.read",
      summary: "Search member organizations (kana or kanji, partial), 五十音順, by kind, field, area, status",
      tags,
      schema: {
        querystring: findMemberOrganizationsQuerySchema,
        response: { 200: memberOrganizationPageSchema },
      },
      handler: ({ query }) => service.findMembers(db, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/members/options",
      permission: "network.read",
      summary: "Active and resting member organizations for pickers (at most 20, by name or reading)",
      tags,
      schema: { querystring: memberOptionsQuerySchema, response: { 200: memberOptionsSchema } },
      handler: ({ query }) => service.findMemberOptions(db, query.q),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/members/count",
      permission: "network.read",
      summary: "The number of member organizations on a date (joined on or before it, not yet left)",
      tags,
      schema: { querystring: memberCountQuerySchema, response: { 200: memberCountSchema } },
      handler: ({ query }) => service.countMembersOn(db, query.on),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/members/count-by-year",
      permission: "network.read",
      summary: "Per fiscal year: the members on April 1, and those who joined and left during the year",
      tags,
      schema: { querystring: memberCountByYearQuerySchema, response: { 200: memberCountByYearSchema } },
      handler: ({ query }) => service.countMembersByYear(db, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/members/export",
      permission: "network.read",
      summary: "The filtered list as an Excel workbook that re-imports cleanly",
      tags,
      produces: "xlsx",
      schema: { querystring: exportMemberOrganizationsQuerySchema, response: { 200: fileResponse } },
      handler: ({ query, request }) => exportMembers(db, actorOf(request), query, localeOf(request)),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/members",
      permission: "members.write",
      summary: "Register a member organization",
      tags,
      schema: { body: memberOrganizationInputSchema, response: { 201: memberOrganizationSchema } },
      handler: ({ body, request, user }) =>
        service.createMember(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/members/:id",
      permission: "network.read",
      summary: "A member organization with its partner workplace and development links",
      tags,
      records: memberRecords,
      schema: { params: memberOrganizationIdParamsSchema, response: { 200: memberOrganizationSchema } },
      handler: ({ params, request }) => service.getMember(db, actorOf(request), params.id),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/members/:id",
      permission: "members.write",
      summary: "Edit a member organization (version-checked); a linked workplace follows its identity",
      tags,
      records: memberRecords,
      schema: {
        params: memberOrganizationIdParamsSchema,
        body: updateMemberOrganizationInputSchema,
        response: { 200: memberOrganizationSchema },
      },
      handler: ({ params, body, request }) => service.updateMember(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/members/:id/dues",
      permission: "network.read",
      summary: "A member organization's dues by fiscal year, the latest first",
      tags,
      records: memberRecords,
      schema: { params: memberOrganizationIdParamsSchema, response: { 200: memberDuesListSchema } },
      handler: ({ params }) => service.findDuesOf(db, params.id),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/members/:id/dues/:fiscalYear",
      permission: "members.write",
      summary: "Record a fiscal year's dues and their payment (version-checked when the year exists)",
      tags,
      records: memberRecords,
      schema: {
        params: memberDuesParamsSchema,
        body: memberDuesInputSchema,
        response: { 200: memberDuesSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.saveDues(db, { ...actorOf(request), id: user.id }, params.id, params.fiscalYear, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/dues",
      permission: "network.read",
      summary: "Dues of every member organization (unpaid ones when asked), by fiscal year",
      tags,
      schema: { querystring: findDuesQuerySchema, response: { 200: duesWithOrganizationListSchema } },
      handler: ({ query }) => service.findDues(db, query),
    }),
  ];
}
