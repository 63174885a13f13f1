import type {
  createProspectInputSchema,
  findProspectsQuerySchema,
  moveProspectInputSchema,
  Prospect,
  ProspectStage,
  prospectAgreementInputSchema,
  prospectContactInputSchema,
  updateProspectInputSchema,
} from "@otagai/shared/network/prospects";
import { movableStages } from "@otagai/shared/network/prospects";
import { type Role, roleHas, roles } from "@otagai/shared/platform/permissions";
import type { z } from "zod";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { changedValues } from "../../programs/programs.service.ts";
import { findActiveUsersOfRoles, getUserById, isActiveUserOfRoles } from "../../users/users.repository.ts";
import { presentProspect, presentProspectSummary } from "./prospects.presenter.ts";
import * as repository from "./prospects.repository.ts";

type FindProspects = z.output<typeof findProspectsQuerySchema>;
type CreateProspect = z.output<typeof createProspectInputSchema>;
type UpdateProspect = z.output<typeof updateProspectInputSchema>;
type MoveProspect = z.output<typeof moveProspectInputSchema>;
type ContactInput = z.output<typeof prospectContactInputSchema>;
type AgreementInput = z.output<typeof prospectAgreementInputSchema>;

export const prospectEntity = "workplace_prospect";
/** The board shows every prospect; a pipeline of more than this is not one office's. */
const boardLimit = 1000;

const fieldError = (path: string, messageKey: string) => ({ path, code: messageKey, messageKey });

/** Who may own a prospect (develop it): those who may change the pipeline. */
export const prospectOwnerRoles: readonly Role[] = roles.filter((role) => roleHas(role, "prospects.write"));

/** The owner's choices, by name. */
export async function findOwners(db: Database) {
  return { items: await findActiveUsersOfRoles(db, prospectOwnerRoles) };
}

async function requireOwner(db: Database, id: string, path: string) {
  if (!(await isActiveUserOfRoles(db, id, prospectOwnerRoles)))
    throw new AppError("VALIDATION_FAILED", [fieldError(path, "invalidOption")]);
}

/** The fields a create names in the audit trail: those given a value (never the values). */
function filledFields(input: Record<string, unknown>): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== "" && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([field]) => field);
}

export async function requireProspect(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getProspect(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** Who made a contact: an active internal user. */
async function requireStaff(db: Database, id: string, path: string) {
  const user = await getUserById(db, id);
  if (user?.status !== "active" || user.role === "partner")
    throw new AppError("VALIDATION_FAILED", [fieldError(path, "invalidOption")]);
}

/** The prospect as its page shows it: with its contacts and the workplace it became. */
export async function prospectView(db: Database, row: repository.ProspectWithNamesRow): Promise<Prospect> {
  const contacts = await repository.findContacts(db, row.id);
  const workplaceName = row.workplaceId ? await repository.getWorkplaceName(db, row.workplaceId) : null;
  return presentProspect(row, contacts, workplaceName);
}

/** The board: organizations, not people served, so reads are not audited (as for workplaces). */
export async function findProspects(db: Database, query: FindProspects) {
  const rows = await repository.findProspects(db, query, boardLimit);
  const latest = await repository.findLatestContacts(
    db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => presentProspectSummary(row, latest.get(row.id))) };
}

export async function getProspect(db: Database, id: string): Promise<Prospect> {
  return prospectView(db, await requireProspect(db, id));
}

/** A new prospect, free or a member organization (once per member: 409 when it already has one). */
export async function createProspect(
  db: Database,
  actor: Actor & { id: string },
  input: CreateProspect,
): Promise<Prospect> {
  return db.transaction(async (tx) => {
    const ownerId = input.ownerId ?? actor.id;
    if (input.ownerId) await requireOwner(tx, input.ownerId, "body.ownerId");
    let values = { ...input, ownerId };
    if (input.memberOrganizationId) {
      const member = await repository.getMemberIdentity(tx, input.memberOrganizationId);
      if (!member)
        throw new AppError("VALIDATION_FAILED", [fieldError("body.memberOrganizationId", "invalidOption")]);
      if (await repository.getProspectByMember(tx, input.memberOrganizationId))
        throw new AppError("CONFLICT", [fieldError("body.memberOrganizationId", "prospectMemberTaken")]);
      // The member's identity, and its contact unless one was typed.
      values = {
        ...values,
        ...member,
        contactName: input.contactName || member.contactName,
        contactPhone: input.contactPhone || member.contactPhone,
        contactEmail: input.contactEmail || member.contactEmail,
      };
    }
    const row = await repository.insertProspect(tx, {
      ...values,
      ...repository.prospectKeysOf(values),
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: prospectEntity,
      recordId: row.id,
      changedFields: filledFields(input),
    });
    return prospectView(tx, await requireProspect(tx, row.id));
  });
}

const identityFields = ["name", "nameKana", "postalCode", "address", "area"] as const;

/** Edits the fields sent (version-checked); a member's identity is changed on the member record. */
export async function updateProspect(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateProspect,
): Promise<Prospect> {
  return db.transaction(async (tx) => {
    const current = await requireProspect(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const { version: _version, ...fields } = input;
    const changes = changedValues(current, fields);
    const changed = Object.keys(changes);
    if (changed.length === 0) return prospectView(tx, current);
    const identity = changed.filter((field) => (identityFields as readonly string[]).includes(field));
    if (current.memberOrganizationId && identity.length > 0)
      throw new AppError(
        "VALIDATION_FAILED",
        identity.map((field) => fieldError(`body.${field}`, "identityFromMember")),
      );
    const next = { ...current, ...changes };
    if (!current.memberOrganizationId)
      for (const field of ["name", "nameKana"] as const)
        if (next[field] === "")
          throw new AppError("VALIDATION_FAILED", [fieldError(`body.${field}`, "required")]);
    if (changes.ownerId) await requireOwner(tx, changes.ownerId, "body.ownerId");
    const updated = await repository.updateProspect(tx, current, {
      ...changes,
      ...repository.prospectKeysOf(next),
    });
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: prospectEntity,
      recordId: id,
      changedFields: changed,
    });
    return prospectView(tx, await requireProspect(tx, id));
  });
}

