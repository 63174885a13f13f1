// The reports' demo data (issue 14): the support demo's cases are drawn at random relative to today,
// so a month may have no work started in the demo coordinator's program. Three more fictional people
// join 横浜市就労準備支援事業 (yokohama-readiness) early in the last month that ended: each case takes its
// intake, first plan (with a work goal) and conference in that month; two of them start work (with
// more income) and one a work-experience placement before the month is out, with a few support
// contacts. So the last month's report has every figure of the contract, 就労者数 at least two. The
// month before it is submitted (its figures frozen as they are at seed time, the live figures).
import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import { and, eq } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../platform/demo-data.ts";
import { addDays, atJapanTime, daysBetween } from "../../test/scale/dates.ts";
import {
  findFundingStreams,
  insertCases,
  insertParticipants,
  leadOf,
  type SupportStaff,
} from "../../test/scale/insert.ts";
import { participantWithFirstCase } from "../../test/scale/seed.ts";
import { generatorSettings } from "../../test/scale/settings.ts";
import { contracts } from "../programs/programs.tables.ts";
import { activities } from "../support/activities/activities.tables.ts";
import { followUpSchedule } from "../support/outcomes/follow-up-schedule.ts";
import { insertFollowUps, insertOutcome } from "../support/outcomes/outcomes.repository.ts";
import { insertAttendance } from "../support/placements/attendance.repository.ts";
import { eachDay, weekdayOf } from "../support/placements/placement-calendar.ts";
import { lastDayOf } from "../support/placements/placement-rules.ts";
import { insertPlacement } from "../support/placements/placements.repository.ts";
import { partnerWorkplaces } from "../support/workplaces/workplaces.tables.ts";
import * as contractReports from "./contracts/contract-reports.repository.ts";
import { computeReportRows, indicatorsOf } from "./contracts/contract-reports.service.ts";
import { reportPeriods } from "./contracts/report-periods.ts";

export const reportsDemoProgram = "yokohama-readiness";
/** The workplace of the demo month's placement (a demo workplace, by name). */
const placementWorkplace = "リサイクルショップ ワーカーズ めぐる";

