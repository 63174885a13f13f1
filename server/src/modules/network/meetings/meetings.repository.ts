import { and, asc, desc, eq, getTableColumns, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../../platform/db/client.ts";
import { countUpTo, type ListTotal, wordsInAny } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";
import { users } from "../../users/users.tables.ts";
import { memberOrganizations } from "../members/members.tables.ts";
import { meetingActionItems, meetingAttendees, meetings } from "./meetings.tables.ts";

export type MeetingValues = typeof meetings.$inferInsert;
export type MeetingRow = typeof meetings.$inferSelect & {
  invitedCount: number;
  presentCount: number;
  openActionItems: number;
};
export type AttendeeValues = Omit<typeof meetingAttendees.$inferInsert, "meetingId">;
export type ActionItemValues = typeof meetingActionItems.$inferInsert;

const counts = {
  invitedCount: sql<number>`(select count(*)::int from meeting_attendees a where a.meeting_id = meetings.id and a.invited)`,
  presentCount: sql<number>`(select count(*)::int from meeting_attendees a where a.meeting_id = meetings.id and a.present)`,
  openActionItems: sql<number>`(select count(*)::int from meeting_action_items i where i.meeting_id = meetings.id and i.done_at is null)`,
};
const withCounts = { ...getTableColumns(meetings), ...counts };

export type MeetingFilter = { q?: string | undefined; kind?: string | undefined; year?: number | undefined };

function listCondition(filter: MeetingFilter): SQL | undefined {
  return and(
    wordsInAny(filter.q, [meetings.title, meetings.place, meetings.agenda]),
    filter.kind ? eq(meetings.kind, filter.kind) : undefined,
    filter.year !== undefined
      ? and(
          sql`${meetings.heldOn} >= make_date(${filter.year}::int, 1, 1)`,
          sql`${meetings.heldOn} < make_date(${filter.year}::int + 1, 1, 1)`,
        )
      : undefined,
  );
}

/** A page of meetings, the newest first. */
export async function findMeetings(
  db: Database,
  filter: MeetingFilter & { page: number; pageSize: number },
): Promise<{ rows: MeetingRow[] } & ListTotal> {
  const where = listCondition(filter);
  const [rows, total] = await Promise.all([
    db
      .select(withCounts)
      .from(meetings)
      .where(where)
      .orderBy(desc(meetings.heldOn), desc(meetings.startsAt), asc(meetings.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, meetings, where),
  ]);
  return { rows, ...total };
}

export async function getMeeting(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MeetingRow | undefined> {
  if (options.forUpdate) {
    const [locked] = await db
      .select({ id: meetings.id })
      .from(meetings)
      .where(eq(meetings.id, id))
      .for("update");
    if (!locked) return undefined;
  }
  const [row] = await db.select(withCounts).from(meetings).where(eq(meetings.id, id));
  return row;
}

export async function insertMeeting(db: Database, values: MeetingValues): Promise<string> {
  const [row] = await db.insert(meetings).values(values).returning({ id: meetings.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** Version-checked: false when someone saved first. No changes only bumps the version (the attendees). */
export async function updateMeeting(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<MeetingValues>,
): Promise<boolean> {
  const rows = await db
    .update(meetings)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.id, current.id), eq(meetings.version, current.version)))
    .returning({ id: meetings.id });
  return rows.length > 0;
}

// ── Attendees ────────────────────────────────────────────────────────────────

export type AttendeeRow = typeof meetingAttendees.$inferSelect & {
  userName: string | null;
  memberName: string | null;
  workplaceName: string | null;
};

export function findAttendees(db: Database, meetingId: string): Promise<AttendeeRow[]> {
  return db
    .select({
      ...getTableColumns(meetingAttendees),
      userName: users.displayName,
      memberName: memberOrganizations.name,
      workplaceName: partnerWorkplaces.name,
    })
    .from(meetingAttendees)
    .leftJoin(users, eq(users.id, meetingAttendees.userId))
    .leftJoin(memberOrganizations, eq(memberOrganizations.id, meetingAttendees.memberOrganizationId))
    .leftJoin(partnerWorkplaces, eq(partnerWorkplaces.id, meetingAttendees.workplaceId))
    .where(eq(meetingAttendees.meetingId, meetingId))
    .orderBy(
      sql`array_position(array['staff','member_organization','workplace','guest'], ${meetingAttendees.attendeeKind})`,
      asc(
        sql`coalesce(${memberOrganizations.readingKey}, ${partnerWorkplaces.readingKey}, ${users.sortKey}, ${meetingAttendees.guestName})`,
      ),
      asc(meetingAttendees.id),
    );
}

export async function replaceAttendees(
  db: Database,
  meetingId: string,
  rows: AttendeeValues[],
): Promise<void> {
  await db.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, meetingId));
  if (rows.length > 0) await db.insert(meetingAttendees).values(rows.map((row) => ({ ...row, meetingId })));
}

/** The active partner workplaces not yet on the meeting's list, added as invited; returns how many. */
export async function inviteActiveWorkplaces(db: Database, meetingId: string): Promise<number> {
  const missing = await db
    .select({ id: partnerWorkplaces.id })
    .from(partnerWorkplaces)
    .where(
      and(
        eq(partnerWorkplaces.status, "active"),
        sql`not exists (select 1 from meeting_attendees a where a.meeting_id = ${meetingId}::uuid and a.workplace_id = ${partnerWorkplaces.id})`,
      ),
    );
  if (missing.length === 0) return 0;
  await db.insert(meetingAttendees).values(
    missing.map((row) => ({
      meetingId,
      attendeeKind: "workplace",
      workplaceId: row.id,
      invited: true,
      present: false,
    })),
  );
  return missing.length;
}

export async function existingUserIds(
  db: Database,
  ids: string[],
  roles: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), inArray(users.role, [...roles])));
  return new Set(rows.map((row) => row.id));
}

