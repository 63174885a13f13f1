import type { activityTypes } from "@otagai/shared/support/activities";
import type { CaseStatus } from "@otagai/shared/support/case-flow";
import type { TFunction } from "i18next";

// The case statuses' and activity types' names are the cases catalog's (support.cases.statuses,
// support.activities.types), shared with the case pages; read here in one place.

export type ActivityType = (typeof activityTypes)[number];

export function caseStatusLabel(t: TFunction, status: CaseStatus): string {
  return t(`support.cases.statuses.${status}`);
}

export function activityTypeLabel(t: TFunction, type: ActivityType): string {
  return t(`support.activities.types.${type}`);
}
