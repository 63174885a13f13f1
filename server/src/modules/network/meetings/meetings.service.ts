import type {
  ActionItem,
  actionItemInputSchema,
  actionItemVersionSchema,
  findActionItemsQuerySchema,
  findMeetingsQuerySchema,
  Meeting,
  meetingAttendeesInputSchema,
  meetingInputSchema,
  updateActionItemInputSchema,
  updateMeetingInputSchema,
} from "@otagai/shared/network/meetings";
import { type Role, roleHas, roles } from "@otagai/shared/platform/permissions";
import type { z } from "zod";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { findActiveUsersOfRoles, isActiveUserOfRoles } from "../../users/users.repository.ts";
import { presentActionItem, presentMeeting, presentMeetingSummary } from "./meetings.presenter.ts";
import * as repository from "./meetings.repository.ts";

type MeetingInput = z.output<typeof meetingInputSchema>;
type Caller = Actor & { id: string };

export const meetingEntity = "meeting";
export const actionItemEntity = "meeting_action_item";

/** Staff who attend and own action items: the internal roles that read the network (its today list). */
export const meetingStaffRoles: readonly Role[] = roles.filter(
  (role) => roleHas(role, "network.read") && roleHas(role, "dashboard.read"),
);

export async function findMeetings(db: Database, query: z.output<typeof findMeetingsQuerySchema>) {
  const { rows, total, totalCapped } = await repository.findMeetings(db, query);
  return {
    items: rows.map(presentMeetingSummary),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function requireMeeting(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getMeeting(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

async function meetingDetail(db: Database, id: string): Promise<Meeting> {
  const row = await requireMeeting(db, id);
  const [attendees, items] = await Promise.all([
    repository.findAttendees(db, id),
    repository.findMeetingActionItems(db, id),
  ]);
  return presentMeeting(row, attendees, items);
}

/** A meeting names its attendees (guests are people): the read is audited. */
export async function getMeeting(db: Database, actor: Actor, id: string): Promise<Meeting> {
  const meeting = await meetingDetail(db, id);
  await recordAuditNow(db, actor, { action: "read", entity: meetingEntity, recordId: id });
  return meeting;
}

function meetingValues(input: MeetingInput) {
  return { ...input };
}

export async function createMeeting(db: Database, actor: Caller, input: MeetingInput): Promise<Meeting> {
  return db.transaction(async (tx) => {
    const id = await repository.insertMeeting(tx, { ...meetingValues(input), createdBy: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: meetingEntity,
      recordId: id,
      changedFields: Object.entries(input)
        .filter(([, value]) => value !== "" && value !== null)
        .map(([field]) => field),
    });
    return meetingDetail(tx, id);
  });
}

export async function updateMeeting(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof updateMeetingInputSchema>,
): Promise<Meeting> {
  return db.transaction(async (tx) => {
    const current = await requireMeeting(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const before: Record<string, unknown> = {
      ...current,
      startsAt: current.startsAt?.slice(0, 5) ?? null,
      endsAt: current.endsAt?.slice(0, 5) ?? null,
    };
    const changes: Partial<repository.MeetingValues> = {};
    for (const [field, value] of Object.entries(input.meeting))
      if (value !== before[field]) Object.assign(changes, { [field]: value });
    if (Object.keys(changes).length === 0) return meetingDetail(tx, id);
    if (!(await repository.updateMeeting(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: meetingEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return meetingDetail(tx, id);
  });
}

type AttendeesInput = z.output<typeof meetingAttendeesInputSchema>;

/** Every referenced staff member, organization and workplace must exist (a field error on the row otherwise). */
async function checkAttendees(db: Database, attendees: AttendeesInput["attendees"]) {
  const ids = (pick: (row: AttendeesInput["attendees"][number]) => string | null) =>
    attendees.map(pick).filter((value): value is string => value !== null);
  const [userIds, memberIds, workplaceIds] = await Promise.all([
    repository.existingUserIds(
      db,
      ids((row) => (row.kind === "staff" ? row.userId : null)),
      meetingStaffRoles,
    ),
    repository.existingMemberIds(
      db,
      ids((row) => (row.kind === "member_organization" ? row.memberOrganizationId : null)),
    ),
    repository.existingWorkplaceIds(
      db,
      ids((row) => (row.kind === "workplace" ? row.workplaceId : null)),
    ),
  ]);
  const seen = new Set<string>();
  for (const [index, row] of attendees.entries()) {
    const [field, value, known] =
      row.kind === "staff"
        ? (["userId", row.userId, userIds] as const)
        : row.kind === "member_organization"
          ? (["memberOrganizationId", row.memberOrganizationId, memberIds] as const)
          : row.kind === "workplace"
            ? (["workplaceId", row.workplaceId, workplaceIds] as const)
            : (["guestName", row.guestName, null] as const);
    const path = `body.attendees.${index}.${field}`;
    if (known && (value === null || !known.has(value)))
      throw new AppError("VALIDATION_FAILED", [{ path, code: "not_found", messageKey: "attendeeNotFound" }]);
    const key = `${row.kind}:${value}`;
    if (row.kind !== "guest" && seen.has(key))
      throw new AppError("VALIDATION_FAILED", [{ path, code: "duplicate", messageKey: "attendeeDuplicate" }]);
    seen.add(key);
  }
}

/** Replaces the whole list (version of the meeting). */
export async function setAttendees(
  db: Database,
  actor: Actor,
  id: string,
  input: AttendeesInput,
): Promise<Meeting> {
  return db.transaction(async (tx) => {
    const current = await requireMeeting(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    await checkAttendees(tx, input.attendees);
    await repository.replaceAttendees(
      tx,
      id,
      input.attendees.map((row) => ({
        attendeeKind: row.kind,
        userId: row.kind === "staff" ? row.userId : null,
        memberOrganizationId: row.kind === "member_organization" ? row.memberOrganizationId : null,
        workplaceId: row.kind === "workplace" ? row.workplaceId : null,
        guestName: row.kind === "guest" ? row.guestName : "",
        invited: row.invited,
        present: row.present,
      })),
    );
    if (!(await repository.updateMeeting(tx, current, {}))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: meetingEntity,
      recordId: id,
      changedFields: ["attendees"],
    });
    return meetingDetail(tx, id);
  });
}

/** Adds the active partner workplaces not yet on the list, as invited (idempotent: a second call adds none). */
export async function inviteWorkplaces(db: Database, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const current = await requireMeeting(tx, id, { forUpdate: true });
    const added = await repository.inviteActiveWorkplaces(tx, id);
    if (added > 0) {
      await repository.updateMeeting(tx, current, {});
      await recordAudit(tx, actor, {
        action: "update",
        entity: meetingEntity,
        recordId: id,
        changedFields: ["attendees"],
      });
    }
    return { added, meeting: await meetingDetail(tx, id) };
  });
}

// ── Action items ─────────────────────────────────────────────────────────────

async function checkOwner(db: Database, ownerId: string, path: string) {
  if (!(await isActiveUserOfRoles(db, ownerId, meetingStaffRoles)))
    throw new AppError("VALIDATION_FAILED", [
      { path, code: "invalid_owner", messageKey: "actionItemOwnerInvalid" },
    ]);
}

async function requireActionItem(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getActionItem(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function findStaff(db: Database) {
  return { items: await findActiveUsersOfRoles(db, meetingStaffRoles) };
}

export async function findActionItems(
  db: Database,
  caller: Caller,
  query: z.output<typeof findActionItemsQuerySchema>,
) {
  const { rows, total, totalCapped } = await repository.findActionItems(db, {
    ownerId: query.mine ? caller.id : undefined,
    open: query.open,
    page: query.page,
    pageSize: query.pageSize,
  });
  return {
    items: rows.map(presentActionItem),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function createActionItem(
  db: Database,
  actor: Actor,
  meetingId: string,
  input: z.output<typeof actionItemInputSchema>,
): Promise<ActionItem> {
  return db.transaction(async (tx) => {
    await requireMeeting(tx, meetingId);
    await checkOwner(tx, input.ownerId, "body.ownerId");
    const id = await repository.insertActionItem(tx, { ...input, meetingId });
    await recordAudit(tx, actor, {
      action: "create",
      entity: actionItemEntity,
      recordId: id,
      changedFields: Object.entries(input)
        .filter(([, value]) => value !== "")
        .map(([field]) => field),
    });
    return presentActionItem(await requireActionItem(tx, id));
  });
}

export async function updateActionItem(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof updateActionItemInputSchema>,
): Promise<ActionItem> {
  return db.transaction(async (tx) => {
    const current = await requireActionItem(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes: Partial<repository.ActionItemValues> = {};
    for (const [field, value] of Object.entries(input.item))
      if (value !== current[field as keyof typeof current]) Object.assign(changes, { [field]: value });
    if (Object.keys(changes).length === 0) return presentActionItem(current);
    if (changes.ownerId) await checkOwner(tx, changes.ownerId, "body.item.ownerId");
    if (!(await repository.updateActionItem(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: actionItemEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return presentActionItem(await requireActionItem(tx, id));
  });
}

/** Marks an item done (it leaves its owner's today list) or reopens it; the same state again changes nothing. */
export async function setActionItemDone(
  db: Database,
  actor: Caller,
  id: string,
  input: z.output<typeof actionItemVersionSchema>,
  done: boolean,
): Promise<ActionItem> {
  return db.transaction(async (tx) => {
    const current = await requireActionItem(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    if ((current.doneAt !== null) === done) return presentActionItem(current);
    const changes = done ? { doneAt: new Date(), doneBy: actor.id } : { doneAt: null, doneBy: null };
    if (!(await repository.updateActionItem(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: actionItemEntity,
      recordId: id,
      changedFields: ["doneAt"],
    });
    return presentActionItem(await requireActionItem(tx, id));
  });
}
