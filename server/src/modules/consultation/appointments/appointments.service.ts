// bookAppointment(tx: Transaction, actor: Actor & { id: string }, input: BookAppointmentValues,
//   scope?: AccessScope): Promise<Appointment> — books in the caller's transaction (a public request
//   turned into an appointment calls it with person { kind: "request", requestId }).
import type {
  Appointment,
  bookAppointmentInputSchema,
  cancelAppointmentInputSchema,
  markAppointmentInputSchema,
  moveAppointmentInputSchema,
} from "@otagai/shared/consultation/appointments";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { sqlStateOf } from "../../../platform/db/errors.ts";
import { AppError, type FieldProblem } from "../../../platform/http/app-error.ts";
import { findUserStatus } from "../consultations.repository.ts";
import { appointmentPersonOf } from "./appointment-people.ts";
import { presentAppointment } from "./appointments.presenter.ts";
import * as repository from "./appointments.repository.ts";
import { appointmentOverlapConstraints } from "./appointments.tables.ts";
import { closedReason, expandScheduleDays, slotTimesOf } from "./consultation-days.ts";

export type BookAppointmentValues = z.output<typeof bookAppointmentInputSchema>;
type MoveAppointment = z.output<typeof moveAppointmentInputSchema>;
type CancelAppointment = z.output<typeof cancelAppointmentInputSchema>;
type MarkAppointment = z.output<typeof markAppointmentInputSchema>;

/** A transaction (the audit entry goes in with the change). */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export const appointmentEntity = "appointment";
const exclusionViolation = "23P01";

