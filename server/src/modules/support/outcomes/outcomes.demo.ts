// Outcomes' demo data: two outcomes on the demo coordinator's cases. One became a member of a worker
// collective about a month ago (income before and after), so its 1-month retention follow-up is due
// within days and shows on the coordinator's "today" list; the other started part-time work about
// four months ago, its 1- and 3-month follow-ups done (still working).
import { addMonths } from "@otagai/shared/japanese/calendar-date";
import { and, asc, desc, eq, inArray, lte, ne, sql } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { cases } from "../cases/cases.tables.ts";
import { partnerWorkplaces } from "../workplaces/workplaces.tables.ts";
import { followUpSchedule } from "./follow-up-schedule.ts";
import { insertFollowUps, insertOutcome } from "./outcomes.repository.ts";
import { caseFollowUps } from "./outcomes.tables.ts";

const demoPrograms = ["yokohama-readiness", "zama-readiness"];

/** Days before today the collective membership started: its 1-month follow-up falls due 0–3 days from today. */
export const demoCollectiveStartedDaysAgo = 28;

/** A case of the demo coordinator's programs that had opened by `startedOn` (their own first). */
async function demoCase(
  tx: DemoTransaction,
  context: DemoContext,
  startedOn: string,
  options: { statuses?: string[]; preferClosed?: boolean; except?: string } = {},
): Promise<string> {
  const coordinator = context.userIdByRole.get("coordinator") ?? null;
  const programIds = demoPrograms.flatMap((code) => context.programIdByCode.get(code) ?? []);
  const [row] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        inArray(cases.programId, programIds),
        lte(cases.openedOn, startedOn),
        options.statuses ? inArray(cases.status, options.statuses) : undefined,
        options.except ? ne(cases.id, options.except) : undefined,
      ),
    )
    .orderBy(
      sql`(${cases.leadCoordinatorId} is not distinct from ${coordinator}) desc`,
      ...(options.preferClosed ? [sql`(${cases.status} = 'closed') desc`] : []),
      desc(cases.openedOn),
      asc(cases.id),
    )
    .limit(1);
  if (!row) throw new Error(`no demo case opened by ${startedOn}`);
  return row.id;
}

/** Writes the two outcomes and their follow-ups in the demo transaction. */
export async function loadOutcomesDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const createdBy = context.userIdByRole.get("coordinator") ?? null;

  const collectiveStart = addDays(today, -demoCollectiveStartedDaysAgo);
  const collectiveCase = await demoCase(tx, context, collectiveStart, { statuses: ["active", "evaluation"] });
  const [kitchen] = await tx
    .select({ id: partnerWorkplaces.id })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.name, "ワーカーズ・コレクティブ 菜の花キッチン"));
  const collective = await insertOutcome(tx, {
    caseId: collectiveCase,
    outcomeType: "collective_member",
    workplaceId: kitchen?.id ?? null,
    employerName: kitchen ? "" : "ワーカーズ・コレクティブ 菜の花キッチン",
    startedOn: collectiveStart,
    hoursPerWeek: 16,
    contractForm: "collective_member",
    incomeBeforeYen: 0,
    incomeAfterYen: 62_000,
    notes: "就労体験のあと組合員に。週4日、1日4時間から。",
    createdBy,
  });
  await insertFollowUps(
    tx,
    followUpSchedule(collective.outcomeType, collective.startedOn).map((entry) => ({
      ...entry,
      outcomeId: collective.id,
    })),
  );

  const partTimeStart = addMonths(today, -4);
  const partTimeCase = await demoCase(tx, context, partTimeStart, {
    preferClosed: true,
    except: collectiveCase,
  });
  const partTime = await insertOutcome(tx, {
    caseId: partTimeCase,
    outcomeType: "part_time",
    employerName: "スーパーマーケット 港南台店（架空）",
    startedOn: partTimeStart,
    hoursPerWeek: 20,
    contractForm: "part_time",
    incomeBeforeYen: 30_000,
    incomeAfterYen: 85_000,
    notes: "品出しのパート。朝の時間帯。",
    createdBy,
  });
  const schedule = followUpSchedule(partTime.outcomeType, partTime.startedOn);
  await insertFollowUps(
    tx,
    schedule.map((entry) => ({ ...entry, outcomeId: partTime.id })),
  );
  const done: Record<number, Partial<typeof caseFollowUps.$inferInsert>> = {
    1: {
      hoursPerWeek: 16,
      concerns: "立ち仕事で足が疲れる。",
      supportGiven: "休憩の取り方を店長と相談。",
      nextStep: "3か月で様子を聞く。",
    },
    3: {
      hoursPerWeek: 20,
      concerns: "特になし。",
      supportGiven: "電話で近況を確認。",
      nextStep: "6か月の面談を予定。",
    },
  };
  for (const entry of schedule) {
    const values = done[entry.offsetMonths];
    if (!values) continue;
    await tx
      .update(caseFollowUps)
      .set({
        ...values,
        doneOn: addDays(entry.dueOn, 2),
        stillWorking: true,
        updatedBy: createdBy,
      })
      .where(
        and(eq(caseFollowUps.outcomeId, partTime.id), eq(caseFollowUps.offsetMonths, entry.offsetMonths)),
      );
  }
}

/** After the support area's cases (30) and the partner workplaces (40). */
export const outcomesDemoContribution: DemoContribution = {
  area: "support.outcomes",
  order: 50,
  load: loadOutcomesDemoData,
};
