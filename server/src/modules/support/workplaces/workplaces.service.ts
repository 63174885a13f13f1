import type {
  Certification,
  certificationInputSchema,
  createWorkplaceInputSchema,
  findWorkplacesQuerySchema,
  updateCertificationInputSchema,
  updateWorkplaceInputSchema,
  Workplace,
} from "@otagai/shared/support/workplaces";
import type { z } from "zod";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { changedValues } from "../../programs/programs.service.ts";
import { presentCertification, presentWorkplace, presentWorkplaceSummary } from "./workplaces.presenter.ts";
import * as repository from "./workplaces.repository.ts";

type FindWorkplaces = z.output<typeof findWorkplacesQuerySchema>;
type CreateWorkplace = z.output<typeof createWorkplaceInputSchema>;
type UpdateWorkplace = z.output<typeof updateWorkplaceInputSchema>;
type CertificationInput = z.output<typeof certificationInputSchema>;
type UpdateCertification = z.output<typeof updateCertificationInputSchema>;

const workplaceEntity = "workplace";
const certificationEntity = "workplace_certification";

/** The fields a create names in the audit trail: those given a value (never the values themselves). */
function filledFields(input: Record<string, unknown>): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== "" && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([field]) => field);
}

async function requireWorkplace(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getWorkplace(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

async function workplaceWithCertifications(db: Database, row: repository.WorkplaceRow): Promise<Workplace> {
  const today = todayInJapan();
  const certifications = await repository.findCertifications(db, row.id);
  const freeCapacity = await repository.getFreeCapacity(db, row.id, today);
  return presentWorkplace(row, certifications, today, freeCapacity);
}

/**
 * The list: 五十音順, filtered by name or reading, kind of work, area, status and certification.
 * Workplaces are organizations, not people served: no read is audited.
 */
export async function findWorkplaces(db: Database, query: FindWorkplaces) {
  const today = todayInJapan();
  const { rows, total, totalCapped } = await repository.findWorkplaces(db, query, today);
  const current = await repository.findCertificationsValidOn(
    db,
    rows.map((row) => row.id),
    today,
  );
  return {
    items: rows.map((row) => presentWorkplaceSummary(row, current.get(row.id), row.freeCapacity)),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getWorkplace(db: Database, id: string): Promise<Workplace> {
  return workplaceWithCertifications(db, await requireWorkplace(db, id));
}

export async function createWorkplace(
  db: Database,
  actor: Actor & { id: string },
  input: CreateWorkplace,
): Promise<Workplace> {
  return db.transaction(async (tx) => {
    const row = await repository.insertWorkplace(tx, {
      ...input,
      ...repository.workplaceKeysOf(input),
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: workplaceEntity,
      recordId: row.id,
      changedFields: filledFields(input),
    });
    // A new workplace has no placements: every place is free.
    return presentWorkplace(row, [], todayInJapan(), row.traineeCapacity);
  });
}

/** Edits the fields sent (version-checked); the search keys follow the name and reading. */
export async function updateWorkplace(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateWorkplace,
): Promise<Workplace> {
  return db.transaction(async (tx) => {
    const current = await requireWorkplace(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const { version: _version, ...fields } = input;
    const changes = changedValues(current, fields);
    const changedFields = Object.keys(changes);
    // Nothing really changed: no new version, no audit entry.
    if (changedFields.length === 0) return workplaceWithCertifications(tx, current);
    refuseIdentityChangeOfMember(current, changedFields);
    const next = { ...current, ...changes };
    // The schema checks the hours when both are sent; one sent alone meets the stored other here.
    if (next.hoursFrom && next.hoursTo && next.hoursFrom >= next.hoursTo)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.hoursTo", code: "hours_order", messageKey: "hoursOrder" },
      ]);
    const updated = await repository.updateWorkplace(tx, current, {
      ...changes,
      ...repository.workplaceKeysOf(next),
    });
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, { action: "update", entity: workplaceEntity, recordId: id, changedFields });
    return workplaceWithCertifications(tx, updated);
  });
}

/** The identity a workplace linked to a member organization mirrors from it (ADR 021). */
const memberIdentityFields = ["name", "nameKana", "postalCode", "address", "area"] as const;

/** A member organization's workplace takes its name and address from the member record only. */
function refuseIdentityChangeOfMember(current: { memberOrganizationId: string | null }, changed: string[]) {
  if (!current.memberOrganizationId) return;
  const identity = changed.filter((field) => (memberIdentityFields as readonly string[]).includes(field));
  if (identity.length === 0) return;
  throw new AppError(
    "VALIDATION_FAILED",
    identity.map((field) => ({
      path: `body.${field}`,
      code: "identity_from_member",
      messageKey: "identityFromMember",
    })),
  );
}

// ── Certifications (認定就労訓練事業) ──────────────────────────────────────────

/** Records a certification (a renewal is a new one; the older stays as history). */
export async function addCertification(
  db: Database,
  actor: Actor & { id: string },
  workplaceId: string,
  input: CertificationInput,
): Promise<Certification> {
  return db.transaction(async (tx) => {
    await requireWorkplace(tx, workplaceId);
    const row = await repository.insertCertification(tx, { ...input, workplaceId, createdBy: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: certificationEntity,
      recordId: row.id,
      changedFields: filledFields(input),
    });
    return presentCertification(row, todayInJapan());
  });
}

/** A certification of this workplace, locked for the change; another workplace's answers 404. */
async function requireCertification(db: Database, workplaceId: string, id: string) {
  const row = await repository.getCertification(db, workplaceId, id, { forUpdate: true });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function updateCertification(
  db: Database,
  actor: Actor,
  workplaceId: string,
  id: string,
  input: UpdateCertification,
): Promise<Certification> {
  return db.transaction(async (tx) => {
    const current = await requireCertification(tx, workplaceId, id);
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const { version: _version, ...fields } = input;
    const changes = changedValues(current, fields);
    const changedFields = Object.keys(changes);
    if (changedFields.length === 0) return presentCertification(current, todayInJapan());
    const updated = await repository.updateCertification(tx, current, changes);
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: certificationEntity,
      recordId: id,
      changedFields,
    });
    return presentCertification(updated, todayInJapan());
  });
}

/** Removes a certification entered by mistake; the audit entry keeps that it existed. */
export async function deleteCertification(
  db: Database,
  actor: Actor,
  workplaceId: string,
  id: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await requireCertification(tx, workplaceId, id);
    await repository.deleteCertification(tx, workplaceId, id);
    await recordAudit(tx, actor, { action: "delete", entity: certificationEntity, recordId: id });
  });
}
