import {
  importPreviewSchema,
  importRequestSchema,
  importResultSchema,
  importUploadInputSchema,
  importUploadSchema,
  maxImportContentLength,
} from "@otagai/shared/import/schemas";
import { formatIsoDate, toCalendarDate } from "@otagai/shared/japanese/calendar-date";
import type { FastifyRequest } from "fastify";
import { accessScopeOf } from "../access/access-scope.ts";
import type { Database } from "../db/client.ts";
import { actorOf, localeOf } from "../http/request-context.ts";
import { defineRoute } from "../http/route.ts";
import type { SessionUser } from "../sessions/sessions.ts";
import * as service from "./import.service.ts";
import type { ImportContext, Importer } from "./importer.ts";

const tags = ["imports"];

function contextOf(request: FastifyRequest, user: SessionUser): ImportContext {
  const today = toCalendarDate(new Date());
  if (!today) throw new Error("invalid clock");
  return {
    actor: { ...actorOf(request), id: user.id },
    scope: accessScopeOf(user),
    today: formatIsoDate(today),
  };
}

/**
 * Three routes per importer under /api/imports/<kind>, each with the importer's permission: upload
 * a file, preview with a mapping, confirm. The upload's JSON carries the file as base64, so its
 * route takes a larger body than the app's default.
 */
export function importRoutes(db: Database, importers: Importer[]) {
  return importers.flatMap((importer) => {
    const base = `/api/imports/${importer.kind}`;
    const requestSchema = importRequestSchema(importer.fields.map((field) => field.key));
    return [
      defineRoute({
        method: "POST",
        url: `${base}/uploads`,
        permission: importer.permission,
        summary: `Read a spreadsheet (.xlsx or CSV) to import (${importer.kind}); nothing is written yet`,
        tags,
        bodyLimit: maxImportContentLength + 64 * 1024,
        schema: { body: importUploadInputSchema, response: { 201: importUploadSchema } },
        handler: ({ body, request, user }) =>
          service.uploadFile(db, importer, contextOf(request, user), body),
      }),
      defineRoute({
        method: "POST",
        url: `${base}/preview`,
        permission: importer.permission,
        summary: `Each row's problems with a column mapping (${importer.kind}); nothing is written`,
        tags,
        schema: { body: requestSchema, response: { 200: importPreviewSchema } },
        handler: ({ body, request, user }) =>
          service.previewImport(db, importer, contextOf(request, user), localeOf(request), body),
      }),
      defineRoute({
        method: "POST",
        url: `${base}/confirm`,
        permission: importer.permission,
        summary: `Write every row in one transaction, or none (${importer.kind})`,
        tags,
        schema: { body: requestSchema, response: { 201: importResultSchema } },
        handler: ({ body, request, user }) =>
          service.confirmImport(db, importer, contextOf(request, user), body),
      }),
    ];
  });
}
