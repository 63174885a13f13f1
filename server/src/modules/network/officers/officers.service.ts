import {
  type findOfficersQuerySchema,
  type Officer,
  type OfficerBoard,
  type OfficerOverlap,
  type OfficerRole,
  type officerInputSchema,
  type PublicBoard,
  type SavedOfficer,
  singleSeatRoles,
  type updateOfficerInputSchema,
} from "@otagai/shared/network/officers";
import type { z } from "zod";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { presentOfficer, presentPublicBoard } from "./officers.presenter.ts";
import * as repository from "./officers.repository.ts";

type FindOfficers = z.output<typeof findOfficersQuerySchema>;
type OfficerInput = z.output<typeof officerInputSchema>;
type UpdateOfficer = z.output<typeof updateOfficerInputSchema>;
type Caller = Actor & { id: string };

export const officerEntity = "officer";

/** Officers are people: lists and pages are audited reads with the ids shown. */
async function auditRead(db: Database, actor: Actor, ids: string[]) {
  if (ids.length > 0)
    await recordAuditNow(db, actor, { action: "read", entity: officerEntity, recordIds: ids });
}

export async function findOfficers(db: Database, actor: Actor, query: FindOfficers, now = new Date()) {
  const { rows, total, totalCapped } = await repository.findOfficers(db, query, todayInJapan(now));
  await auditRead(
    db,
    actor,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map(presentOfficer),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The board as of `on` (Japan's today when not given). */
export async function findBoard(
  db: Database,
  actor: Actor,
  on: string | undefined,
  now = new Date(),
): Promise<OfficerBoard> {
  const day = on ?? todayInJapan(now);
  const rows = await repository.findBoard(db, day);
  await auditRead(
    db,
    actor,
    rows.map((row) => row.id),
  );
  return { on: day, items: rows.map(presentOfficer) };
}

/**
 * Today's board for the public site: names and roles, which the association publishes anyway;
 * not an audited read (anonymous, nothing beyond what its own site shows).
 */
export async function findPublicBoard(db: Database, now = new Date()): Promise<PublicBoard> {
  const day = todayInJapan(now);
  return presentPublicBoard(day, await repository.findBoard(db, day));
}

async function requireOfficer(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getOfficer(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function getOfficer(db: Database, actor: Actor, id: string): Promise<Officer> {
  const row = await requireOfficer(db, id);
  await recordAuditNow(db, actor, { action: "read", entity: officerEntity, recordId: id });
  return presentOfficer(row);
}

async function checkOrganization(db: Database, id: string | null, path: string) {
  if (id !== null && !(await repository.memberOrganizationExists(db, id)))
    throw new AppError("VALIDATION_FAILED", [{ path, code: "not_found", messageKey: "invalidOption" }]);
}

/**
 * A one-seat role (理事長, 専務理事) held by someone else on a day of this term. Saved anyway and
 * returned: a hand-over can share a day, and a correction is often entered in two steps (the old
 * term shortened after the new one is added), so refusing would get in the office's way.
 */
async function overlapsOf(db: Database, id: string, input: OfficerInput): Promise<OfficerOverlap[]> {
  if (!singleSeatRoles.includes(input.role)) return [];
  const rows = await repository.findOverlappingTerms(db, { id, ...input });
  return rows.map((row) => ({ ...row, role: row.role as OfficerRole }));
}

function filledFields(values: OfficerInput): string[] {
  return Object.entries(values)
    .filter(([, value]) => value !== "" && value !== null)
    .map(([field]) => field);
}

export async function createOfficer(db: Database, actor: Caller, input: OfficerInput): Promise<SavedOfficer> {
  return db.transaction(async (tx) => {
    await checkOrganization(tx, input.memberOrganizationId, "body.memberOrganizationId");
    const id = await repository.insertOfficer(tx, {
      ...input,
      ...repository.officerKeysOf(input),
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: officerEntity,
      recordId: id,
      changedFields: filledFields(input),
    });
    return {
      officer: presentOfficer(await requireOfficer(tx, id)),
      overlaps: await overlapsOf(tx, id, input),
    };
  });
}

/** Rewrites the term as entered (version-checked; 409 when someone saved first). */
export async function updateOfficer(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateOfficer,
): Promise<SavedOfficer> {
  return db.transaction(async (tx) => {
    const current = await requireOfficer(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes: Partial<repository.OfficerValues> = {};
    for (const [field, value] of Object.entries(input.officer) as [keyof OfficerInput, unknown][])
      if (value !== current[field]) Object.assign(changes, { [field]: value });
    if (Object.keys(changes).length > 0) {
      if (changes.memberOrganizationId !== undefined)
        await checkOrganization(tx, input.officer.memberOrganizationId, "body.officer.memberOrganizationId");
      const keys = changes.nameKana === undefined ? {} : repository.officerKeysOf(input.officer);
      if (!(await repository.updateOfficer(tx, current, { ...changes, ...keys })))
        throw new AppError("STALE_UPDATE");
      await recordAudit(tx, actor, {
        action: "update",
        entity: officerEntity,
        recordId: id,
        changedFields: Object.keys(changes),
      });
    }
    return {
      officer: presentOfficer(await requireOfficer(tx, id)),
      overlaps: await overlapsOf(tx, id, input.officer),
    };
  });
}

/** Removes a term entered by mistake (a term that ended stays: it is the board's history). */
export async function deleteOfficer(db: Database, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await requireOfficer(tx, id, { forUpdate: true });
    if (!(await repository.deleteOfficer(tx, id))) throw new AppError("NOT_FOUND");
    await recordAudit(tx, actor, { action: "delete", entity: officerEntity, recordId: id });
  });
}
