import {
  type AttendanceConflict,
  type DaySheet,
  maxAttendanceSpanDays,
  type PlacementAttendance,
  type recordedVia,
  type saveAttendanceInputSchema,
  type saveDaySheetInputSchema,
} from "@otagai/shared/support/attendance";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError, type FieldProblem } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { getWorkplace } from "../workplaces/workplaces.repository.ts";
import { presentAttendanceDay, presentDaySheet, presentPlacementAttendance } from "./attendance.presenter.ts";
import type { AttendanceRow, PlacementRecordRow } from "./attendance.repository.ts";
import * as repository from "./attendance.repository.ts";
import { addDays, daysBetween, lastDayOfPlacement, mondayOf } from "./placement-calendar.ts";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type SaveAttendance = z.output<typeof saveAttendanceInputSchema>;
type SaveDaySheet = z.output<typeof saveDaySheetInputSchema>;
type Entry = SaveAttendance["days"][number];
/** Staff in Otagai, or the workplace through the portal: the route says which. */
export type RecordedVia = (typeof recordedVia)[number];

const entity = "placement_attendance";

/**
 * Attendance of placements (issue 11): the week grid of one placement and the day sheet of a
 * workplace, each read and saved whole. The same functions serve staff and the partner portal: the
 * scope decides which placements are reached (placements.policy.ts), anything else is not found.
 */

async function placementOrNotFound(db: Database, scope: AccessScope, id: string, lock = false) {
  const placement = await repository.getPlacementRecord(db, scope, id, { lock });
  if (!placement) throw new AppError("NOT_FOUND");
  return placement;
}

async function attendanceOf(db: Database, placement: PlacementRecordRow, from: string, to: string) {
  const rows = await repository.findAttendance(db, [placement.id]);
  return presentPlacementAttendance(placement, rows, from, to);
}

/** The days from–to (at most maxAttendanceSpanDays apart) with the weeks', terms' and whole rates. */
export async function getAttendance(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  range: { from: string; to: string },
): Promise<PlacementAttendance> {
  if (daysBetween(range.from, range.to) > maxAttendanceSpanDays)
    throw new AppError("VALIDATION_FAILED", [
      {
        path: "querystring.to",
        code: "too_long",
        messageKey: "attendanceSpanTooLong",
        params: { max: maxAttendanceSpanDays },
      },
    ]);
  const placement = await placementOrNotFound(db, scope, id);
  const attendance = await attendanceOf(db, placement, range.from, range.to);
  await recordAuditNow(db, actor, { action: "read", entity, recordId: id });
  return attendance;
}

/** A day refused for where it falls: outside the placement's period, or not come yet in Japan. */
function dayProblem(
  placement: PlacementRecordRow,
  day: string,
  path: string,
  today: string,
): FieldProblem | null {
  const until = lastDayOfPlacement(placement);
  if (day < placement.startOn || day > until)
    return {
      path,
      code: "outside_placement",
      messageKey: "attendanceOutsidePlacement",
      params: { day, from: placement.startOn, until },
    };
  if (day > today) return { path, code: "in_future", messageKey: "attendanceInFuture", params: { day } };
  return null;
}

type Change = { placement: PlacementRecordRow; entry: Entry };

/**
 * Saves the changes in the caller's transaction, or none of them: every day must still stand as it
 * was read (`version`; null: nothing recorded then), else a 409 names each day someone saved first
 * and its value now. The placements are locked by the caller, so saves of the same days take turns.
 */
