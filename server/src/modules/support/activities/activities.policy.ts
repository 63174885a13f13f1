import { and, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import {
  type AccessScope,
  isLimitedToPrograms,
  type RecordPolicy,
} from "../../../platform/access/access-scope.ts";
import { cases } from "../cases/cases.tables.ts";
import { participantVisibleTo } from "../participants/participants.policy.ts";
import { participants } from "../participants/participants.tables.ts";
import { activities } from "./activities.tables.ts";

/**
 * Which activities a user reaches (ADR 014): an activity about a case follows the case (its
 * program in the scope); one about no case follows its participant (the participant policy).
 * A participant seen through program A therefore shows none of their program-B records.
 */
export function activityVisibleTo(scope: AccessScope): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  return or(
    and(isNotNull(activities.caseId), caseInScope(scope)),
    and(
      isNull(activities.caseId),
      sql`exists (select 1 from ${participants} where ${participants.id} = ${activities.participantId} and ${participantVisibleTo(scope)})`,
    ),
  );
}

/**
 * The activities of a participant already known to be visible: those about no case, and those
 * about a case in the scope (the timeline's condition; cheaper than the whole policy per row).
 */
export function activityOfVisibleParticipantVisibleTo(scope: AccessScope): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  return or(isNull(activities.caseId), caseInScope(scope));
}

function caseInScope(scope: AccessScope): SQL {
  return sql`exists (select 1 from ${cases} where ${cases.id} = ${activities.caseId} and ${inArray(cases.programId, [...scope.programIds])})`;
}

export const activityPolicy: RecordPolicy = { entity: "activity", visibleTo: activityVisibleTo };
