import { and, asc, eq, getTableColumns, gt, gte, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { advisoryLocks } from "../../../platform/db/advisory-locks.ts";
import type { Database } from "../../../platform/db/client.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { users } from "../../users/users.tables.ts";
import { appointmentVisibleTo } from "./appointments.policy.ts";
import { appointments, consultationClosedDays, consultationSchedules } from "./appointments.tables.ts";

export type ScheduleRecord = typeof consultationSchedules.$inferSelect;
export type ScheduleValues = typeof consultationSchedules.$inferInsert;
export type ScheduleRow = ScheduleRecord & { consultantName: string | null };
export type AppointmentRecord = typeof appointments.$inferSelect;
export type AppointmentValues = typeof appointments.$inferInsert;
export type AppointmentRow = AppointmentRecord & { consultantName: string | null };

/** Japan midnight of a date, as an instant. */
export const japanMidnight = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

// ── Schedules ──────────────────────────────────────────────────────────────────

const scheduleColumns = { ...getTableColumns(consultationSchedules), consultantName: users.displayName };

/** Every schedule (active first, then by name); only the active ones touching [from, to] when given. */
export function findSchedules(db: Database, range?: { from: string; to: string }): Promise<ScheduleRow[]> {
  const where = range
    ? and(
        eq(consultationSchedules.active, true),
        lte(consultationSchedules.startsOn, range.to),
        or(sql`${consultationSchedules.endsOn} is null`, gte(consultationSchedules.endsOn, range.from)),
      )
    : undefined;
  return db
    .select(scheduleColumns)
    .from(consultationSchedules)
    .leftJoin(users, eq(users.id, consultationSchedules.consultantId))
    .where(where)
    .orderBy(
      sql`${consultationSchedules.active} desc`,
      asc(consultationSchedules.name),
      asc(consultationSchedules.id),
    );
}

export async function getSchedule(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ScheduleRow | undefined> {
  const query = db
    .select(scheduleColumns)
    .from(consultationSchedules)
    .leftJoin(users, eq(users.id, consultationSchedules.consultantId))
    .where(eq(consultationSchedules.id, id));
  const [row] = await (options.forUpdate ? query.for("update", { of: consultationSchedules }) : query);
  return row;
}

export async function insertSchedule(db: Database, values: ScheduleValues): Promise<string> {
  const [row] = await db
    .insert(consultationSchedules)
    .values(values)
    .returning({ id: consultationSchedules.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** Version-checked: false when someone saved first. */
export async function updateSchedule(
  db: Database,
  current: { id: string; version: number },
  values: Partial<ScheduleValues>,
): Promise<boolean> {
  const rows = await db
    .update(consultationSchedules)
    .set({ ...values, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(consultationSchedules.id, current.id), eq(consultationSchedules.version, current.version)))
    .returning({ id: consultationSchedules.id });
  return rows.length === 1;
}

// ── Closed days ────────────────────────────────────────────────────────────────

export function findClosedDays(db: Database, from: string, to: string) {
  return db
    .select({ date: consultationClosedDays.closedOn, reason: consultationClosedDays.reason })
    .from(consultationClosedDays)
    .where(and(gte(consultationClosedDays.closedOn, from), lte(consultationClosedDays.closedOn, to)))
    .orderBy(asc(consultationClosedDays.closedOn));
}

/** false when the date was already closed. */
export async function insertClosedDay(
  db: Database,
  values: typeof consultationClosedDays.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(consultationClosedDays)
    .values(values)
    .onConflictDoNothing()
    .returning({ date: consultationClosedDays.closedOn });
  return rows.length === 1;
}

export async function deleteClosedDay(db: Database, date: string): Promise<boolean> {
  const rows = await db
    .delete(consultationClosedDays)
    .where(eq(consultationClosedDays.closedOn, date))
    .returning({ date: consultationClosedDays.closedOn });
  return rows.length === 1;
}

export async function isClosedDay(db: Database, date: string): Promise<boolean> {
  const rows = await findClosedDays(db, date, date);
  return rows.length > 0;
}

// ── Appointments ───────────────────────────────────────────────────────────────

const appointmentColumns = { ...getTableColumns(appointments), consultantName: users.displayName };

/**
 * Who reads: a user's scope (the appointments policy), or `everyone` where the bookings are counted
 * and never shown (the slots they take) or where the caller has just written the row.
 */
export type AppointmentReader = AccessScope | "everyone";
const visibleTo = (reader: AppointmentReader) =>
  reader === "everyone" ? undefined : appointmentVisibleTo(reader);

/** Appointments starting between Japan midnight of `from` and the midnight after `to`, by time. */
export function findAppointments(
  db: Database,
  reader: AppointmentReader,
  range: { from: string; to: string },
  options: { withCancelled?: boolean } = {},
): Promise<AppointmentRow[]> {
  const start = japanMidnight(range.from);
  const end = new Date(japanMidnight(range.to).getTime() + 86_400_000);
  return db
    .select(appointmentColumns)
    .from(appointments)
    .leftJoin(users, eq(users.id, appointments.consultantId))
    .where(
      and(
        lt(appointments.startsAt, end),
        gt(appointments.endsAt, start),
        options.withCancelled ? undefined : ne(appointments.status, "cancelled"),
        visibleTo(reader),
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.room), asc(appointments.id));
}

export async function getAppointment(
  db: Database,
  reader: AppointmentReader,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow | undefined> {
  const query = db
    .select(appointmentColumns)
    .from(appointments)
    .leftJoin(users, eq(users.id, appointments.consultantId))
    .where(and(eq(appointments.id, id), visibleTo(reader)));
  const [row] = await (options.forUpdate ? query.for("update", { of: appointments }) : query);
  return row;
}

export function findAppointmentsOfConsultation(db: Database, scope: AccessScope, consultationId: string) {
  return db
    .select(appointmentColumns)
    .from(appointments)
    .leftJoin(users, eq(users.id, appointments.consultantId))
    .where(and(eq(appointments.consultationId, consultationId), appointmentVisibleTo(scope)))
    .orderBy(asc(appointments.startsAt), asc(appointments.id));
}

/**
 * Waits for the appointment book until the caller's transaction ends (see advisoryLocks): taken
 * before anything that could overlap is written, and before the transaction's first audit entry.
 */
export async function holdAppointmentBook(tx: Database): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${advisoryLocks.appointmentBook}::bigint)`);
}

export async function insertAppointment(db: Database, values: AppointmentValues): Promise<string> {
  const [row] = await db.insert(appointments).values(values).returning({ id: appointments.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** Version-checked: false when someone saved first. */
export async function updateAppointment(
  db: Database,
  current: { id: string; version: number },
  values: Partial<AppointmentValues>,
): Promise<boolean> {
  const rows = await db
    .update(appointments)
    .set({ ...values, updatedAt: new Date(), version: current.version + 1 })
    .where(and(eq(appointments.id, current.id), eq(appointments.version, current.version)))
    .returning({ id: appointments.id });
  return rows.length === 1;
}

/** The audit trail's names of appointments and schedules: "2026-12-08 10:00・相談室1・name". */
export async function findAppointmentNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({
      id: appointments.id,
      at: sql<string>`to_char(${appointments.startsAt} at time zone 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI')`,
      room: appointments.room,
      personName: appointments.personName,
    })
    .from(appointments)
    .where(inArray(appointments.id, uuids));
  return new Map(
    rows.map((row) => [row.id, [row.at, row.room, row.personName].filter((part) => part !== "").join("・")]),
  );
}

export async function findScheduleNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: consultationSchedules.id, name: consultationSchedules.name })
    .from(consultationSchedules)
    .where(inArray(consultationSchedules.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
