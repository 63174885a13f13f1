import { randomUUID } from "node:crypto";
import {
  appointments,
  consultationSchedules,
} from "../../modules/consultation/appointments/appointments.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { buildUser } from "../factories.ts";

export type ScheduleRecord = typeof consultationSchedules.$inferSelect;
export type AppointmentRecord = typeof appointments.$inferSelect;

/** A regular consultation day straight into the database: 2nd and 4th Tuesday, 10:00–16:00, 60 minutes. */
export async function buildSchedule(
  db: Database,
  overrides: Partial<typeof consultationSchedules.$inferInsert> = {},
): Promise<ScheduleRecord> {
  const [row] = await db
    .insert(consultationSchedules)
    .values({
      name: "定例相談（第2・第4火曜）",
      recurrence: "FREQ=MONTHLY;BYDAY=+2TU,+4TU",
      startsOn: "2026-01-01",
      dayStartsAt: "10:00",
      dayEndsAt: "16:00",
      slotMinutes: 60,
      room: "相談室1",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * An appointment straight into the database (fictional person): by default in a room and with a
 * consultant of its own, at a random hour of 2031, so that it overlaps nothing.
 */
export async function buildAppointment(
  db: Database,
  overrides: Partial<typeof appointments.$inferInsert> = {},
): Promise<AppointmentRecord> {
  const startsAt = new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 8000) * 3_600_000);
  const [row] = await db
    .insert(appointments)
    .values({
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      room: `試験室${randomUUID().slice(0, 8)}`,
      consultantId: overrides.consultantId ?? (await buildUser(db, { role: "coordinator" })).id,
      personName: "試験 花子",
      personPhone: "090-1234-5678",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
