import type { Placement, PlacementStatus } from "@otagai/shared/support/placements";
import type { employmentTypes, weekdays } from "@otagai/shared/support/workplaces";
import type { PlacementViewRow } from "./placements.repository.ts";

const personName = (row: { familyName: string; givenName: string }) =>
  `${row.familyName} ${row.givenName}`.trim();

export function presentPlacement(row: PlacementViewRow): Placement {
  return {
    id: row.id,
    caseId: row.caseId,
    participantId: row.participantId,
    participantName: personName(row),
    workplaceId: row.workplaceId,
    workplaceName: row.workplaceName,
    employmentType: row.employmentType as (typeof employmentTypes)[number],
    startOn: row.startOn,
    termCount: row.termCount,
    termMonths: row.termMonths,
    endOn: row.endOn,
    workDays: row.workDays as (typeof weekdays)[number][],
    hoursFrom: row.hoursFrom,
    hoursTo: row.hoursTo,
    tasks: row.tasks,
    supervisorName: row.supervisorName,
    coordinatorId: row.coordinatorId,
    coordinatorName: row.coordinatorName,
    transportNotes: row.transportNotes,
    allowanceNotes: row.allowanceNotes,
    guidanceNotes: row.guidanceNotes,
    status: row.status as PlacementStatus,
    endedOn: row.endedOn,
    endedReason: row.endedReason,
    version: row.version,
  };
}
