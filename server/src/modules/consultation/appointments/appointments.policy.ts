import { and, eq, exists, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/pg-core";
import {
  type AccessScope,
  isLimitedToPrograms,
  type RecordPolicy,
} from "../../../platform/access/access-scope.ts";
import { participantVisibleTo } from "../../support/participants/participants.policy.ts";
import { participants } from "../../support/participants/participants.tables.ts";
import { consultationVisibleTo } from "../consultations.policy.ts";
import { consultations } from "../consultations.tables.ts";
import { appointments } from "./appointments.tables.ts";

const person = alias(participants, "appointment_person");
// The policy takes any copy of the participants table; drizzle types an alias by its own name.
const personTable = person as unknown as typeof participants;

/**
 * Which appointments a user reaches (ADR 014), as the consultations they come from: not limited to
 * programs, every one; limited, those whose participant (if any) and consultation (if any) the user
 * reaches: the desk's own bookings (a new person, a public request) and those of their programs'
 * participants. Another booking still takes its slot in the calendar, without a name, and answers
 * 404 when named.
 */
export function appointmentVisibleTo(scope: AccessScope): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  const query = new QueryBuilder();
  return and(
    or(
      isNull(appointments.participantId),
      exists(
        query
          .select({ one: sql`1` })
          .from(person)
          .where(and(eq(person.id, appointments.participantId), participantVisibleTo(scope, personTable))),
      ),
    ),
    or(
      isNull(appointments.consultationId),
      exists(
        query
          .select({ one: sql`1` })
          .from(consultations)
          .where(and(eq(consultations.id, appointments.consultationId), consultationVisibleTo(scope))),
      ),
    ),
  );
}

export const appointmentPolicy: RecordPolicy = {
  entity: "appointment",
  visibleTo: (scope) => appointmentVisibleTo(scope),
};
