import type { Activity, activityTypes } from "@otagai/shared/support/activities";
import type { ActivityWithNames } from "./activities.repository.ts";

/** An activity on a timeline: who did it, and who last edited it when it was edited after being written. */
export function presentActivity(row: ActivityWithNames): Activity {
  const edited = row.version > 1;
  return {
    id: row.id,
    participantId: row.participantId,
    caseId: row.caseId,
    occurredAt: row.occurredAt.toISOString(),
    type: row.type as (typeof activityTypes)[number],
    minutes: row.minutes,
    staffId: row.staffId,
    staffName: row.staffName,
    notes: row.notes,
    updatedByName: edited ? row.updatedByName : null,
    edited,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
