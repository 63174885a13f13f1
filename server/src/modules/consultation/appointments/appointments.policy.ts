import { and, eq, exists, isNull, or, type SQL, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import {
  type AccessScope,
  isLimitedToPrograms,
  type RecordPolicy,
} from "../../../platform/access/access-scope.ts";
import { namedParticipantVisibleTo } from "../../support/participants/participants.policy.ts";
import { consultationVisibleTo } from "../consultations.policy.ts";
import { consultations } from "../consultations.tables.ts";
import { appointments } from "./appointments.tables.ts";

/**
 * Which appointments a user reaches (ADR 014, ADR 027), as the consultations they come from: not
 * limited to programs, every one; limited, those whose participant (if any) and consultation (if
 * any) the user reaches: the desk's own bookings (a new person, a public request) and those of
 * their programs' participants. Another booking still takes its slot in the calendar, without a
 * name, and answers 404 when named.
 */
export function appointmentVisibleTo(scope: AccessScope): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  return and(
    namedParticipantVisibleTo(scope, appointments.participantId),
    or(
      isNull(appointments.consultationId),
      exists(
        new QueryBuilder()
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