/** Why a move to `stage` is refused, as a catalog key (undefined: allowed). */
function refusedMove(current: repository.ProspectRow, stage: ProspectStage): string | undefined {
  if (stage === current.stage) return undefined;
  if (stage === "active" && !current.workplaceId) return "prospectActivateOnly";
  if (!movableStages(current.stage as ProspectStage, current.workplaceId !== null).includes(stage))
    return current.stage === "active" ? "prospectActiveOnlyPause" : "prospectActivateOnly";
  if (stage === "agreed" && !current.agreedOn) return "prospectAgreementMissing";
  return undefined;
}

/** The board's move between stages (version-checked). */
export async function moveProspect(
  db: Database,
  actor: Actor,
  id: string,
  input: MoveProspect,
): Promise<Prospect> {
  return db.transaction(async (tx) => {
    const current = await requireProspect(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    if (current.stage === input.stage) return prospectView(tx, current);
    const refused = refusedMove(current, input.stage);
    if (refused) throw new AppError("VALIDATION_FAILED", [fieldError("body.stage", refused)]);
    const updated = await repository.updateProspect(tx, current, { stage: input.stage });
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "transition",
      entity: prospectEntity,
      recordId: id,
      changedFields: ["stage"],
    });
    return prospectView(tx, await requireProspect(tx, id));
  });
}

/** Records a contact; the first one moves a prospect still at `prospect` to `contacted`. */
export async function addContact(
  db: Database,
  actor: Actor & { id: string },
  id: string,
  input: ContactInput,
): Promise<Prospect> {
  return db.transaction(async (tx) => {
    const current = await requireProspect(tx, id, { forUpdate: true });
    if (input.staffId) await requireStaff(tx, input.staffId, "body.staffId");
    await repository.insertContact(tx, { ...input, staffId: input.staffId ?? actor.id, prospectId: id });
    const changedFields = ["contacts"];
    // Every contact bumps the version: an editor holding the old one learns that something changed.
    const stage = current.stage === "prospect" ? { stage: "contacted" } : {};
    if (stage.stage) changedFields.push("stage");
    const updated = await repository.updateProspect(tx, current, stage);
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, { action: "update", entity: prospectEntity, recordId: id, changedFields });
    return prospectView(tx, await requireProspect(tx, id));
  });
}

/** Records (or corrects) the agreement, and moves a prospect not yet active to `agreed`. */
export async function recordAgreement(
  db: Database,
  actor: Actor,
  id: string,
  input: AgreementInput,
): Promise<Prospect> {
  return db.transaction(async (tx) => {
    const current = await requireProspect(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const { version: _version, ...agreement } = input;
    const changes: Partial<repository.ProspectValues> = changedValues(current, agreement);
    if (!current.workplaceId && current.stage !== "agreed") changes.stage = "agreed";
    const changedFields = Object.keys(changes);
    if (changedFields.length === 0) return prospectView(tx, current);
    const updated = await repository.updateProspect(tx, current, changes);
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, { action: "update", entity: prospectEntity, recordId: id, changedFields });
    return prospectView(tx, await requireProspect(tx, id));
  });
}

export async function findNextSteps(db: Database, userId: string, until: string) {
  const rows = await repository.findNextSteps(db, { until, mineFirst: userId, limit: 500 });
  return {
    until,
    items: rows.map((row) => ({ ...row, stage: row.stage as ProspectStage, mine: row.ownerId === userId })),
  };
}
