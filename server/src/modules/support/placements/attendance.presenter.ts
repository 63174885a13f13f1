import {
  type AttendanceDay,
  type AttendanceRate,
  type AttendanceStatus,
  attendedStatuses,
  type DaySheet,
  type PlacementAttendance,
} from "@otagai/shared/support/attendance";
import type { AttendanceRow, PlacementRecordRow } from "./attendance.repository.ts";
import { addDays, eachDay, lastDayOfPlacement, mondayOf, termsOf, weekdayOf } from "./placement-calendar.ts";

export function presentAttendanceDay(row: AttendanceRow): AttendanceDay {
  return {
    day: row.day,
    status: row.status as AttendanceStatus,
    hours: row.hours === null ? null : Number(row.hours),
    absenceReason: row.absenceReason,
    note: row.note,
    recordedVia: row.recordedVia as AttendanceDay["recordedVia"],
    recordedByName: row.recordedByName,
    version: row.version,
  };
}

/** Counts over from–to: the days the schedule names within the placement, and what was recorded. */
export function attendanceRate(
  placement: PlacementRecordRow,
  rows: readonly AttendanceRow[],
  from: string,
  to: string,
): AttendanceRate {
  const first = from > placement.startOn ? from : placement.startOn;
  const lastOfPlacement = lastDayOfPlacement(placement);
  const last = to < lastOfPlacement ? to : lastOfPlacement;
  const scheduledDays =
    first > last
      ? 0
      : eachDay(first, last).filter((day) => placement.workDays.includes(weekdayOf(day))).length;
  const recorded = rows.filter((row) => row.day >= from && row.day <= to);
  const count = (status: AttendanceStatus) => recorded.filter((row) => row.status === status).length;
  const attended = recorded.filter((row) => attendedStatuses.includes(row.status as AttendanceStatus)).length;
  const hours = recorded.reduce((sum, row) => sum + (row.hours === null ? 0 : Number(row.hours)), 0);
  return {
    from,
    to,
    scheduledDays,
    recordedDays: recorded.length,
    present: count("present"),
    late: count("late"),
    leftEarly: count("left_early"),
    absent: count("absent"),
    hours: Math.round(hours * 100) / 100,
    rate: recorded.length === 0 ? null : attended / recorded.length,
  };
}

/** The days of from–to, the weeks (Monday–Sunday) touching it, every term and the whole placement. */
export function presentPlacementAttendance(
  placement: PlacementRecordRow,
  allRows: readonly AttendanceRow[],
  from: string,
  to: string,
): PlacementAttendance {
  const weeks: AttendanceRate[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7))
    weeks.push(attendanceRate(placement, allRows, monday, addDays(monday, 6)));
  return {
    placementId: placement.id,
    from,
    to,
    days: allRows.filter((row) => row.day >= from && row.day <= to).map(presentAttendanceDay),
    weeks,
    terms: termsOf(placement).map(({ term, from: termFrom, to: termTo }) => ({
      term,
      ...attendanceRate(placement, allRows, termFrom, termTo),
    })),
    total: attendanceRate(placement, allRows, placement.startOn, placement.endOn),
  };
}

export function presentDaySheet(
  workplace: { id: string; name: string },
  date: string,
  placements: readonly PlacementRecordRow[],
  rows: readonly AttendanceRow[],
): DaySheet {
  return {
    workplaceId: workplace.id,
    workplaceName: workplace.name,
    date,
    rows: placements.map((placement) => {
      const recorded = rows.find((row) => row.placementId === placement.id && row.day === date);
      return {
        placementId: placement.id,
        participantName: placement.participantName,
        hoursFrom: placement.hoursFrom,
        hoursTo: placement.hoursTo,
        scheduled: placement.workDays.includes(weekdayOf(date)),
        attendance: recorded ? presentAttendanceDay(recorded) : null,
      };
    }),
  };
}
