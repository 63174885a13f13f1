import { type Role, roleHas, roles } from "@otagai/shared/platform/permissions";
import type {
  Case,
  CaseLead,
  CaseSummary,
  findCasesQuerySchema,
  openCaseInputSchema,
  updateCaseInputSchema,
} from "@otagai/shared/support/cases";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { isLimitedToPrograms } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError, type FieldProblem } from "../../../platform/http/app-error.ts";
import { findCaseRecords, insertTransition } from "./case-records.repository.ts";
import { presentCase, presentCaseSummary } from "./cases.presenter.ts";
import * as repository from "./cases.repository.ts";

type FindCases = z.output<typeof findCasesQuerySchema>;
type OpenCase = z.output<typeof openCaseInputSchema>;
type UpdateCase = z.output<typeof updateCaseInputSchema>;
export type CasePage = {
  items: CaseSummary[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
};

export async function findCases(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  query: FindCases,
): Promise<CasePage> {
  const { rows, total, totalCapped } = await repository.findCases(db, scope, query);
  // A list names people: the trail keeps which cases it showed.
  await recordAuditNow(db, actor, { action: "read", entity: "case", recordIds: rows.map((row) => row.id) });
  return {
    items: rows.map(presentCaseSummary),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getCase(db: Database, actor: Actor, scope: AccessScope, id: string): Promise<Case> {
  const row = await repository.getCaseSummary(db, scope, id);
  if (!row) throw new AppError("NOT_FOUND");
  const records = await findCaseRecords(db, id);
  await recordAuditNow(db, actor, { action: "read", entity: "case", recordId: id });
  return presentCase(row, records);
}

/**
 * Every change to a case starts here: the case locked (cases.repository.ts lockCase), 404 when the
 * user does not reach it, 409 when the editor's version is not the stored one.
 */
export async function lockCaseForChange(
  tx: Database,
  scope: AccessScope,
  id: string,
  version: number | undefined,
): Promise<repository.CaseRow> {
  const current = await repository.lockCase(tx, scope, id);
  if (!current) throw new AppError("NOT_FOUND");
  if (version !== undefined && current.version !== version) throw new AppError("STALE_UPDATE");
  return current;
}

/** A new version of the case after a change to it or its records (the row is locked: it cannot be stale). */
export async function bumpCase(
  tx: Database,
  current: repository.CaseRow,
  changes: Parameters<typeof repository.updateCase>[2] = {},
): Promise<repository.CaseRow> {
  const updated = await repository.updateCase(tx, current, changes);
  if (!updated) throw new AppError("STALE_UPDATE");
  return updated;
}

/** The whole case as the page shows it, read inside the change's transaction. */
export async function caseAfterChange(tx: Database, scope: AccessScope, id: string): Promise<Case> {
  const row = await repository.getCaseSummary(tx, scope, id);
  if (!row) throw new AppError("NOT_FOUND");
  return presentCase(row, await findCaseRecords(tx, id));
}

const invalidOption = (path: string, code: string): FieldProblem => ({
  path,
  code,
  messageKey: "invalidOption",
});

/** A funding stream of the case's program, still in use. */
async function fundingStreamProblem(
  db: Database,
  programId: string,
  fundingStreamId: string | null,
): Promise<FieldProblem | undefined> {
  if (fundingStreamId === null) return undefined;
  const stream = await repository.findFundingStream(db, fundingStreamId);
  if (!stream || stream.programId !== programId || !stream.active)
    return invalidOption("body.fundingStreamId", "not_of_program");
  return undefined;
}

/** The roles whose accounts may lead a case: those that work on cases. */
const leadRoles = roles.filter((role) => roleHas(role, "cases.write"));

/**
 * A lead coordinator is an active account whose role works on cases and who reaches the program.
 * Placements name their coordinator by the same rule (`path` the field that names them).
 */
export async function coordinatorProblem(
  db: Database,
  userId: string | null,
  programId: string,
  path = "body.leadCoordinatorId",
): Promise<FieldProblem | undefined> {
  if (userId === null) return undefined;
  const user = await repository.findUserStatus(db, userId, programId);
  if (user?.status !== "active" || !roleHas(user.role as Role, "cases.write") || !user.reachesProgram)
    return invalidOption(path, "not_a_coordinator");
  return undefined;
}

/**
 * Who may lead a case of the program (the lead pickers): names only. A program outside a limited
 * user's scope answers 404, as its cases would.
 */
export async function findCaseLeads(
  db: Database,
  scope: AccessScope,
  programId: string,
): Promise<{ items: CaseLead[] }> {
  const inScope = !isLimitedToPrograms(scope) || scope.programIds.includes(programId);
  if (!inScope || !(await repository.findProgram(db, programId))) throw new AppError("NOT_FOUND");
  return { items: await repository.findCaseLeads(db, programId, leadRoles) };
}

function throwIfAny(problems: (FieldProblem | undefined)[]): void {
  const fields = problems.filter((problem): problem is FieldProblem => problem !== undefined);
  if (fields.length > 0) throw new AppError("VALIDATION_FAILED", fields);
}

/**
 * Opens a case at intake: the participant is one the user reaches (not a merged-away record), the
 * program is in the user's scope and active, the funding stream is the program's, the lead
 * coordinator an active account of a role that works on cases. Its timeline starts with the opening.
 */
export async function openCase(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  input: OpenCase,
): Promise<Case> {
  return db.transaction(async (tx) => {
    const [participant, program] = await Promise.all([
      repository.findVisibleParticipant(tx, scope, input.participantId),
      repository.findProgram(tx, input.programId),
    ]);
    const programInScope = !isLimitedToPrograms(scope) || scope.programIds.includes(input.programId);
    throwIfAny([
      participant ? undefined : invalidOption("body.participantId", "not_found"),
      program?.active && programInScope ? undefined : invalidOption("body.programId", "not_in_scope"),
      program ? await fundingStreamProblem(tx, input.programId, input.fundingStreamId) : undefined,
      await coordinatorProblem(tx, input.leadCoordinatorId, input.programId),
    ]);
    const row = await repository.insertCase(tx, {
      participantId: input.participantId,
      programId: input.programId,
      fundingStreamId: input.fundingStreamId,
      leadCoordinatorId: input.leadCoordinatorId,
      status: "intake",
      openedOn: input.openedOn,
    });
    await insertTransition(tx, { caseId: row.id, fromStatus: null, toStatus: "intake", actorId: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "case",
      recordId: row.id,
      changedFields: [
        "participantId",
        "programId",
        "fundingStreamId",
        "leadCoordinatorId",
        "openedOn",
        "status",
      ],
    });
    return caseAfterChange(tx, scope, row.id);
  });
}

/** The lead coordinator and the funding stream, version-checked. */
export async function updateCase(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: UpdateCase,
): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockCaseForChange(tx, scope, id, input.version);
    const changes: { leadCoordinatorId?: string | null; fundingStreamId?: string | null } = {};
    if (input.leadCoordinatorId !== undefined && input.leadCoordinatorId !== current.leadCoordinatorId)
      changes.leadCoordinatorId = input.leadCoordinatorId;
    if (input.fundingStreamId !== undefined && input.fundingStreamId !== current.fundingStreamId)
      changes.fundingStreamId = input.fundingStreamId;
    throwIfAny([
      changes.fundingStreamId !== undefined
        ? await fundingStreamProblem(tx, current.programId, changes.fundingStreamId)
        : undefined,
      changes.leadCoordinatorId !== undefined
        ? await coordinatorProblem(tx, changes.leadCoordinatorId, current.programId)
        : undefined,
    ]);
    // Nothing really changed: no new version, no audit entry.
    if (Object.keys(changes).length === 0) return caseAfterChange(tx, scope, id);
    await bumpCase(tx, current, changes);
    await recordAudit(tx, actor, {
      action: "update",
      entity: "case",
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return caseAfterChange(tx, scope, id);
  });
}
