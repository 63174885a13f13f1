import type {
  ConsultationRequest,
  findConsultationRequestsQuerySchema,
  markRequestHandledInputSchema,
  PublicLanguage,
  PublicRequestForm,
} from "@otagai/shared/consultation/requests";
import type { z } from "zod";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { presentRequest, presentRequestSummary } from "./requests.presenter.ts";
import * as repository from "./requests.repository.ts";

type FindRequests = z.output<typeof findConsultationRequestsQuerySchema>;
type MarkHandled = z.output<typeof markRequestHandledInputSchema>;

export const requestEntity = "consultation_request";

/**
 * Stores a request from the public form, committed before the caller answers (the thank-you page
 * follows only a stored request). The trail names the fields given, never their values.
 */
export async function receivePublicRequest(
  db: Database,
  actor: Actor,
  language: PublicLanguage,
  form: PublicRequestForm,
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const values = {
      language,
      topic: form.topic,
      name: form.name,
      nameKana: form.nameKana,
      contactMethod: form.contactMethod,
      phone: form.phone,
      email: form.email,
      preferredDates: [...form.preferredDates].sort(),
      message: form.message,
      privacyConsent: form.privacyConsent,
    };
    const { id } = await repository.insertRequest(tx, values);
    await recordAudit(tx, actor, {
      action: "create",
      entity: requestEntity,
      recordId: id,
      changedFields: Object.entries(values)
        .filter(([, value]) => value !== "" && !(Array.isArray(value) && value.length === 0))
        .map(([field]) => field),
    });
    return { id };
  });
}

export async function requireRequest(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<repository.RequestRow> {
  const row = await repository.getRequest(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The inbox names people: a read of each request shown. */
export async function findRequests(db: Database, actor: Actor, query: FindRequests) {
  const { rows, total, totalCapped } = await repository.findRequests(db, query);
  await recordAuditNow(db, actor, {
    action: "read",
    entity: requestEntity,
    recordIds: rows.map((row) => row.id),
  });
  return {
    items: rows.map(presentRequestSummary),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getRequest(db: Database, actor: Actor, id: string): Promise<ConsultationRequest> {
  const row = await requireRequest(db, id);
  await recordAuditNow(db, actor, { action: "read", entity: requestEntity, recordId: id });
  return presentRequest(row);
}

/** A request still new, locked and at the version the user saw (409 otherwise). */
export async function requireOpenRequest(
  db: Database,
  id: string,
  version: number,
): Promise<repository.RequestRow> {
  const current = await requireRequest(db, id, { forUpdate: true });
  if (current.version !== version) throw new AppError("STALE_UPDATE");
  if (current.status !== "new") throw new AppError("CONFLICT");
  return current;
}

/** Marks a new request handled (answered by phone, a duplicate…), with a note. */
export async function markRequestHandled(
  db: Database,
  actor: Actor & { id: string },
  id: string,
  input: MarkHandled,
): Promise<ConsultationRequest> {
  return db.transaction(async (tx) => {
    const current = await requireOpenRequest(tx, id, input.version);
    const changes = {
      status: "handled",
      handledBy: actor.id,
      handledAt: new Date(),
      handledNote: input.note,
    };
    if (!(await repository.updateRequest(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: requestEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return presentRequest(await requireRequest(tx, id));
  });
}
