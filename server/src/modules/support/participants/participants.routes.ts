import { roleHas } from "@otagai/shared/platform/permissions";
import {
  consentSchema,
  createConsentInputSchema,
  createParticipantInputSchema,
  duplicateCheckInputSchema,
  duplicateCheckResultSchema,
  exportParticipantsQuerySchema,
  findParticipantsQuerySchema,
  participantIdParamsSchema,
  participantPageSchema,
  participantSchema,
  sensitiveSectionInputSchema,
  sensitiveSectionSchema,
  updateParticipantInputSchema,
  withdrawConsentInputSchema,
} from "@otagai/shared/support/participants";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf, localeOf } from "../../../platform/http/request-context.ts";
import { defineRoute, fileResponse } from "../../../platform/http/route.ts";
import * as consents from "./consents.service.ts";
import { exportParticipants } from "./participants.export.ts";
import * as service from "./participants.service.ts";
import * as sensitive from "./sensitive-section.service.ts";

const tags = ["participants"];

export function participantsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/participants",
      permission: "participants.read",
      summary: "Search participants (kana or kanji, partial, variant kanji folded), 五十音順, with filters",
      tags,
      schema: { querystring: findParticipantsQuerySchema, response: { 200: participantPageSchema } },
      handler: ({ query, request, user }) =>
        service.findParticipants(db, actorOf(request), accessScopeOf(user), query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/participants/export",
      permission: "participants.read",
      summary:
        "The filtered participant list as an Excel workbook (sensitive columns only with participants.sensitive)",
      tags,
      produces: "xlsx",
      schema: { querystring: exportParticipantsQuerySchema, response: { 200: fileResponse } },
      handler: ({ query, request, user }) =>
        exportParticipants(db, actorOf(request), accessScopeOf(user), query, {
          locale: localeOf(request),
          withSensitive: roleHas(user.role, "participants.sensitive"),
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/participants/duplicate-check",
      permission: "participants.read",
      summary: "Likely duplicates of a person being registered (other programs' only counted)",
      tags,
      schema: { body: duplicateCheckInputSchema, response: { 200: duplicateCheckResultSchema } },
      handler: ({ body, request, user }) =>
        service.checkParticipantDuplicates(db, actorOf(request), accessScopeOf(user), body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/participants",
      permission: "participants.write",
      summary: "Register a participant (409 DUPLICATE_SUSPECTED unless a reason to save anyway is given)",
      tags,
      schema: { body: createParticipantInputSchema, response: { 201: participantSchema } },
      handler: ({ body, request, user }) =>
        service.createParticipant(db, { ...actorOf(request), id: user.id }, accessScopeOf(user), body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/participants/:id",
      permission: "participants.read",
      summary: "A participant's profile, consents and cases (a merged record answers mergedIntoId)",
      tags,
      records: { id: "participant" },
      schema: { params: participantIdParamsSchema, response: { 200: participantSchema } },
      handler: ({ params, request, user }) =>
        service.getParticipant(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/participants/:id",
      permission: "participants.write",
      summary: "Edit a participant's profile (version-checked)",
      tags,
      records: { id: "participant" },
      schema: {
        params: participantIdParamsSchema,
        body: updateParticipantInputSchema,
        response: { 200: participantSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.updateParticipant(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/participants/:id/sensitive",
      permission: "participants.sensitive",
      summary: "The sensitive section (health, disability, livelihood, benefits); every view is audited",
      tags,
      records: { id: "participant" },
      schema: { params: participantIdParamsSchema, response: { 200: sensitiveSectionSchema } },
      handler: ({ params, request, user }) =>
        sensitive.getSensitiveSection(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/participants/:id/sensitive",
      permission: "participants.sensitive",
      summary: "Write the sensitive section (version-checked; 0 for the first write)",
      tags,
      records: { id: "participant" },
      schema: {
        params: participantIdParamsSchema,
        body: sensitiveSectionInputSchema,
        response: { 200: sensitiveSectionSchema },
      },
      handler: ({ params, body, request, user }) =>
        sensitive.saveSensitiveSection(
          db,
          { ...actorOf(request), id: user.id },
          accessScopeOf(user),
          params.id,
          body,
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/participants/:id/consents",
      permission: "participants.write",
      summary: "Record a consent (purpose, receiving agency, date, written or verbal)",
      tags,
      records: { id: "participant" },
      schema: {
        params: participantIdParamsSchema,
        body: createConsentInputSchema,
        response: { 201: consentSchema },
      },
      handler: ({ params, body, request, user }) =>
        consents.recordConsent(
          db,
          { ...actorOf(request), id: user.id },
          accessScopeOf(user),
          params.id,
          body,
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consents/:id/withdraw",
      permission: "participants.write",
      summary: "Withdraw a consent from a date (version-checked)",
      tags,
      records: { id: "consent" },
      schema: {
        params: participantIdParamsSchema,
        body: withdrawConsentInputSchema,
        response: { 200: consentSchema },
      },
      handler: ({ params, body, request, user }) =>
        consents.withdrawConsent(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
  ];
}
