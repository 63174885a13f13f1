import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { users } from "../../users/users.tables.ts";
import { caseVisibleTo } from "../cases/cases.policy.ts";
import { cases } from "../cases/cases.tables.ts";
import { participantVisibleTo } from "../participants/participants.policy.ts";
import { participants } from "../participants/participants.tables.ts";
import { activityOfVisibleParticipantVisibleTo, activityVisibleTo } from "./activities.policy.ts";
import { activities, activityRevisions } from "./activities.tables.ts";
import type { TimelineCursor } from "./timeline-cursor.ts";

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityWithNames = ActivityRow & {
  staffName: string | null;
  updatedByName: string | null;
  /** occurred_at to the microsecond, as the timeline's cursor carries it. */
  occurredAtExact: string;
};

const staff = alias(users, "staff");
const editor = alias(users, "editor");
const occurredAtExact = sql<string>`to_char(${activities.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function selectWithNames(db: Database) {
  return db
    .select({
      activity: activities,
      staffName: staff.displayName,
      updatedByName: editor.displayName,
      occurredAtExact,
    })
    .from(activities)
    .leftJoin(staff, eq(staff.id, activities.staffId))
    .leftJoin(editor, eq(editor.id, activities.updatedBy));
}

type Selected = {
  activity: ActivityRow;
  staffName: string | null;
  updatedByName: string | null;
  occurredAtExact: string;
};
const withNames = ({ activity, ...names }: Selected): ActivityWithNames => ({ ...activity, ...names });

/**
 * One page of a timeline, newest first, by keyset: the rows after `before` in (occurred_at desc,
 * id desc), which the indexes activities_participant_idx and activities_case_idx hold in that order,
 * so page 300 costs what page 1 does. One row more than asked says whether there is a next page.
 */
export async function findTimeline(
  db: Database,
  of: TimelineOwner,
  before: TimelineCursor | undefined,
  limit: number,
): Promise<ActivityWithNames[]> {
  const rows = await timelineQuery(db, of, before, limit);
  return rows.map(withNames);
}

export type TimelineOwner = { participantId: string; visibility: SQL | undefined } | { caseId: string };

/** The timeline's statement (exported for the test that reads its plan). */
export function timelineQuery(
  db: Database,
  of: TimelineOwner,
  before: TimelineCursor | undefined,
  limit: number,
) {
  const owner =
    "caseId" in of
      ? eq(activities.caseId, of.caseId)
      : and(eq(activities.participantId, of.participantId), of.visibility);
  const after = before
    ? sql`(${activities.occurredAt}, ${activities.id}) < (${before.occurredAt}::timestamptz, ${before.id}::uuid)`
    : undefined;
  return selectWithNames(db)
    .where(and(owner, after))
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(limit + 1);
}

/** The timeline condition for a participant the user reaches (activities.policy.ts). */
export function timelineVisibility(scope: AccessScope): SQL | undefined {
  return activityOfVisibleParticipantVisibleTo(scope);
}

/** The participant, when the user reaches them (a merged-away record too: its timeline is empty). */
export async function findReachableParticipant(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<{ id: string; mergedIntoId: string | null } | undefined> {
  const [row] = await db
    .select({ id: participants.id, mergedIntoId: participants.mergedIntoId })
    .from(participants)
    .where(and(eq(participants.id, id), participantVisibleTo(scope)));
  return row;
}

/** The case, when the user reaches it. */
export async function findReachableCase(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<{ id: string; participantId: string } | undefined> {
  const [row] = await db
    .select({ id: cases.id, participantId: cases.participantId })
    .from(cases)
    .where(and(eq(cases.id, id), caseVisibleTo(scope)));
  return row;
}

export async function userExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, id));
  return row !== undefined;
}

/** One activity with its names, when the user reaches it. */
export async function getActivity(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<ActivityWithNames | undefined> {
  const [row] = await selectWithNames(db).where(and(eq(activities.id, id), activityVisibleTo(scope)));
  return row ? withNames(row) : undefined;
}

/** Locks the activity's row until the transaction ends, when the user reaches it. */
export async function lockActivity(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<ActivityRow | undefined> {
  const [row] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), activityVisibleTo(scope)))
    .for("update");
  return row;
}

export async function insertActivity(
  db: Database,
  values: typeof activities.$inferInsert,
): Promise<ActivityRow> {
  const [row] = await db.insert(activities).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export type ActivityChanges = Partial<
  Pick<typeof activities.$inferInsert, "occurredAt" | "type" | "minutes" | "staffId" | "notes">
>;

/**
 * An edit: the values it replaces go to activity_revisions first (who changed them, when), then the
 * activity takes the new ones with a new version, only while the stored version is `current`'s.
 */
export async function updateActivity(
  db: Database,
  current: ActivityRow,
  changes: ActivityChanges,
  changedBy: string | null,
): Promise<ActivityRow | undefined> {
  await db.insert(activityRevisions).values({
    activityId: current.id,
    version: current.version,
    occurredAt: current.occurredAt,
    type: current.type,
    minutes: current.minutes,
    staffId: current.staffId,
    notes: current.notes,
    changedBy,
  });
  const [row] = await db
    .update(activities)
    .set({ ...changes, updatedBy: changedBy, updatedAt: sql`now()`, version: sql`${activities.version} + 1` })
    .where(and(eq(activities.id, current.id), eq(activities.version, current.version)))
    .returning();
  return row;
}
