import type { PlacementStatus } from "@otagai/shared/support/placements";
import type { PortalPlacement } from "@otagai/shared/support/portal";
import type { employmentTypes, weekdays } from "@otagai/shared/support/workplaces";
import type { PlacementRecordRow } from "../placements/attendance.repository.ts";

/**
 * A placement as its workplace sees it: the trainee's name, the schedule, the tasks, the supervisor,
 * the coordinator's name and guidance notes. Field by field, never a spread of the row: nothing else
 * of the person (contact details, the sensitive section, other cases) may reach the portal.
 */
export function presentPortalPlacement(row: PlacementRecordRow): PortalPlacement {
  return {
    id: row.id,
    participantName: row.participantName,
    workplaceName: row.workplaceName,
    employmentType: row.employmentType as (typeof employmentTypes)[number],
    startOn: row.startOn,
    endOn: row.endOn,
    termCount: row.termCount,
    termMonths: row.termMonths,
    workDays: row.workDays as (typeof weekdays)[number][],
    hoursFrom: row.hoursFrom,
    hoursTo: row.hoursTo,
    tasks: row.tasks,
    supervisorName: row.supervisorName,
    coordinatorName: row.coordinatorName,
    guidanceNotes: row.guidanceNotes,
    status: row.status as PlacementStatus,
  };
}
