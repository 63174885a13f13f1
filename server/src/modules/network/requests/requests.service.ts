import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import {
  type findNetworkRequestsQuerySchema,
  isReopen,
  type NetworkRequest,
  type NetworkRequestCounts,
  type NetworkRequestStatus,
  type networkRequestInputSchema,
  networkRequestKinds,
  networkRequestMoves,
  networkRequestStatuses,
  type networkRequestStatusInputSchema,
  type updateNetworkRequestInputSchema,
} from "@otagai/shared/network/requests";
import { type Role, roleHas, roles } from "@otagai/shared/platform/permissions";
import type { z } from "zod";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { findActiveUsersOfRoles, isActiveUserOfRoles } from "../../users/users.repository.ts";
import { presentNetworkRequest } from "./requests.presenter.ts";
import * as repository from "./requests.repository.ts";

type FindNetworkRequests = z.output<typeof findNetworkRequestsQuerySchema>;
type NetworkRequestInput = z.output<typeof networkRequestInputSchema>;
type UpdateNetworkRequest = z.output<typeof updateNetworkRequestInputSchema>;
type StatusInput = z.output<typeof networkRequestStatusInputSchema>;
type Caller = Actor & { id: string };

export const networkRequestEntity = "network_request";

/** The roles that take requests: those who may change them. */
export const ownerRoles: readonly Role[] = roles.filter((role) => roleHas(role, "networkRequests.write"));

function periodOf(fiscalYear: number | undefined) {
  if (fiscalYear === undefined) return {};
  const { start, end } = fiscalYearRange(fiscalYear);
  return { receivedFrom: start, receivedTo: end };
}

/** The list names requesters (people, at times), so the read is audited with the ids shown. */
export async function findNetworkRequests(db: Database, actor: Actor, query: FindNetworkRequests) {
  const { rows, total, totalCapped } = await repository.findNetworkRequests(db, {
    ...query,
    ...periodOf(query.fiscalYear),
  });
  if (rows.length > 0)
    await recordAuditNow(db, actor, {
      action: "read",
      entity: networkRequestEntity,
      recordIds: rows.map((row) => row.id),
    });
  return {
    items: rows.map(presentNetworkRequest),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function requireRequest(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getNetworkRequest(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function getNetworkRequest(db: Database, actor: Actor, id: string): Promise<NetworkRequest> {
  const row = await requireRequest(db, id);
  await recordAuditNow(db, actor, { action: "read", entity: networkRequestEntity, recordId: id });
  return presentNetworkRequest(row);
}

/** The owner must be an active user who may take requests; anyone else is a field error. */
async function checkOwner(db: Database, ownerId: string | null, path: string) {
  if (ownerId === null) return;
  if (!(await isActiveUserOfRoles(db, ownerId, ownerRoles)))
    throw new AppError("VALIDATION_FAILED", [{ path, code: "invalid_owner", messageKey: "invalidOption" }]);
}

export async function findOwners(db: Database) {
  return { items: await findActiveUsersOfRoles(db, ownerRoles) };
}

function filledFields(values: NetworkRequestInput): string[] {
  return Object.entries(values)
    .filter(([, value]) => value !== "" && value !== null)
    .map(([field]) => field);
}

export async function createNetworkRequest(
  db: Database,
  actor: Caller,
  input: NetworkRequestInput,
): Promise<NetworkRequest> {
  return db.transaction(async (tx) => {
    await checkOwner(tx, input.ownerId, "body.ownerId");
    const id = await repository.insertNetworkRequest(tx, { ...input, createdBy: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: networkRequestEntity,
      recordId: id,
      changedFields: filledFields(input),
    });
    return presentNetworkRequest(await requireRequest(tx, id));
  });
}

/** Rewrites what was asked and who takes it (version-checked; the status moves apart). */
export async function updateNetworkRequest(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateNetworkRequest,
): Promise<NetworkRequest> {
  return db.transaction(async (tx) => {
    const current = await requireRequest(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes: Partial<repository.NetworkRequestValues> = {};
    for (const [field, value] of Object.entries(input.request) as [keyof NetworkRequestInput, unknown][])
      if (value !== current[field]) Object.assign(changes, { [field]: value });
    if (Object.keys(changes).length === 0) return presentNetworkRequest(current);
    if ("ownerId" in changes) await checkOwner(tx, input.request.ownerId, "body.request.ownerId");
    if (!(await repository.updateNetworkRequest(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: networkRequestEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return presentNetworkRequest(await requireRequest(tx, id));
  });
}

/**
 * Moves a request: new → accepted | declined; accepted → done | declined; done or declined →
 * accepted only by its owner (a reopen). Accepting a request nobody has taken makes the caller its
 * owner. A refused move is a field error on `status`.
 */
export async function changeNetworkRequestStatus(
  db: Database,
  actor: Caller,
  id: string,
  input: StatusInput,
): Promise<NetworkRequest> {
  return db.transaction(async (tx) => {
    const current = await requireRequest(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const from = current.status as NetworkRequestStatus;
    const to = input.status;
    if (!networkRequestMoves[from].includes(to))
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.status", code: "move_not_allowed", messageKey: "networkRequestMoveNotAllowed" },
      ]);
    if (isReopen(from, to) && current.ownerId !== actor.id)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.status", code: "owner_only", messageKey: "networkRequestReopenOwnerOnly" },
      ]);
    const changes: Partial<repository.NetworkRequestValues> = { status: to };
    if (input.outcome !== "" && input.outcome !== current.outcome) changes.outcome = input.outcome;
    if (to === "accepted" && current.ownerId === null) changes.ownerId = actor.id;
    if (!(await repository.updateNetworkRequest(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: networkRequestEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return presentNetworkRequest(await requireRequest(tx, id));
  });
}

const zeroByStatus = () => ({ new: 0, accepted: 0, declined: 0, done: 0 });

/** The year's requests by kind (every kind, even at 0) and by status, counted by the database. */
export async function countNetworkRequests(
  db: Database,
  query: { fiscalYear?: number | undefined },
  now = new Date(),
): Promise<NetworkRequestCounts> {
  const fiscalYear = query.fiscalYear ?? fiscalYearOf(todayInJapan(now));
  if (fiscalYear === null) throw new Error("invalid clock");
  const { start, end } = fiscalYearRange(fiscalYear);
  const rows = await repository.countNetworkRequests(db, { from: start, to: end });
  const byKind = networkRequestKinds.map((kind) => ({ kind, count: 0, byStatus: zeroByStatus() }));
  const byStatus = zeroByStatus();
  let total = 0;
  for (const row of rows) {
    const entry = byKind.find((item) => item.kind === row.kind);
    const status = networkRequestStatuses.find((value) => value === row.status);
    if (!entry || !status) continue;
    entry.count += row.count;
    entry.byStatus[status] += row.count;
    byStatus[status] += row.count;
    total += row.count;
  }
  return { fiscalYear, total, byKind, byStatus };
}