export async function existingMemberIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: memberOrganizations.id })
    .from(memberOrganizations)
    .where(inArray(memberOrganizations.id, ids));
  return new Set(rows.map((row) => row.id));
}

export async function existingWorkplaceIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: partnerWorkplaces.id })
    .from(partnerWorkplaces)
    .where(inArray(partnerWorkplaces.id, ids));
  return new Set(rows.map((row) => row.id));
}

export type InviteeRow = {
  kind: string;
  name: string;
  contactName: string;
  postalCode: string;
  address: string;
  phone: string;
  email: string;
  invited: boolean;
  present: boolean;
};

/** The invited, with the contact an invitation goes to: an organization's or workplace's, a staff member's name. */
export function findInvitees(db: Database, meetingId: string): Promise<InviteeRow[]> {
  return db
    .select({
      kind: meetingAttendees.attendeeKind,
      name: sql<string>`coalesce(${memberOrganizations.name}, ${partnerWorkplaces.name}, ${users.displayName}, ${meetingAttendees.guestName})`,
      contactName: sql<string>`coalesce(${memberOrganizations.contactName}, ${partnerWorkplaces.contactName}, '')`,
      postalCode: sql<string>`coalesce(${memberOrganizations.postalCode}, ${partnerWorkplaces.postalCode}, '')`,
      address: sql<string>`coalesce(${memberOrganizations.address}, ${partnerWorkplaces.address}, '')`,
      phone: sql<string>`coalesce(${memberOrganizations.contactPhone}, ${partnerWorkplaces.contactPhone}, '')`,
      email: sql<string>`coalesce(${memberOrganizations.contactEmail}, ${partnerWorkplaces.contactEmail}, '')`,
      invited: meetingAttendees.invited,
      present: meetingAttendees.present,
    })
    .from(meetingAttendees)
    .leftJoin(users, eq(users.id, meetingAttendees.userId))
    .leftJoin(memberOrganizations, eq(memberOrganizations.id, meetingAttendees.memberOrganizationId))
    .leftJoin(partnerWorkplaces, eq(partnerWorkplaces.id, meetingAttendees.workplaceId))
    .where(and(eq(meetingAttendees.meetingId, meetingId), eq(meetingAttendees.invited, true)))
    .orderBy(
      sql`array_position(array['member_organization','workplace','guest','staff'], ${meetingAttendees.attendeeKind})`,
      asc(
        sql`coalesce(${memberOrganizations.readingKey}, ${partnerWorkplaces.readingKey}, ${users.sortKey}, ${meetingAttendees.guestName})`,
      ),
      asc(meetingAttendees.id),
    );
}

// ── Action items ─────────────────────────────────────────────────────────────

