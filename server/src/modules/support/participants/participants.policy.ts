import { and, type Column, eq, exists, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/pg-core";
import {
  type AccessScope,
  isLimitedToPrograms,
  type RecordPolicy,
} from "../../../platform/access/access-scope.ts";
import { participants } from "./participants.tables.ts";

/** `participants` or an alias of it (drizzle's `alias(participants, "other")`). */
type ParticipantTable = Pick<typeof participants, "id" | "createdBy" | "mergedIntoId" | "programIds">;

/**
 * Which participants a user reaches (ADR 014), as a condition on `table` (on its own row: the
 * programs a person has cases in are kept on it, ADR 017):
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
  // program_ids: the programs the person has cases in, kept by the database (ADR 017).
  const programIds = sql`array[${sql.join(
    [...scope.programIds].map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;
  const caseInScope = sql`${table.programIds} && ${programIds}`;
  const noCase = sql`${table.programIds} = '{}'::uuid[]`;
  return or(caseInScope, and(noCase, eq(table.createdBy, scope.userId)));
}

// Its own copy of the table: the row's query may join `participants` itself (for the names).
const namedPerson = alias(participants, "named_person");

/**
 * For another area's record that may name a participant (a consultation, an appointment): the row
 * names none (`participantId` null), or one the user reaches. Undefined when nothing limits the user.
 */
export function namedParticipantVisibleTo(scope: AccessScope, participantId: Column): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  const reached = exists(
    new QueryBuilder()
      .select({ one: sql`1` })
      .from(namedPerson)
      .where(
        and(
          eq(namedPerson.id, participantId),
          // drizzle types an alias by its own name; the policy takes any copy of the table.
          participantVisibleTo(scope, namedPerson as unknown as typeof participants),
        ),
      ),
  );
  return or(isNull(participantId), reached);
}

export const participantPolicy: RecordPolicy = {
  entity: "participant",
  visibleTo: (scope) => participantVisibleTo(scope),
};

/** Live records only: a merged-away record (tombstone) never appears in a list, a search or a check. */
export function notMerged(table: ParticipantTable = participants): SQL {
  return isNull(table.mergedIntoId);
}
