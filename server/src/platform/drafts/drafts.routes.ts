import {
  draftParamsSchema,
  draftQuerySchema,
  draftSavedSchema,
  draftSchema,
  saveDraftInputSchema,
} from "@otagai/shared/drafts/schemas";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { defineRoute } from "../http/route.ts";
import * as service from "./drafts.service.ts";

const tags = ["drafts"];

/** The caller's own drafts of long forms: another person's draft is never reachable. */
export function draftsRoutes(db: Database, config: Pick<Config, "draftTtlHours">) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/drafts/:formKey",
      permission: "account.self",
      summary: "The caller's draft of a form (404 when there is none, or it expired)",
      tags,
      schema: { params: draftParamsSchema, querystring: draftQuerySchema, response: { 200: draftSchema } },
      handler: ({ params, query, user }) =>
        service.getDraft(db, { userId: user.id, formKey: params.formKey, recordKey: query.recordKey }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/drafts/:formKey",
      permission: "account.self",
      summary: "Save the caller's draft of a form (replacing the last one); it expires after DRAFT_TTL_HOURS",
      tags,
      schema: {
        params: draftParamsSchema,
        querystring: draftQuerySchema,
        body: saveDraftInputSchema,
        response: { 200: draftSavedSchema },
      },
      handler: ({ params, query, body, user }) =>
        service.saveDraft(
          db,
          { userId: user.id, formKey: params.formKey, recordKey: query.recordKey },
          body,
          config.draftTtlHours,
        ),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/drafts/:formKey",
      permission: "account.self",
      summary: "Drop the caller's draft of a form (after saving it, or discarding it)",
      tags,
      schema: { params: draftParamsSchema, querystring: draftQuerySchema, response: { 204: undefined } },
      handler: async ({ params, query, user }) => {
        await service.discardDraft(db, {
          userId: user.id,
          formKey: params.formKey,
          recordKey: query.recordKey,
        });
      },
    }),
  ];
}