/** The appointment, if `reader` reaches it: 404 otherwise, as one that does not exist. */
export async function requireAppointment(
  db: Database,
  reader: repository.AppointmentReader,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<repository.AppointmentRow> {
  const row = await repository.getAppointment(db, reader, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The name of the constraint a driver error names (pg and PGlite both carry it), through Drizzle's wrapper. */
function constraintOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const constraint = (current as { constraint?: unknown }).constraint;
    if (typeof constraint === "string") return constraint;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The database refused an overlapping booking: a clear 409 saying whether the consultant or the room is taken. */
export function appointmentConflictOf(error: unknown, path = "body"): AppError | undefined {
  if (sqlStateOf(error) !== exclusionViolation) return undefined;
  const conflict = constraintOf(error) === appointmentOverlapConstraints.room ? "room" : "consultant";
  const field: FieldProblem =
    conflict === "room"
      ? { path: `${path}.room`, code: "taken", messageKey: "appointmentRoomTaken" }
      : { path: `${path}.consultantId`, code: "taken", messageKey: "appointmentConsultantTaken" };
  return new AppError("APPOINTMENT_CONFLICT", [field], {}, undefined, { conflict });
}

type BookingTime = { startsAt: string; endsAt: string; scheduleId: string | null; consultantId: string };

/**
 * What the schemas cannot check of a time: not in the past; the consultant an active internal account;
 * a schedule's slot on a day the schedule falls on and the desk is open (holidays, 12/29–1/3 and
 * closed days refused), at one of its slot times.
 */
async function checkBookingTime(db: Database, input: BookingTime, path: string, now: Date): Promise<void> {
  const problems: FieldProblem[] = [];
  if (Date.parse(input.startsAt) < now.getTime())
    problems.push({ path: `${path}.startsAt`, code: "past", messageKey: "appointmentInPast" });
  const consultant = await findUserStatus(db, input.consultantId);
  if (consultant?.status !== "active" || consultant.role === "partner")
    problems.push({ path: `${path}.consultantId`, code: "not_found", messageKey: "invalidOption" });
  if (input.scheduleId !== null) {
    const schedule = await repository.getSchedule(db, input.scheduleId);
    if (!schedule?.active)
      problems.push({ path: `${path}.scheduleId`, code: "not_found", messageKey: "invalidOption" });
    else {
      const startsAt = new Date(input.startsAt);
      const day = new Date(startsAt.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
      const closedDays = new Set((await repository.findClosedDays(db, day, day)).map((row) => row.date));
      const isSlot = slotTimesOf(day, schedule).some(
        (slot) =>
          Date.parse(slot.startsAt) === startsAt.getTime() &&
          Date.parse(slot.endsAt) === Date.parse(input.endsAt),
      );
      if (closedReason(day, closedDays) !== null)
        problems.push({ path: `${path}.startsAt`, code: "closed", messageKey: "appointmentDayClosed" });
      else if (!isSlot || expandScheduleDays(schedule, day, day, closedDays).length === 0)
        problems.push({ path: `${path}.startsAt`, code: "not_a_slot", messageKey: "appointmentNotASlot" });
    }
  }
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", problems);
}

/** For a caller that books after writing to the audit trail: hold the book first (advisoryLocks' order). */
export const holdAppointmentBook = (tx: Transaction) => repository.holdAppointmentBook(tx);

/** Inserts, turning the database's overlap refusal into APPOINTMENT_CONFLICT (the caller's transaction aborts). */
async function insertOrConflict(db: Database, values: repository.AppointmentValues, path: string) {
  try {
    // A savepoint: the refusal must not be mistaken for another error of the surrounding transaction.
    return await db.transaction((savepoint) => repository.insertAppointment(savepoint, values));
  } catch (error) {
    throw appointmentConflictOf(error, path) ?? error;
  }
}

/**
 * Books an appointment in the caller's transaction; see the comment at the top of the file. A
 * caller that writes an audit entry before booking holds the appointment book first itself.
 */
export async function bookAppointment(
  tx: Transaction,
  actor: Actor & { id: string },
  input: BookAppointmentValues,
  scope?: AccessScope,
  options: { path?: string; now?: Date } = {},
): Promise<Appointment> {
  const path = options.path ?? "body";
  await repository.holdAppointmentBook(tx);
  await checkBookingTime(tx, input, path, options.now ?? new Date());
  const person = await appointmentPersonOf(tx, scope, input.person);
  const id = await insertOrConflict(
    tx,
    {
      scheduleId: input.scheduleId,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      room: input.room,
      consultantId: input.consultantId,
      channel: input.channel,
      ...person,
      purpose: input.purpose,
      createdBy: actor.id,
    },
    path,
  );
  await recordAudit(tx, actor, {
    action: "create",
    entity: appointmentEntity,
    recordId: id,
    changedFields: ["startsAt", "endsAt", "room", "consultantId", "channel", "person", "purpose"],
  });
  return presentAppointment(await requireAppointment(tx, "everyone", id));
}

export function createAppointment(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  input: BookAppointmentValues,
): Promise<Appointment> {
  return db.transaction((tx) => bookAppointment(tx, actor, input, scope));
}

async function requireBooked(tx: Database, scope: AccessScope, id: string, version: number) {
  const current = await requireAppointment(tx, scope, id, { forUpdate: true });
  if (current.version !== version) throw new AppError("STALE_UPDATE");
  if (current.status !== "booked")
    throw new AppError("VALIDATION_FAILED", [
      { path: "body", code: "not_booked", messageKey: "appointmentNotBooked" },
    ]);
  return current;
}

async function change(
  tx: Transaction,
  actor: Actor,
  current: repository.AppointmentRow,
  values: Partial<repository.AppointmentValues>,
): Promise<Appointment> {
  let saved: boolean;
  try {
    saved = await tx.transaction((savepoint) => repository.updateAppointment(savepoint, current, values));
  } catch (error) {
    throw appointmentConflictOf(error) ?? error;
  }
  if (!saved) throw new AppError("STALE_UPDATE");
  await recordAudit(tx, actor, {
    action: "update",
    entity: appointmentEntity,
    recordId: current.id,
    changedFields: Object.keys(values),
  });
  return presentAppointment(await requireAppointment(tx, "everyone", current.id));
}

/** A new time, room or consultant (version-checked; the same overlap and day rules as booking). */
export function moveAppointment(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: MoveAppointment,
) {
  return db.transaction(async (tx) => {
    await repository.holdAppointmentBook(tx);
    const current = await requireBooked(tx, scope, id, input.version);
    await checkBookingTime(tx, input, "body", new Date());
    return change(tx, actor, current, {
      scheduleId: input.scheduleId,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      room: input.room,
      consultantId: input.consultantId,
    });
  });
}

export function cancelAppointment(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: CancelAppointment,
) {
  return db.transaction(async (tx) => {
    const current = await requireBooked(tx, scope, id, input.version);
    return change(tx, actor, current, { status: "cancelled", cancelReason: input.reason });
  });
}

/** Kept or missed: the figures count them. */
export function markAppointment(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: MarkAppointment,
) {
  return db.transaction(async (tx) => {
    // A new status writes new entries into the overlap constraints' indexes: checked like a booking.
    await repository.holdAppointmentBook(tx);
    const current = await requireBooked(tx, scope, id, input.version);
    return change(tx, actor, current, { status: input.status });
  });
}
