import type {
  findStartupResourcesQuerySchema,
  LinkedStartupResource,
  StartupResource,
  startupResourceInputSchema,
  updateStartupResourceInputSchema,
} from "@otagai/shared/consultation/startup";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { getCategory } from "../consultations.repository.ts";
import { consultationEntity, requireConsultation } from "../consultations.service.ts";
import { presentLinkedResource, presentStartupResource } from "./startup-resources.presenter.ts";
import * as repository from "./startup-resources.repository.ts";

type FindStartupResources = z.output<typeof findStartupResourcesQuerySchema>;
type StartupResourceInput = z.output<typeof startupResourceInputSchema>;
type UpdateStartupResource = z.output<typeof updateStartupResourceInputSchema>;

export const startupResourceEntity = "startup_resource";
/** The category code of 起業相談: only its consultations take start-up entries. */
export const startupCategoryCode = "startup";

/** The directory holds no personal data: its lists and pages are not audited reads. */
export async function findStartupResources(db: Database, query: FindStartupResources, now = new Date()) {
  const { rows, total, totalCapped } = await repository.findStartupResources(db, {
    ...query,
    openOn: query.openNow ? todayInJapan(now) : undefined,
  });
  return {
    items: rows.map(presentStartupResource),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function findStartupTags(db: Database) {
  return { items: await repository.findStartupTags(db) };
}

async function requireResource(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getStartupResource(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function getStartupResource(db: Database, id: string): Promise<StartupResource> {
  return presentStartupResource(await requireResource(db, id));
}

/** The fields a create names in the audit trail: those given a value. */
function filledFields(values: StartupResourceInput): string[] {
  return Object.entries(values)
    .filter(([, value]) => value !== "" && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([field]) => field);
}

export async function createStartupResource(
  db: Database,
  actor: Actor,
  input: StartupResourceInput,
): Promise<StartupResource> {
  return db.transaction(async (tx) => {
    const row = await repository.insertStartupResource(tx, input);
    await recordAudit(tx, actor, {
      action: "create",
      entity: startupResourceEntity,
      recordId: row.id,
      changedFields: filledFields(input),
    });
    return presentStartupResource(row);
  });
}

const comparable = (value: unknown) => (Array.isArray(value) ? JSON.stringify(value) : value);

/** Rewrites the entry as entered, or deactivates it (version-checked; 409 when someone saved first). */
export async function updateStartupResource(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateStartupResource,
): Promise<StartupResource> {
  return db.transaction(async (tx) => {
    const current = await requireResource(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes: Partial<repository.StartupResourceValues> = {};
    for (const [field, value] of Object.entries(input.resource) as [keyof StartupResourceInput, unknown][])
      if (comparable(value) !== comparable(current[field])) Object.assign(changes, { [field]: value });
    if (Object.keys(changes).length === 0) return presentStartupResource(current);
    const row = await repository.updateStartupResource(tx, current, changes);
    if (!row) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: changes.active === false ? "disable" : changes.active === true ? "enable" : "update",
      entity: startupResourceEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return presentStartupResource(row);
  });
}

// ── Links to 起業相談 consultations ──────────────────────────────────────────────

/** The entries linked to a consultation the user reaches (404 otherwise, as the consultation). */
export async function findConsultationResources(
  db: Database,
  scope: AccessScope,
  consultationId: string,
): Promise<{ items: LinkedStartupResource[] }> {
  await requireConsultation(db, scope, consultationId);
  const rows = await repository.findLinkedResources(db, consultationId);
  return { items: rows.map(presentLinkedResource) };
}

/**
 * Links an entry in use to a 起業相談 consultation (once; linking again changes nothing). Another
 * category's consultation is refused with a field error: the directory is the start-up desk's.
 */
export async function linkResource(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  consultationId: string,
  resourceId: string,
): Promise<{ items: LinkedStartupResource[] }> {
  return db.transaction(async (tx) => {
    const consultation = await requireConsultation(tx, scope, consultationId, { forUpdate: true });
    const category = await getCategory(tx, consultation.categoryId);
    if (category?.code !== startupCategoryCode)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.resourceId", code: "not_startup", messageKey: "startupLinkNotStartup" },
      ]);
    const resource = await repository.getStartupResource(tx, resourceId);
    if (!resource?.active)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.resourceId", code: "not_found", messageKey: "invalidOption" },
      ]);
    const linked = await repository.insertLink(tx, { consultationId, resourceId, linkedBy: actor.id });
    if (linked)
      await recordAudit(tx, actor, {
        action: "update",
        entity: consultationEntity,
        recordId: consultationId,
        changedFields: ["startupResources"],
      });
    return { items: (await repository.findLinkedResources(tx, consultationId)).map(presentLinkedResource) };
  });
}

/** Removes a link (404 when the consultation is out of reach or the entry was not linked). */
export async function unlinkResource(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  consultationId: string,
  resourceId: string,
): Promise<{ items: LinkedStartupResource[] }> {
  return db.transaction(async (tx) => {
    await requireConsultation(tx, scope, consultationId, { forUpdate: true });
    if (!(await repository.deleteLink(tx, consultationId, resourceId))) throw new AppError("NOT_FOUND");
    await recordAudit(tx, actor, {
      action: "update",
      entity: consultationEntity,
      recordId: consultationId,
      changedFields: ["startupResources"],
    });
    return { items: (await repository.findLinkedResources(tx, consultationId)).map(presentLinkedResource) };
  });
}
