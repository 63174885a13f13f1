import type { appointmentPersonSchema } from "@otagai/shared/consultation/appointments";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { getVisibleParticipant } from "../../support/participants/participants.repository.ts";
import { participants } from "../../support/participants/participants.tables.ts";
import { getConsultation } from "../consultations.repository.ts";
import { consultations } from "../consultations.tables.ts";
import { consultationRequests } from "../requests/requests.tables.ts";

type PersonInput = z.output<typeof appointmentPersonSchema>;

/** Who an appointment is for, as stored: the links kept, the name and phone copied for the day list. */
export type AppointmentPerson = {
  consultationId: string | null;
  requestId: string | null;
  participantId: string | null;
  personName: string;
  personPhone: string;
};

const fullName = (row: { familyName: string; givenName: string }) =>
  row.givenName === "" ? row.familyName : `${row.familyName} ${row.givenName}`;

async function ofConsultation(db: Database, scope: AccessScope | undefined, id: string) {
  if (scope && !(await getConsultation(db, scope, id))) throw new AppError("NOT_FOUND");
  const [row] = await db
    .select({
      participantId: consultations.participantId,
      personName: consultations.personName,
      personPhone: consultations.personPhone,
      familyName: participants.familyName,
      givenName: participants.givenName,
      phone: participants.phone,
    })
    .from(consultations)
    .leftJoin(participants, eq(participants.id, consultations.participantId))
    .where(eq(consultations.id, id));
  if (!row) throw new AppError("NOT_FOUND");
  const participant =
    row.familyName !== null ? { familyName: row.familyName, givenName: row.givenName ?? "" } : null;
  return {
    consultationId: id,
    requestId: null,
    participantId: row.participantId,
    personName: participant ? fullName(participant) : row.personName,
    personPhone: participant ? (row.phone ?? "") : row.personPhone,
  };
}

/**
 * The person of a booking. A consultation or participant the user does not reach answers 404 (when a
 * scope is given: a caller without one has checked access itself, e.g. converting a public request).
 */
export async function appointmentPersonOf(
  db: Database,
  scope: AccessScope | undefined,
  person: PersonInput,
): Promise<AppointmentPerson> {
  switch (person.kind) {
    case "consultation":
      return ofConsultation(db, scope, person.consultationId);
    case "request": {
      const [row] = await db
        .select({
          name: consultationRequests.name,
          phone: consultationRequests.phone,
          consultationId: consultationRequests.consultationId,
        })
        .from(consultationRequests)
        .where(eq(consultationRequests.id, person.requestId));
      if (!row) throw new AppError("NOT_FOUND");
      return {
        // A converted request's booking belongs to its consultation too (its page lists it, its
        // policy decides who reads it).
        consultationId: row.consultationId,
        requestId: person.requestId,
        participantId: null,
        personName: row.name,
        personPhone: row.phone,
      };
    }
    case "participant": {
      if (scope && !(await getVisibleParticipant(db, scope, person.participantId)))
        throw new AppError("NOT_FOUND");
      const [row] = await db
        .select({
          familyName: participants.familyName,
          givenName: participants.givenName,
          phone: participants.phone,
        })
        .from(participants)
        .where(eq(participants.id, person.participantId));
      if (!row) throw new AppError("NOT_FOUND");
      return {
        consultationId: null,
        requestId: null,
        participantId: person.participantId,
        personName: fullName(row),
        personPhone: row.phone,
      };
    }
    case "person":
      return {
        consultationId: null,
        requestId: null,
        participantId: null,
        personName: person.name,
        personPhone: person.phone,
      };
  }
}
