import { and, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import {
  type AccessScope,
  isLimitedToPrograms,
  type RecordPolicy,
} from "../../../platform/access/access-scope.ts";
import { cases } from "../cases/cases.tables.ts";
import { participants } from "./participants.tables.ts";

/** `participants` or an alias of it (drizzle's `alias(participants, "other")`). */
type ParticipantTable = Pick<typeof participants, "id" | "createdBy" | "mergedIntoId">;

/**
 * Which participants a user reaches (ADR 014), as a condition on `table`:
 * - not limited to programs: every participant;
 * - limited: those with a case in one of the user's programs, and those with no case at all that
 *   the user registered (a person just registered, before a case is opened, stays reachable by
 *   whoever registered them and by no other limited user).
 *
 * Tombstones (merged records) are not excluded here: lists and searches add `merged_into_id is null`
 * themselves; a tombstone's page follows its survivor's visibility (participants.repository.ts).
 */
export function participantVisibleTo(
  scope: AccessScope,
  table: ParticipantTable = participants,
): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  const caseInScope = sql`exists (select 1 from ${cases} where ${cases.participantId} = ${table.id} and ${inArray(cases.programId, [...scope.programIds])})`;
  const anyCase = sql`exists (select 1 from ${cases} where ${cases.participantId} = ${table.id})`;
  return or(caseInScope, and(sql`not ${anyCase}`, eq(table.createdBy, scope.userId)));
}

export const participantPolicy: RecordPolicy = {
  entity: "participant",
  visibleTo: (scope) => participantVisibleTo(scope),
};

/** Live records only: a merged-away record (tombstone) never appears in a list, a search or a check. */
export function notMerged(table: ParticipantTable = participants): SQL {
  return isNull(table.mergedIntoId);
}
