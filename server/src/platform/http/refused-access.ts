import type { ErrorCode } from "@otagai/shared/platform/errors";
import type { FastifyRequest } from "fastify";
import { recordAuditNow } from "../audit/audit.ts";
import type { Database } from "../db/client.ts";
import { actorOf } from "./request-context.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** The route's `records` (param → entity), copied by registerRoutes for the refused-access audit. */
    records?: Record<string, string>;
  }
}

/** The entity of every refused attempt in the trail (action "denied"); the route's entities are in its detail. */
export const refusedAccessEntity = "access";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every refused attempt of a signed-in user, in the audit trail (issue 11, ADR 019): a 403 for want
 * of a permission, and a 404 on a route that names a record (outside the user's scope, or not
 * there: the answer is the same, and so is the entry). The entry holds the method, the route
 * pattern, the records' ids and entities, and the user: never the request's query or body, which
 * may carry personal data. A failure to write it is logged; the refusal is answered all the same.
 */
export function auditRefusedAccess(db: Database) {
  return async (request: FastifyRequest, status: 403 | 404, code: ErrorCode): Promise<void> => {
    if (status === 403 && code !== "FORBIDDEN") return; // a CSRF refusal is not an access attempt
    const route = request.routeOptions.url;
    const records = request.routeOptions.config?.records ?? {};
    if (!route || (status === 404 && Object.keys(records).length === 0)) return;
    const params = (request.params ?? {}) as Record<string, unknown>;
    // Only ids: a parameter the router matched may be any text, and ids are all the trail needs.
    const recordIds = Object.keys(records)
      .map((param) => params[param])
      .filter((value): value is string => typeof value === "string" && uuidPattern.test(value));
    try {
      await recordAuditNow(db, actorOf(request), {
        action: "denied",
        entity: refusedAccessEntity,
        recordId: recordIds[0] ?? null,
        recordIds,
        detail: { method: request.method, route, status, records },
      });
    } catch (error) {
      request.log.error({ err: error }, "the refused attempt could not be audited");
    }
  };
}