async function applyChanges(
  tx: Transaction,
  actor: Actor,
  via: RecordedVia,
  changes: Change[],
): Promise<void> {
  const placementIds = [...new Set(changes.map((change) => change.placement.id))];
  const days = changes.map((change) => change.entry.day).sort();
  const stored = await repository.findAttendance(tx, placementIds, { from: days[0], to: days.at(-1) });
  const storedOf = (change: Change) =>
    stored.find((row) => row.placementId === change.placement.id && row.day === change.entry.day);
  const conflicts: AttendanceConflict["conflicts"] = changes
    .filter((change) => (storedOf(change)?.version ?? null) !== change.entry.version)
    .map((change) => {
      const current = storedOf(change);
      return {
        placementId: change.placement.id,
        day: change.entry.day,
        current: current ? presentAttendanceDay(current) : null,
      };
    });
  if (conflicts.length > 0)
    throw new AppError(
      "STALE_UPDATE",
      [
        {
          path: "body",
          code: "changed_meanwhile",
          messageKey: "attendanceChangedMeanwhile",
          params: { days: [...new Set(conflicts.map((conflict) => conflict.day))].join(", ") },
        },
      ],
      {},
      undefined,
      { conflicts } satisfies AttendanceConflict,
    );
  const changedDays = new Map<string, string[]>();
  for (const change of changes) {
    const { entry, placement } = change;
    const current = storedOf(change);
    const values = {
      status: entry.status ?? "",
      hours: entry.hours,
      absenceReason: entry.absenceReason,
      note: entry.note,
      recordedBy: actor.id,
      recordedVia: via,
    };
    if (entry.status === null) {
      // Clearing a day nobody recorded is nothing to do (its version check passed: null = null).
      if (current) await repository.deleteAttendance(tx, current.id, current.version);
    } else if (current) await repository.updateAttendance(tx, current.id, current.version, values);
    else await repository.insertAttendance(tx, { ...values, placementId: placement.id, day: entry.day });
    changedDays.set(placement.id, [...(changedDays.get(placement.id) ?? []), entry.day]);
  }
  for (const [placementId, changed] of changedDays)
    await recordAudit(tx, actor, {
      action: "update",
      entity,
      recordId: placementId,
      changedFields: changed.sort(),
    });
}

/**
 * The week grid's save: the changed days of one placement in one transaction. Answers the weeks
 * from the Monday of the earliest saved day to the Sunday of the latest.
 */
export async function saveAttendance(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: SaveAttendance,
  via: RecordedVia,
): Promise<PlacementAttendance> {
  return db.transaction(async (tx) => {
    const placement = await placementOrNotFound(tx, scope, id, true);
    const today = todayInJapan();
    const problems = input.days
      .map((entry, index) => dayProblem(placement, entry.day, `body.days.${index}.day`, today))
      .filter((problem): problem is FieldProblem => problem !== null);
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", problems.slice(0, 20));
    await applyChanges(
      tx,
      actor,
      via,
      input.days.map((entry) => ({ placement, entry })),
    );
    const days = input.days.map((entry) => entry.day).sort();
    const from = mondayOf(days[0] as string);
    const to = addDays(mondayOf(days[days.length - 1] as string), 6);
    return attendanceOf(tx, placement, from, to);
  });
}

/** The workplace a day sheet is of: the route's (staff), or the partner user's own (portal). */
async function workplaceOrNotFound(db: Database, workplaceId: string | null) {
  const workplace = workplaceId ? await getWorkplace(db, workplaceId) : undefined;
  if (!workplace) throw new AppError("NOT_FOUND");
  return { id: workplace.id, name: workplace.name };
}

/** Everyone placed at the workplace on the date whom the scope reaches: a read of each one's record. */
export async function getDaySheet(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  workplaceId: string | null,
  date: string,
): Promise<DaySheet> {
  const workplace = await workplaceOrNotFound(db, workplaceId);
  const placements = await repository.findDaySheetPlacements(db, scope, workplace.id, date);
  const rows = await repository.findAttendance(
    db,
    placements.map((placement) => placement.id),
    { from: date, to: date },
  );
  await recordAuditNow(db, actor, {
    action: "read",
    entity,
    recordIds: placements.map((placement) => placement.id),
  });
  return presentDaySheet(workplace, date, placements, rows);
}

/** The day sheet's save: one day of several placements, in one transaction. */
export async function saveDaySheet(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  workplaceId: string | null,
  input: SaveDaySheet,
  via: RecordedVia,
): Promise<DaySheet> {
  return db.transaction(async (tx) => {
    const workplace = await workplaceOrNotFound(tx, workplaceId);
    if (input.date > todayInJapan())
      throw new AppError("VALIDATION_FAILED", [
        {
          path: "body.date",
          code: "in_future",
          messageKey: "attendanceInFuture",
          params: { day: input.date },
        },
      ]);
    const placements = await repository.findDaySheetPlacements(tx, scope, workplace.id, input.date, {
      lock: true,
    });
    const changes: Change[] = input.rows.map((row) => {
      const placement = placements.find((candidate) => candidate.id === row.placementId);
      // A placement not on this sheet (another workplace's, out of scope, not on that day): not found.
      if (!placement) throw new AppError("NOT_FOUND");
      const { placementId: _placementId, ...entry } = row;
      return { placement, entry: { ...entry, day: input.date } };
    });
    await applyChanges(tx, actor, via, changes);
    const rows: AttendanceRow[] = await repository.findAttendance(
      tx,
      placements.map((placement) => placement.id),
      { from: input.date, to: input.date },
    );
    return presentDaySheet(workplace, input.date, placements, rows);
  });
}
