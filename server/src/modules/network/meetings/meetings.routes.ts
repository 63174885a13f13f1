import {
  actionItemInputSchema,
  actionItemPageSchema,
  actionItemSchema,
  actionItemVersionSchema,
  findActionItemsQuerySchema,
  findMeetingsQuerySchema,
  inviteWorkplacesResultSchema,
  meetingAttendeesInputSchema,
  meetingInputSchema,
  meetingPageSchema,
  meetingSchema,
  updateActionItemInputSchema,
  updateMeetingInputSchema,
} from "@otagai/shared/network/meetings";
import { staffChoicesSchema } from "@otagai/shared/users/schemas";
import { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf, localeOf } from "../../../platform/http/request-context.ts";
import { defineRoute, fileResponse, type RouteDefinition } from "../../../platform/http/route.ts";
import { exportInvitations, printInvitations } from "./meetings.invitations.ts";
import * as service from "./meetings.service.ts";

const tags = ["network"];
const idParamsSchema = z.strictObject({ id: z.uuid() });
const meetingRecords = { id: "meeting" } as const;
const itemRecords = { id: "meeting_action_item" } as const;

/** Meetings, their attendees and invitations, and action items (issue 13). */
export function meetingsRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/network/meetings",
      permission: "network.read",
      summary: "Meetings, newest first: by words, kind, year",
      tags,
      schema: { querystring: findMeetingsQuerySchema, response: { 200: meetingPageSchema } },
      handler: ({ query }) => service.findMeetings(db, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/meetings/staff",
      permission: "network.read",
      summary: "The staff who may attend or own an action item (the choices)",
      tags,
      schema: { response: { 200: staffChoicesSchema } },
      handler: () => service.findStaff(db),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/meetings",
      permission: "meetings.write",
      summary: "Record a meeting",
      tags,
      schema: { body: meetingInputSchema, response: { 201: meetingSchema } },
      handler: ({ body, request, user }) =>
        service.createMeeting(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/meetings/:id",
      permission: "network.read",
      summary: "A meeting with its attendees and action items (an audited read: it names people)",
      tags,
      records: meetingRecords,
      schema: { params: idParamsSchema, response: { 200: meetingSchema } },
      handler: ({ params, request }) => service.getMeeting(db, actorOf(request), params.id),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/meetings/:id",
      permission: "meetings.write",
      summary: "Edit a meeting: date, place, agenda, minutes, decisions (version-checked)",
      tags,
      records: meetingRecords,
      schema: { params: idParamsSchema, body: updateMeetingInputSchema, response: { 200: meetingSchema } },
      handler: ({ params, body, request }) => service.updateMeeting(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/meetings/:id/attendees",
      permission: "meetings.write",
      summary: "Replace the invited and present (staff, member organizations, workplaces, guests)",
      tags,
      records: meetingRecords,
      schema: { params: idParamsSchema, body: meetingAttendeesInputSchema, response: { 200: meetingSchema } },
      handler: ({ params, body, request }) => service.setAttendees(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/meetings/:id/invite-workplaces",
      permission: "meetings.write",
      summary: "Invite every active partner workplace not yet on the list (idempotent)",
      tags,
      records: meetingRecords,
      schema: { params: idParamsSchema, response: { 200: inviteWorkplacesResultSchema } },
      handler: ({ params, request }) => service.inviteWorkplaces(db, actorOf(request), params.id),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/meetings/:id/invitations.pdf",
      permission: "network.read",
      summary: "The invitation list on A4 (PDF) with contacts and a column to tick attendance",
      tags,
      records: meetingRecords,
      produces: "pdf",
      schema: { params: idParamsSchema, response: { 200: fileResponse } },
      handler: ({ params, request }) => printInvitations(db, actorOf(request), localeOf(request), params.id),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/meetings/:id/invitations.xlsx",
      permission: "network.read",
      summary: "The invitation list for a mail merge (Excel): postal code, address, addressee, contact",
      tags,
      records: meetingRecords,
      produces: "xlsx",
      schema: { params: idParamsSchema, response: { 200: fileResponse } },
      handler: ({ params, request }) => exportInvitations(db, actorOf(request), localeOf(request), params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/meetings/:id/action-items",
      permission: "meetings.write",
      summary: "Add an action item with its owner and due date",
      tags,
      records: meetingRecords,
      schema: { params: idParamsSchema, body: actionItemInputSchema, response: { 201: actionItemSchema } },
      handler: ({ params, body, request }) => service.createActionItem(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/network/action-items",
      permission: "network.read",
      summary: "Action items: the caller's own (mine), open ones only (open)",
      tags,
      schema: { querystring: findActionItemsQuerySchema, response: { 200: actionItemPageSchema } },
      handler: ({ query, request, user }) =>
        service.findActionItems(db, { ...actorOf(request), id: user.id }, query),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/network/action-items/:id",
      permission: "meetings.write",
      summary: "Edit an action item (version-checked)",
      tags,
      records: itemRecords,
      schema: {
        params: idParamsSchema,
        body: updateActionItemInputSchema,
        response: { 200: actionItemSchema },
      },
      handler: ({ params, body, request }) => service.updateActionItem(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/action-items/:id/done",
      permission: "meetings.write",
      summary: "Mark an action item done (it leaves its owner's today list)",
      tags,
      records: itemRecords,
      schema: { params: idParamsSchema, body: actionItemVersionSchema, response: { 200: actionItemSchema } },
      handler: ({ params, body, request, user }) =>
        service.setActionItemDone(db, { ...actorOf(request), id: user.id }, params.id, body, true),
    }),
    defineRoute({
      method: "POST",
      url: "/api/network/action-items/:id/reopen",
      permission: "meetings.write",
      summary: "Reopen a done action item",
      tags,
      records: itemRecords,
      schema: { params: idParamsSchema, body: actionItemVersionSchema, response: { 200: actionItemSchema } },
      handler: ({ params, body, request, user }) =>
        service.setActionItemDone(db, { ...actorOf(request), id: user.id }, params.id, body, false),
    }),
  ];
}
