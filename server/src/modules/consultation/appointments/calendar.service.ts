import type {
  Appointment,
  Calendar,
  DayList,
  visitFromConsultationInputSchema,
} from "@otagai/shared/consultation/appointments";
import { holidayName } from "@otagai/shared/japanese/holidays";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { requireConsultation } from "../consultations.service.ts";
import { presentAppointment } from "./appointments.presenter.ts";
import * as repository from "./appointments.repository.ts";
import { appointmentEntity, bookAppointment } from "./appointments.service.ts";
import { closedReason, datesBetween } from "./consultation-days.ts";
import { findSlots } from "./slots.service.ts";

type VisitInput = z.output<typeof visitFromConsultationInputSchema>;

/** Appointments name people: showing them is a read of each (as the consultations list). */
async function auditShown(db: Database, actor: Actor, items: readonly Appointment[]) {
  if (items.length > 0)
    await recordAuditNow(db, actor, {
      action: "read",
      entity: appointmentEntity,
      recordIds: items.map((item) => item.id),
    });
}

/**
 * The slots and bookings from `from` to `to`, and why each closed day is closed. A booking the user
 * does not reach (another program's participant) still takes its slot, shown without its booking.
 */
export async function findCalendar(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  from: string,
  to: string,
): Promise<Calendar> {
  const [allSlots, rows, closed] = await Promise.all([
    findSlots(db, from, to),
    repository.findAppointments(db, scope, { from, to }),
    repository.findClosedDays(db, from, to),
  ]);
  const office = new Map(closed.map((day) => [day.date, day.reason]));
  const closedDays = datesBetween(from, to).flatMap((date) => {
    const kind = closedReason(date, new Set(office.keys()));
    if (kind === null) return [];
    const name =
      kind === "holiday" ? (holidayName(date) ?? "") : kind === "closed" ? (office.get(date) ?? "") : "";
    return [{ date, kind, name }];
  });
  const appointments = rows.map(presentAppointment);
  const shown = new Set(appointments.map((item) => item.id));
  const slots = allSlots.map((slot) =>
    slot.appointmentId === null || shown.has(slot.appointmentId) ? slot : { ...slot, appointmentId: null },
  );
  await auditShown(db, actor, appointments);
  return { from, to, slots, appointments, closedDays };
}

/** The desk's day list: the day's appointments (not the cancelled ones), by time then room. */
export async function findDayList(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  date: string,
): Promise<DayList> {
  const items = (await repository.findAppointments(db, scope, { from: date, to: date })).map(
    presentAppointment,
  );
  await auditShown(db, actor, items);
  return { date, items };
}

/** A consultation's appointments (cancelled ones too), oldest first; 404 for one out of reach. */
export async function findConsultationAppointments(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  consultationId: string,
): Promise<{ items: Appointment[] }> {
  await requireConsultation(db, scope, consultationId);
  const items = (await repository.findAppointmentsOfConsultation(db, scope, consultationId)).map(
    presentAppointment,
  );
  await auditShown(db, actor, items);
  return { items };
}

/** 電話相談から来所相談へ: an in-person appointment for the consultation's person, linked to it. */
export function bookVisitFromConsultation(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  consultationId: string,
  input: VisitInput,
): Promise<Appointment> {
  return db.transaction(async (tx) => {
    await requireConsultation(tx, scope, consultationId);
    return bookAppointment(
      tx,
      actor,
      { ...input, channel: "visit", person: { kind: "consultation", consultationId } },
      scope,
    );
  });
}
