import type { Appointment, ConsultationSchedule } from "@otagai/shared/consultation/appointments";
import type { AppointmentRow, ScheduleRow } from "./appointments.repository.ts";

/** An instant as ISO 8601 in Japan time ("2026-12-08T10:00:00+09:00"): the desk reads Japan times. */
export function japanIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + 9 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+09:00`;
}

export function presentAppointment(row: AppointmentRow): Appointment {
  return {
    id: row.id,
    scheduleId: row.scheduleId,
    startsAt: japanIso(row.startsAt),
    endsAt: japanIso(row.endsAt),
    room: row.room,
    consultantId: row.consultantId,
    consultantName: row.consultantName,
    channel: row.channel as Appointment["channel"],
    consultationId: row.consultationId,
    requestId: row.requestId,
    participantId: row.participantId,
    personName: row.personName,
    personPhone: row.personPhone,
    purpose: row.purpose,
    status: row.status as Appointment["status"],
    cancelReason: row.cancelReason,
    version: row.version,
  };
}

const hhmm = (time: string) => time.slice(0, 5);

export function presentSchedule(row: ScheduleRow): ConsultationSchedule {
  return {
    id: row.id,
    name: row.name,
    recurrence: row.recurrence,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    dayStartsAt: hhmm(row.dayStartsAt),
    dayEndsAt: hhmm(row.dayEndsAt),
    slotMinutes: row.slotMinutes,
    room: row.room,
    consultantId: row.consultantId,
    consultantName: row.consultantName,
    categoryId: row.categoryId,
    active: row.active,
    version: row.version,
  };
}
