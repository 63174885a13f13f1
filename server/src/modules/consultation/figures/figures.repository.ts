import { and, asc, count, eq, gte, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../../../platform/db/client.ts";
import { appointments } from "../appointments/appointments.tables.ts";
import { consultationCategories, consultations } from "../consultations.tables.ts";
import { advisors, agencies, referrals } from "../referrals/referrals.tables.ts";

/**
 * The desk's figures, read-only aggregates straight from the tables of the desk's modules: every
 * number here is a GROUP BY in the database, no row is loaded to be counted in JavaScript.
 * A period is two days in Japan, both included; timestamps are cut at Japan's midnights.
 */
export type Period = { from: string; to: string };

const startOfDayInJapan = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Tokyo')`;
/** The moment range [from 00:00, to + 1 day 00:00) in Japan, for a timestamp column. */
function inJapanDays(column: AnyPgColumn, period: Period): SQL | undefined {
  return and(
    gte(column, startOfDayInJapan(period.from)),
    lt(column, sql`${startOfDayInJapan(period.to)} + interval '1 day'`),
  );
}
/** The month in Japan, "YYYY-MM", of a timestamp column. */
const monthInJapan = (column: AnyPgColumn) =>
  sql<string>`to_char(${column} at time zone 'Asia/Tokyo', 'YYYY-MM')`;

const asInt = (expression: SQL) => sql<number>`(${expression})::int`;

export async function countConsultations(db: Database, period: Period) {
  const [row] = await db
    .select({
      total: asInt(sql`count(*)`),
      minutes: asInt(sql`coalesce(sum(${consultations.minutes}), 0)`),
      withMinutes: asInt(sql`count(${consultations.minutes})`),
    })
    .from(consultations)
    .where(inJapanDays(consultations.consultedAt, period));
  return row ?? { total: 0, minutes: 0, withMinutes: 0 };
}

/** Every category in the desk's order, with its count: those in use, and others counted in the period. */
export function countConsultationsByCategory(db: Database, period: Period) {
  return db
    .select({
      categoryId: consultationCategories.id,
      code: consultationCategories.code,
      name: consultationCategories.name,
      count: asInt(sql`count(${consultations.id})`),
      minutes: asInt(sql`coalesce(sum(${consultations.minutes}), 0)`),
    })
    .from(consultationCategories)
    .leftJoin(
      consultations,
      and(
        eq(consultations.categoryId, consultationCategories.id),
        inJapanDays(consultations.consultedAt, period),
      ),
    )
    .groupBy(consultationCategories.id)
    .having(or(eq(consultationCategories.active, true), sql`count(${consultations.id}) > 0`))
    .orderBy(asc(consultationCategories.sortOrder), asc(consultationCategories.name));
}

export function countConsultationsByChannel(db: Database, period: Period) {
  return db
    .select({ channel: consultations.channel, count: asInt(sql`count(*)`) })
    .from(consultations)
    .where(inJapanDays(consultations.consultedAt, period))
    .groupBy(consultations.channel);
}

/** null: no outcome route recorded (counted apart). */
export function countConsultationsByOutcomeRoute(db: Database, period: Period) {
  return db
    .select({ route: consultations.outcomeRoute, count: asInt(sql`count(*)`) })
    .from(consultations)
    .where(inJapanDays(consultations.consultedAt, period))
    .groupBy(consultations.outcomeRoute);
}

/** A consultation counts once under each concern topic it names (unnest of concern_topics). */
export function countConsultationsByConcernTopic(db: Database, period: Period) {
  const named = db
    .select({ topic: sql<string>`unnest(${consultations.concernTopics})`.as("topic") })
    .from(consultations)
    .where(inJapanDays(consultations.consultedAt, period))
    .as("named");
  return db
    .select({ topic: named.topic, count: asInt(sql`count(*)`) })
    .from(named)
    .groupBy(named.topic);
}

export function countConsultationsByMonth(db: Database, period: Period) {
  const month = monthInJapan(consultations.consultedAt);
  return db
    .select({
      month,
      count: asInt(sql`count(*)`),
      minutes: asInt(sql`coalesce(sum(${consultations.minutes}), 0)`),
    })
    .from(consultations)
    .where(inJapanDays(consultations.consultedAt, period))
    .groupBy(month);
}

const referredIn = (period: Period) =>
  and(gte(referrals.referredOn, period.from), lte(referrals.referredOn, period.to));

export function countReferralsByStatus(db: Database, period: Period) {
  return db
    .select({ status: referrals.status, count: count() })
    .from(referrals)
    .where(referredIn(period))
    .groupBy(referrals.status);
}

/**
 * Referrals per agency and status: every agency in use (a row with a null status when none was
 * referred to it), and any other referred to in the period.
 */
export function countReferralsByAgency(db: Database, period: Period) {
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      status: referrals.status,
      count: asInt(sql`count(${referrals.id})`),
    })
    .from(agencies)
    .leftJoin(referrals, and(eq(referrals.agencyId, agencies.id), referredIn(period)))
    .groupBy(agencies.id, referrals.status)
    .having(or(eq(agencies.active, true), sql`count(${referrals.id}) > 0`))
    .orderBy(asc(agencies.name));
}

/** The same for the advisors on contract (escalations). */
export function countReferralsByAdvisor(db: Database, period: Period) {
  return db
    .select({
      id: advisors.id,
      name: advisors.name,
      status: referrals.status,
      count: asInt(sql`count(${referrals.id})`),
    })
    .from(advisors)
    .leftJoin(referrals, and(eq(referrals.advisorId, advisors.id), referredIn(period)))
    .groupBy(advisors.id, referrals.status)
    .having(or(eq(advisors.active, true), sql`count(${referrals.id}) > 0`))
    .orderBy(asc(advisors.name));
}

/** Appointments per month (of their start, in Japan) and status. */
export function countAppointmentsByMonth(db: Database, period: Period) {
  const month = monthInJapan(appointments.startsAt);
  return db
    .select({ month, status: appointments.status, count: asInt(sql`count(*)`) })
    .from(appointments)
    .where(inJapanDays(appointments.startsAt, period))
    .groupBy(month, appointments.status);
}

/** Every breakdown from one snapshot (repeatable read), so the totals agree with each other. */
export function countFigures(db: Database, period: Period) {
  return db.transaction(
    async (tx) => ({
      consultations: await countConsultations(tx, period),
      byCategory: await countConsultationsByCategory(tx, period),
      byChannel: await countConsultationsByChannel(tx, period),
      byOutcomeRoute: await countConsultationsByOutcomeRoute(tx, period),
      byConcernTopic: await countConsultationsByConcernTopic(tx, period),
      byMonth: await countConsultationsByMonth(tx, period),
      referralsByStatus: await countReferralsByStatus(tx, period),
      referralsByAgency: await countReferralsByAgency(tx, period),
      referralsByAdvisor: await countReferralsByAdvisor(tx, period),
      appointmentsByMonth: await countAppointmentsByMonth(tx, period),
    }),
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
export type FigureCounts = Awaited<ReturnType<typeof countFigures>>;
