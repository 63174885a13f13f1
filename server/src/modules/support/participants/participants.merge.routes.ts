import { roleHas } from "@otagai/shared/platform/permissions";
import {
  mergeParticipantInputSchema,
  mergePreviewParamsSchema,
  mergePreviewSchema,
} from "@otagai/shared/support/duplicates";
import { participantIdParamsSchema, participantSchema } from "@otagai/shared/support/participants";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./participants.merge.service.ts";

const tags = ["duplicates"];

/** Merging two participant records (managers): a preview side by side, then the merge. */
export function mergeRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/participants/:id/merge-preview/:otherId",
      permission: "participants.merge",
      summary: "Two participants side by side, field by field, before merging the second into the first",
      tags,
      records: { id: "participant", otherId: "participant" },
      schema: { params: mergePreviewParamsSchema, response: { 200: mergePreviewSchema } },
      handler: ({ params, request, user }) =>
        service.getMergePreview(
          db,
          actorOf(request),
          accessScopeOf(user),
          { mayReadSensitive: roleHas(user.role, "participants.sensitive") },
          params.id,
          params.otherId,
        ),
    }),
    defineRoute({
      method: "POST",
      url: "/api/participants/:id/merge",
      permission: "participants.merge",
      summary:
        "Merge another participant into this one (chosen values, cases, activities, consents; the other becomes a tombstone)",
      tags,
      records: { id: "participant" },
      schema: {
        params: participantIdParamsSchema,
        body: mergeParticipantInputSchema,
        response: { 200: participantSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.mergeParticipants(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
  ];
}
