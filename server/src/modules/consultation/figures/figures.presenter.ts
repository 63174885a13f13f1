import { consultationChannels } from "@otagai/shared/consultation/consultations";
import { type Figures, figuresOutcomeRoutes } from "@otagai/shared/consultation/figures";
import { type ReferralStatus, referralStatuses } from "@otagai/shared/consultation/referrals";
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import { concernTopics } from "@otagai/shared/support/concern-topics";
import type { FigureCounts, Period } from "./figures.repository.ts";

/** Each month of the period, "YYYY-MM", in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

/** The fiscal year when the period is exactly one (April 1 to March 31), else null. */
function fiscalYearOfPeriod(period: Period): number | null {
  const year = fiscalYearOf(period.from);
  if (year === null) return null;
  const range = fiscalYearRange(year);
  return range.start === period.from && range.end === period.to ? year : null;
}

/** A count per key, zero where the database counted none. */
function countsBy<K extends string>(rows: { key: string | null; count: number }[]) {
  const counts = new Map(rows.map((row) => [row.key, row.count]));
  return (key: K | null) => counts.get(key) ?? 0;
}

function noStatuses(): Record<ReferralStatus, number> {
  return { sent: 0, accepted: 0, declined: 0, result_received: 0, closed: 0 };
}

/** Referral counts by destination and status (one row per pair) as one entry per destination. */
function destinations(
  kind: "agency" | "advisor",
  rows: { id: string; name: string; status: string | null; count: number }[],
): Figures["referrals"]["byDestination"] {
  const byId = new Map<string, Figures["referrals"]["byDestination"][number]>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { kind, id: row.id, name: row.name, total: 0, byStatus: noStatuses() };
    byId.set(row.id, entry);
    const status = referralStatuses.find((candidate) => candidate === row.status);
    if (status) {
      entry.byStatus[status] += row.count;
      entry.total += row.count;
    }
  }
  return [...byId.values()];
}

/**
 * The figures in the contract's shape: every channel, concern topic, outcome route and month of
 * the period listed, zeros included, in the catalog's order; the counts are the database's.
 */
export function presentFigures(period: Period, counts: FigureCounts): Figures {
  const months = monthsOf(period);
  const channel = countsBy(counts.byChannel.map((row) => ({ key: row.channel, count: row.count })));
  const topic = countsBy(counts.byConcernTopic.map((row) => ({ key: row.topic, count: row.count })));
  const route = countsBy(
    counts.byOutcomeRoute.map((row) => ({ key: row.route ?? "unset", count: row.count })),
  );
  const month = new Map(counts.byMonth.map((row) => [row.month, row]));
  const referralStatus = countsBy(
    counts.referralsByStatus.map((row) => ({ key: row.status, count: row.count })),
  );
  const appointments = new Map<string, number>(
    counts.appointmentsByMonth.map((row) => [`${row.month} ${row.status}`, row.count]),
  );
  const appointmentCount = (key: string, status: string) => appointments.get(`${key} ${status}`) ?? 0;
  return {
    period: { from: period.from, to: period.to, fiscalYear: fiscalYearOfPeriod(period) },
    consultations: {
      total: counts.consultations.total,
      minutes: { total: counts.consultations.minutes, recorded: counts.consultations.withMinutes },
      byCategory: counts.byCategory.map((row) => ({
        categoryId: row.categoryId,
        code: row.code,
        name: row.name,
        count: row.count,
        minutes: row.minutes,
      })),
      byChannel: consultationChannels.map((key) => ({ channel: key, count: channel(key) })),
      byConcernTopic: concernTopics.map((key) => ({ topic: key, count: topic(key) })),
      byOutcomeRoute: figuresOutcomeRoutes.map((key) => ({ route: key, count: route(key) })),
      byMonth: months.map((key) => ({
        month: key,
        count: month.get(key)?.count ?? 0,
        minutes: month.get(key)?.minutes ?? 0,
      })),
    },
    referrals: {
      total: referralStatuses.reduce((sum, key) => sum + referralStatus(key), 0),
      byStatus: referralStatuses.map((key) => ({ status: key, count: referralStatus(key) })),
      byDestination: [
        ...destinations("agency", counts.referralsByAgency),
        ...destinations("advisor", counts.referralsByAdvisor),
      ],
    },
    appointments: {
      totals: {
        booked: months.reduce((sum, key) => sum + appointmentCount(key, "booked"), 0),
        kept: months.reduce((sum, key) => sum + appointmentCount(key, "kept"), 0),
        missed: months.reduce((sum, key) => sum + appointmentCount(key, "missed"), 0),
        cancelled: months.reduce((sum, key) => sum + appointmentCount(key, "cancelled"), 0),
      },
      byMonth: months.map((key) => ({
        month: key,
        booked: appointmentCount(key, "booked"),
        kept: appointmentCount(key, "kept"),
        missed: appointmentCount(key, "missed"),
        cancelled: appointmentCount(key, "cancelled"),
      })),
    },
  };
}