/** "2026-11" → "2026-10". */
export function monthBefore(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, "0")}`;
}

/** The last month that has ended on `today` (the demo's month with every figure). */
export function reportsDemoMonth(today: string): string {
  return monthBefore(today.slice(0, 7));
}

async function addPeople(tx: DemoTransaction, context: DemoContext, first: string) {
  const today = context.todayInJapan;
  const coordinator = context.userIdByRole.get("coordinator") ?? null;
  const staff: SupportStaff = {
    programIdByCode: context.programIdByCode,
    coordinatorsByProgram: new Map([[reportsDemoProgram, coordinator ? [coordinator] : []]]),
    fundingStreamsByProgram: await findFundingStreams(tx),
  };
  const settings = generatorSettings({
    seed: "otagai-reports-demo",
    today,
    windowStart: addDays(first, -60),
    duplicateRate: 0,
    ids: "random",
  });
  // Opened on the 1st, 2nd and 3rd: intake that day, plan 13 days later, active 18 days later.
  const generated = [0, 1, 2].map((index) =>
    participantWithFirstCase(settings, index, 3, {
      programCode: reportsDemoProgram,
      openedDaysAgo: daysBetween(addDays(first, index), today),
      holdAt: "evaluation",
    }),
  );
  await insertParticipants(
    tx,
    generated.map(({ participant, firstCase }) => ({ participant, createdBy: leadOf(staff, firstCase) })),
  );
  await insertCases(
    tx,
    staff,
    generated.map((entry) => entry.firstCase),
  );
  return generated.map((entry) => entry.firstCase);
}

const workStarts = [
  {
    outcomeType: "part_time",
    employerName: "ベーカリー 日の出台店（架空）",
    hoursPerWeek: 20,
    contractForm: "part_time",
    incomeBeforeYen: 0,
    incomeAfterYen: 72_000,
    notes: "パンの包装と品出し。週5日、午前中。",
  },
  {
    outcomeType: "general_employment",
    employerName: "株式会社みなと物流サービス（架空）",
    hoursPerWeek: 30,
    contractForm: "fixed_term",
    incomeBeforeYen: 20_000,
    incomeAfterYen: 128_000,
    notes: "倉庫での仕分け。有期雇用、更新あり。",
  },
] as const;

/** Writes the three people's month in the demo transaction, then submits the month before's report. */
export async function loadReportsDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const coordinator = context.userIdByRole.get("coordinator") ?? null;
  const month = reportsDemoMonth(today);
  const first = `${month}-01`;
  const added = await addPeople(tx, context, first);

  for (const [index, start] of workStarts.entries()) {
    const supportCase = added[index];
    if (!supportCase) continue;
    const outcome = await insertOutcome(tx, {
      caseId: supportCase.id,
      ...start,
      startedOn: addDays(first, 22 + index * 2),
      createdBy: coordinator,
    });
    await insertFollowUps(
      tx,
      followUpSchedule(outcome.outcomeType, outcome.startedOn).map((entry) => ({
        ...entry,
        outcomeId: outcome.id,
      })),
    );
  }

  const placed = added[2];
  const [workplace] = await tx
    .select({ id: partnerWorkplaces.id, workDays: partnerWorkplaces.workDays })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.name, placementWorkplace));
  if (placed && workplace) {
    const startOn = addDays(first, 21);
    const placement = await insertPlacement(tx, {
      caseId: placed.id,
      workplaceId: workplace.id,
      employmentType: "nonEmployed",
      startOn,
      termCount: 1,
      termMonths: 3,
      endOn: lastDayOf(startOn, 3),
      workDays: workplace.workDays.slice(0, 3),
      hoursFrom: "10:00",
      hoursTo: "14:00",
      tasks: "古着の仕分けと値札付け、店内の清掃",
      supervisorName: "村上 多恵子",
      coordinatorId: coordinator,
      transportNotes: "交通費は実費",
      guidanceNotes: "最初の週は支援員が同行する。",
      status: "ongoing",
      createdBy: coordinator,
    });
    const days = eachDay(startOn, addDays(today, -1)).filter((day) =>
      placement.workDays.includes(weekdayOf(day)),
    );
    for (const day of days)
      await insertAttendance(tx, {
        placementId: placement.id,
        day,
        status: "present",
        hours: 4,
        absenceReason: "",
        note: "",
        recordedBy: coordinator,
        recordedVia: "staff",
      });
  }

  // Support contacts in the month: an interview after each plan, a phone call before the start.
  await tx.insert(activities).values(
    added.flatMap((supportCase, index) => [
      {
        participantId: supportCase.participantId,
        caseId: supportCase.id,
        occurredAt: new Date(atJapanTime(addDays(first, 15 + index), 14 * 60)),
        type: "interview",
        minutes: 60,
        staffId: coordinator,
        notes: "プランの内容を一緒に確認した。",
        createdBy: coordinator,
      },
      {
        participantId: supportCase.participantId,
        caseId: supportCase.id,
        occurredAt: new Date(atJapanTime(addDays(first, 20 + index), 10 * 60)),
        type: "phone",
        minutes: 15,
        staffId: coordinator,
        notes: "初日の持ち物と集合時間を確認した。",
        createdBy: coordinator,
      },
    ]),
  );

  await submitMonthBefore(tx, context, monthBefore(month));
}

/** The program's monthly report of `month`, submitted by the manager with the live figures. */
async function submitMonthBefore(tx: DemoTransaction, context: DemoContext, month: string) {
  const programId = context.programIdByCode.get(reportsDemoProgram);
  const manager = context.userIdByRole.get("manager");
  const fiscalYear = fiscalYearOf(`${month}-01`);
  if (!programId || !manager || fiscalYear === null) return;
  const [contract] = await tx
    .select({ id: contracts.id, indicators: contracts.indicators })
    .from(contracts)
    .where(and(eq(contracts.programId, programId), eq(contracts.fiscalYear, fiscalYear)));
  if (!contract) return;
  const rows = await computeReportRows(
    tx,
    indicatorsOf(contract.indicators),
    { programId, fundingStreamId: null },
    reportPeriods(fiscalYear, "monthly", month),
  );
  await contractReports.insertSubmission(
    tx,
    { contractId: contract.id, kind: "monthly", month: `${month}-01`, fundingStreamId: null },
    rows,
    manager,
  );
}

/** Last: after every area's records (the support demo's cases, 30, to the desk's, 76), so the submitted figures are the live ones. */
export const reportsDemoContribution: DemoContribution = {
  area: "reports",
  order: 90,
  load: loadReportsDemoData,
};
