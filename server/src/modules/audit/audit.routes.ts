import {
  auditEventPageSchema,
  auditVerificationSchema,
  findAuditEventsQuerySchema,
} from "@otagai/shared/audit/schemas";
import { recordAuditNow, verifyAuditChain } from "../../platform/audit/audit.ts";
import type { Database } from "../../platform/db/client.ts";
import { actorOf } from "../../platform/http/request-context.ts";
import { defineRoute } from "../../platform/http/route.ts";
import { namedRecordIds, presentAuditEvents, type RecordLabelers } from "./audit.presenter.ts";
import { findAuditEvents } from "./audit.repository.ts";

const tags = ["audit"];

export function auditRoutes(db: Database, labelers: RecordLabelers) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/audit-events",
      permission: "audit.read",
      summary: "The audit trail, newest first, with filters",
      tags,
      schema: { querystring: findAuditEventsQuerySchema, response: { 200: auditEventPageSchema } },
      handler: async ({ query, request }) => {
        const { rows, total, totalCapped } = await findAuditEvents(db, query);
        const items = await presentAuditEvents(db, rows, labelers);
        // The trail names people (actors, the records it was about): reading it is itself recorded,
        // with every record it named, so "who saw this person" includes the audit page too.
        await recordAuditNow(db, actorOf(request), {
          action: "read",
          entity: "audit_event",
          recordIds: namedRecordIds(items),
        });
        return { items, total, totalCapped, page: query.page, pageSize: query.pageSize };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/audit-events/verification",
      permission: "audit.read",
      summary: "Recompute the hash chain and report the first broken entry, if any",
      tags,
      schema: { response: { 200: auditVerificationSchema } },
      handler: () => verifyAuditChain(db),
    }),
  ];
}
