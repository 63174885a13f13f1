import { referralStatuses } from "@otagai/shared/consultation/referrals";
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import { prospectStages } from "@otagai/shared/network/prospects";
import { type Dashboard, type DashboardQuery, dashboardIndicators } from "@otagai/shared/reports/dashboard";
import { partOf } from "@otagai/shared/reports/indicators";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import {
  countConsultations,
  countConsultationsByMonth,
  countReferralsByStatus,
} from "../../consultation/figures/figures.repository.ts";
import { countMembersOn } from "../../network/members/members.repository.ts";
import { countNetworkRequests } from "../../network/requests/requests.repository.ts";
import { findPrograms } from "../../programs/programs.repository.ts";
import { fiscalYearMonths } from "../contracts/report-periods.ts";
import type { Period } from "../indicators/indicator-rows.ts";
import { countIndicators } from "../indicators/indicators.repository.ts";
import * as repository from "./dashboard.repository.ts";

/** The fiscal year's days counted: April 1 to March 31, or to today while it runs (null: not begun). */
export function dashboardPeriod(fiscalYear: number, today: string): Period | null {
  const { start, end } = fiscalYearRange(fiscalYear);
  if (start > today) return null;
  return { from: start, to: end < today ? end : today };
}

/** Each month's figure in the months' order: 0 for a month counted with nothing, null for one not begun. */
function inMonths(months: string[], period: Period | null, byMonth: Map<string, number | null> | undefined) {
  return months.map((month) =>
    period && month <= period.to.slice(0, 7) ? (byMonth?.get(month) ?? 0) : null,
  );
}

async function countDesk(db: Database, months: string[], period: Period | null): Promise<Dashboard["desk"]> {
  if (!period)
    return {
      consultations: 0,
      consultationsByMonth: months.map(() => null),
      referrals: 0,
      referralsByStatus: referralStatuses.map((status) => ({ status, count: 0 })),
    };
  const [consultations, byMonth, referrals] = await Promise.all([
    countConsultations(db, period),
    countConsultationsByMonth(db, period),
    countReferralsByStatus(db, period),
  ]);
  const monthly = new Map<string, number | null>(byMonth.map((row) => [row.month, row.count]));
  const byStatus = new Map(referrals.map((row) => [row.status, Number(row.count)]));
  return {
    consultations: consultations.total,
    consultationsByMonth: inMonths(months, period, monthly),
    referrals: [...byStatus.values()].reduce((sum, count) => sum + count, 0),
    referralsByStatus: referralStatuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
  };
}

async function countNetwork(
  db: Database,
  fiscalYear: number,
  period: Period | null,
  today: string,
): Promise<Dashboard["network"]> {
  const yearEnd = fiscalYearRange(fiscalYear).end;
  const membersOn = yearEnd < today ? yearEnd : today;
  const [members, activeWorkplaces, prospects, requests, openActionItems] = await Promise.all([
    countMembersOn(db, membersOn),
    repository.countActiveWorkplaces(db),
    repository.countProspectsByStage(db),
    period ? countNetworkRequests(db, period) : Promise.resolve([]),
    repository.countOpenActionItems(db),
  ]);
  const byStage = new Map(prospects.map((row) => [row.stage, row.count]));
  return {
    members,
    membersOn,
    activeWorkplaces,
    prospectsByStage: prospectStages.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
    requests: requests.reduce((sum, row) => sum + row.count, 0),
    openActionItems,
  };
}

/**
 * The dashboard for a fiscal year (default: today's), for one program or the whole association.
 * Aggregates only, as the desk's figures: not a read of anyone's record, so nothing is audited, and
 * a user limited to programs sees every program's figures too (they name nobody).
 */
export async function getDashboard(
  db: Database,
  query: DashboardQuery,
  today = todayInJapan(),
): Promise<Dashboard> {
  const fiscalYear = query.fiscalYear ?? fiscalYearOf(today) ?? Number(today.slice(0, 4));
  const programs = await findPrograms(db);
  const program = query.programId ? programs.find((row) => row.id === query.programId) : undefined;
  if (query.programId && !program)
    throw new AppError("VALIDATION_FAILED", [
      { path: "querystring.programId", code: "unknown_program", messageKey: "invalidOption" },
    ]);
  const programId = program?.id ?? null;
  const months = fiscalYearMonths(fiscalYear);
  const period = dashboardPeriod(fiscalYear, today);
  const indicators = dashboardIndicators.map((row) => row.indicator);
  const [figures, capacity, years, desk, network] = await Promise.all([
    period ? countIndicators(db, indicators, { programId, fundingStreamId: null }, period) : null,
    repository.sumCapacity(db, fiscalYear, programId),
    repository.findContractYears(db),
    countDesk(db, months, period),
    countNetwork(db, fiscalYear, period, today),
  ]);
  const currentYear = fiscalYearOf(today);
  const fiscalYears = [...new Set([...years, ...(currentYear ? [currentYear] : []), fiscalYear])].sort(
    (a, b) => b - a,
  );
  return {
    fiscalYear,
    period: period ?? { from: fiscalYearRange(fiscalYear).start, to: fiscalYearRange(fiscalYear).start },
    months,
    fiscalYears,
    programs: programs.map((row) => ({ id: row.id, name: row.name })),
    program: program ? { id: program.id, name: program.name } : null,
    rows: dashboardIndicators.map(({ indicator, part }) => {
      const counted = figures?.get(indicator)?.get(part);
      return {
        indicator,
        part,
        measure: partOf(indicator, part)?.measure ?? "records",
        byMonth: inMonths(months, period, counted?.byMonth),
        total: period ? (counted?.total ?? 0) : null,
      };
    }),
    capacity: capacity.capacity,
    contractCount: capacity.contracts,
    desk,
    network,
  };
}
