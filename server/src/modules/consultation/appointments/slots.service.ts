// The slots of the regular consultation days (定例相談): each active schedule's days between two dates
// (national holidays, 12/29–1/3 and the office's closed days skipped), cut into slots, each free or
// taken by a booking of the schedule's room or consultant. Helper of the public form: openConsultationDays.
import type { Slot } from "@otagai/shared/consultation/appointments";
import type { Database } from "../../../platform/db/client.ts";
import * as repository from "./appointments.repository.ts";
import { expandScheduleDays, slotTimesOf } from "./consultation-days.ts";

export type OpenConsultationDay = {
  date: string;
  scheduleId: string;
  scheduleName: string;
  freeSlots: number;
};

type Booking = Pick<repository.AppointmentRow, "id" | "startsAt" | "endsAt" | "room" | "consultantId">;

/** The booking overlapping [start, end) in the room or with the consultant, if any. */
function bookingOf(
  bookings: readonly Booking[],
  start: number,
  end: number,
  room: string,
  consultantId: string | null,
): Booking | undefined {
  return bookings.find(
    (booking) =>
      booking.startsAt.getTime() < end &&
      booking.endsAt.getTime() > start &&
      (booking.room === room || (consultantId !== null && booking.consultantId === consultantId)),
  );
}

/** Every slot of the active schedules from `from` to `to` (ISO dates, inclusive), by time then room. */
export async function findSlots(db: Database, from: string, to: string): Promise<Slot[]> {
  if (from > to) return [];
  const [schedules, closed, bookings] = await Promise.all([
    repository.findSchedules(db, { from, to }),
    repository.findClosedDays(db, from, to),
    // Every booking takes its slot, whoever asks (the calendar hides whose it is where it must).
    repository.findAppointments(db, "everyone", { from, to }),
  ]);
  const closedDays = new Set(closed.map((day) => day.date));
  const slots: Slot[] = [];
  for (const schedule of schedules)
    for (const day of expandScheduleDays(schedule, from, to, closedDays))
      for (const time of slotTimesOf(day, schedule)) {
        const booking = bookingOf(
          bookings,
          Date.parse(time.startsAt),
          Date.parse(time.endsAt),
          schedule.room,
          schedule.consultantId,
        );
        slots.push({
          ...time,
          scheduleId: schedule.id,
          scheduleName: schedule.name,
          room: schedule.room,
          consultantId: schedule.consultantId,
          consultantName: schedule.consultantName,
          free: booking === undefined,
          appointmentId: booking?.id ?? null,
        });
      }
  return slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.room.localeCompare(b.room, "ja"));
}

/**
 * The regular consultation days from `from` to `to` (ISO dates, inclusive) that still have a free slot,
 * by date then schedule name: what the public request form offers as preferred days.
 */
export async function openConsultationDays(
  db: Database,
  from: string,
  to: string,
): Promise<OpenConsultationDay[]> {
  const days = new Map<string, OpenConsultationDay>();
  for (const slot of await findSlots(db, from, to)) {
    if (!slot.free) continue;
    const date = slot.startsAt.slice(0, 10);
    const key = `${date} ${slot.scheduleId}`;
    const day = days.get(key) ?? {
      date,
      scheduleId: slot.scheduleId,
      scheduleName: slot.scheduleName,
      freeSlots: 0,
    };
    day.freeSlots += 1;
    days.set(key, day);
  }
  return [...days.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.scheduleName.localeCompare(b.scheduleName, "ja"),
  );
}