const doneBy = alias(users, "done_by_user");
const actionItemColumns = {
  ...getTableColumns(meetingActionItems),
  meetingTitle: meetings.title,
  meetingHeldOn: meetings.heldOn,
  ownerName: users.displayName,
  doneByName: doneBy.displayName,
};
export type ActionItemRow = typeof meetingActionItems.$inferSelect & {
  meetingTitle: string;
  meetingHeldOn: string;
  ownerName: string;
  doneByName: string | null;
};

function selectActionItems(db: Database) {
  return db
    .select(actionItemColumns)
    .from(meetingActionItems)
    .innerJoin(meetings, eq(meetings.id, meetingActionItems.meetingId))
    .innerJoin(users, eq(users.id, meetingActionItems.ownerId))
    .leftJoin(doneBy, eq(doneBy.id, meetingActionItems.doneBy));
}

export function findMeetingActionItems(db: Database, meetingId: string): Promise<ActionItemRow[]> {
  return selectActionItems(db)
    .where(eq(meetingActionItems.meetingId, meetingId))
    .orderBy(asc(meetingActionItems.dueOn), asc(meetingActionItems.createdAt), asc(meetingActionItems.id));
}

export type ActionItemFilter = { ownerId?: string | undefined; open?: boolean | undefined };

/** A page of action items: open ones first, by due date. */
export async function findActionItems(
  db: Database,
  filter: ActionItemFilter & { page: number; pageSize: number },
): Promise<{ rows: ActionItemRow[] } & ListTotal> {
  const where = and(
    filter.ownerId ? eq(meetingActionItems.ownerId, filter.ownerId) : undefined,
    filter.open ? isNull(meetingActionItems.doneAt) : undefined,
  );
  const [rows, total] = await Promise.all([
    selectActionItems(db)
      .where(where)
      .orderBy(
        sql`${meetingActionItems.doneAt} is not null`,
        asc(meetingActionItems.dueOn),
        asc(meetingActionItems.id),
      )
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, meetingActionItems, where),
  ]);
  return { rows, ...total };
}

export async function getActionItem(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ActionItemRow | undefined> {
  if (options.forUpdate) {
    const [locked] = await db
      .select({ id: meetingActionItems.id })
      .from(meetingActionItems)
      .where(eq(meetingActionItems.id, id))
      .for("update");
    if (!locked) return undefined;
  }
  const [row] = await selectActionItems(db).where(eq(meetingActionItems.id, id));
  return row;
}

export async function insertActionItem(db: Database, values: ActionItemValues): Promise<string> {
  const [row] = await db.insert(meetingActionItems).values(values).returning({ id: meetingActionItems.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function updateActionItem(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<ActionItemValues>,
): Promise<boolean> {
  const rows = await db
    .update(meetingActionItems)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${meetingActionItems.version} + 1` })
    .where(and(eq(meetingActionItems.id, current.id), eq(meetingActionItems.version, current.version)))
    .returning({ id: meetingActionItems.id });
  return rows.length > 0;
}

/** The owner's open items (any due date), the most overdue first. */
export function findOpenActionItemsOf(db: Database, ownerId: string, limit: number) {
  return db
    .select({
      id: meetingActionItems.id,
      title: meetingActionItems.title,
      dueOn: meetingActionItems.dueOn,
      meetingId: meetingActionItems.meetingId,
      meetingTitle: meetings.title,
    })
    .from(meetingActionItems)
    .innerJoin(meetings, eq(meetings.id, meetingActionItems.meetingId))
    .where(and(eq(meetingActionItems.ownerId, ownerId), isNull(meetingActionItems.doneAt)))
    .orderBy(asc(meetingActionItems.dueOn), asc(meetingActionItems.title), asc(meetingActionItems.id))
    .limit(limit);
}

// ── Names for the audit trail ───────────────────────────────────────────────

export async function findMeetingNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: meetings.id, title: meetings.title, heldOn: meetings.heldOn })
    .from(meetings)
    .where(inArray(meetings.id, uuids));
  return new Map(rows.map((row) => [row.id, `${row.title}（${row.heldOn}）`]));
}

export async function findActionItemNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: meetingActionItems.id, title: meetingActionItems.title })
    .from(meetingActionItems)
    .where(inArray(meetingActionItems.id, uuids));
  return new Map(rows.map((row) => [row.id, row.title]));
}
