import { and, eq, exists, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/pg-core";
import {
  type AccessScope,
  isLimitedToPrograms,
  type RecordPolicy,
} from "../../platform/access/access-scope.ts";
import { participantVisibleTo } from "../support/participants/participants.policy.ts";
import { participants } from "../support/participants/participants.tables.ts";
import { consultations } from "./consultations.tables.ts";

// An alias: the list joins `participants` for the names; the check reads its own copy.
const person = alias(participants, "consultation_person");
// The policy takes any copy of the participants table; drizzle types an alias by its own name.
const personTable = person as unknown as typeof participants;

/**
 * Which consultations a user reaches (ADR 014):
 * - not limited to programs: every consultation;
 * - limited: those naming no participant (a new person, an anonymous caller: the desk's own
 *   records, in no program), and those whose participant the participants policy reaches.
 * A consultation outside answers 404, like one that does not exist.
 */
export function consultationVisibleTo(scope: AccessScope): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  const personReached = exists(
    new QueryBuilder()
      .select({ one: sql`1` })
      .from(person)
      .where(and(eq(person.id, consultations.participantId), participantVisibleTo(scope, personTable))),
  );
  return or(isNull(consultations.participantId), personReached);
}

export const consultationPolicy: RecordPolicy = {
  entity: "consultation",
  visibleTo: (scope) => consultationVisibleTo(scope),
};
