import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { users } from "../../users/users.tables.ts";
import { cases } from "../cases/cases.tables.ts";
import { participants } from "../participants/participants.tables.ts";
import { partnerWorkplaces } from "../workplaces/workplaces.tables.ts";
import { placementAttendance } from "./attendance.tables.ts";
import { placementVisibleTo } from "./placements.policy.ts";
import { placements } from "./placements.tables.ts";

export type AttendanceRow = typeof placementAttendance.$inferSelect & { recordedByName: string | null };
export type AttendanceValues = typeof placementAttendance.$inferInsert;

/** A placement as attendance, evaluations and the portal need it: its period, schedule and names. */
export type PlacementRecordRow = typeof placements.$inferSelect & {
  participantName: string;
  workplaceName: string;
  coordinatorName: string | null;
};

const participantName = sql<string>`trim(${participants.familyName} || ' ' || ${participants.givenName})`;

function selectPlacements(db: Database) {
  return db
    .select({
      placement: placements,
      participantName,
      workplaceName: partnerWorkplaces.name,
      coordinatorName: users.displayName,
    })
    .from(placements)
    .innerJoin(cases, eq(cases.id, placements.caseId))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .innerJoin(partnerWorkplaces, eq(partnerWorkplaces.id, placements.workplaceId))
    .leftJoin(users, eq(users.id, placements.coordinatorId));
}
type Selection = Awaited<ReturnType<ReturnType<typeof selectPlacements>["execute"]>>[number];
const recordOf = ({ placement, ...names }: Selection): PlacementRecordRow => ({ ...placement, ...names });

/**
 * One placement the scope reaches (placements.policy.ts), or undefined; `lock`: locked until the
 * transaction ends, so saves of its days (or evaluations) take turns.
 */
export async function getPlacementRecord(
  db: Database,
  scope: AccessScope,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PlacementRecordRow | undefined> {
  const query = selectPlacements(db).where(and(eq(placements.id, id), placementVisibleTo(scope)));
  const [row] = await (options.lock ? query.for("update", { of: placements }) : query);
  return row ? recordOf(row) : undefined;
}

/** The last day a placement is counted to: the day it ended, when earlier than its last day. */
const lastDay = sql`least(${placements.endOn}, coalesce(${placements.endedOn}, ${placements.endOn}))`;

/**
 * A workplace's day sheet: its planned or ongoing placements whose period holds the date and that
 * the scope reaches, by the participant's reading (五十音). `lock`: for a save.
 */
export async function findDaySheetPlacements(
  db: Database,
  scope: AccessScope,
  workplaceId: string,
  date: string,
  options: { lock?: boolean } = {},
): Promise<PlacementRecordRow[]> {
  const query = selectPlacements(db)
    .where(
      and(
        eq(placements.workplaceId, workplaceId),
        inArray(placements.status, ["planned", "ongoing"]),
        lte(placements.startOn, date),
        sql`${lastDay} >= ${date}`,
        placementVisibleTo(scope),
      ),
    )
    .orderBy(asc(participants.readingKey), asc(participants.familyNameKana), asc(placements.id));
  const rows = await (options.lock ? query.for("update", { of: placements }) : query);
  return rows.map(recordOf);
}

/** The placements' recorded days (between from and to, when given), by day. */
export async function findAttendance(
  db: Database,
  placementIds: string[],
  range: { from?: string; to?: string } = {},
): Promise<AttendanceRow[]> {
  if (placementIds.length === 0) return [];
  const rows = await db
    .select({ attendance: placementAttendance, recordedByName: users.displayName })
    .from(placementAttendance)
    .leftJoin(users, eq(users.id, placementAttendance.recordedBy))
    .where(
      and(
        inArray(placementAttendance.placementId, placementIds),
        range.from ? gte(placementAttendance.day, range.from) : undefined,
        range.to ? lte(placementAttendance.day, range.to) : undefined,
      ),
    )
    .orderBy(asc(placementAttendance.day));
  return rows.map(({ attendance, recordedByName }) => ({ ...attendance, recordedByName }));
}

export async function insertAttendance(db: Database, values: AttendanceValues): Promise<void> {
  await db.insert(placementAttendance).values(values);
}

/** Applies only while the stored version is `version`; true when it did. */
export async function updateAttendance(
  db: Database,
  id: string,
  version: number,
  changes: Partial<AttendanceValues>,
): Promise<boolean> {
  const rows = await db
    .update(placementAttendance)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${placementAttendance.version} + 1` })
    .where(and(eq(placementAttendance.id, id), eq(placementAttendance.version, version)))
    .returning({ id: placementAttendance.id });
  return rows.length > 0;
}

export async function deleteAttendance(db: Database, id: string, version: number): Promise<boolean> {
  const rows = await db
    .delete(placementAttendance)
    .where(and(eq(placementAttendance.id, id), eq(placementAttendance.version, version)))
    .returning({ id: placementAttendance.id });
  return rows.length > 0;
}

/**
 * The portal's list: the scope's placements (a partner's workplace), planned and ongoing ones first,
 * then the others that ended on or after `endedSince`, each group by start.
 */
export async function findPortalPlacements(
  db: Database,
  scope: AccessScope,
  endedSince: string,
): Promise<PlacementRecordRow[]> {
  const current = sql`${placements.status} in ('planned', 'ongoing')`;
  const rows = await selectPlacements(db)
    .where(and(placementVisibleTo(scope), sql`(${current} or ${lastDay} >= ${endedSince})`))
    .orderBy(sql`case when ${current} then 0 else 1 end`, asc(placements.startOn), asc(placements.id))
    .limit(500);
  return rows.map(recordOf);
}
