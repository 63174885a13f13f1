// Retention's demo data (issue 14): the outcomes demo has two outcomes, too few for a curve. Thirty
// more work outcomes of earlier cases (any program), all started at least 40 days ago (before the reports'
// demo freezes its submitted figures), with their retention follow-ups done as scheduled up
// to today: about a third stop at their first or second follow-up, with a reason,
// the others are still working at their last one. Follow-ups after a stop, or due within the next
// month, are not made (nothing overdue or due soon on anyone's "today" list). Dates relative to today.
import type { OutcomeType, StoppedReason } from "@otagai/shared/support/outcomes";
import { and, asc, isNull, lte, sql } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { cases } from "../../support/cases/cases.tables.ts";
import { followUpSchedule } from "../../support/outcomes/follow-up-schedule.ts";
import { insertFollowUps, insertOutcome } from "../../support/outcomes/outcomes.repository.ts";
import { caseOutcomes } from "../../support/outcomes/outcomes.tables.ts";

export const retentionDemoOutcomes = 30;
const types: OutcomeType[] = ["part_time", "general_employment", "collective_member"];
export const retentionDemoEmployers = [
  "弁当店 こだま（架空）",
  "物流センター 港北（架空）",
  "ワーカーズ・コレクティブ 菜の花キッチン",
];
/** The reasons chosen at the stops, in turn (health twice: the most common). */
const reasons: StoppedReason[] = [
  "health",
  "relationships",
  "personal",
  "conditions",
  "health",
  "workload",
  "contract_ended",
];

/** Whether the i-th outcome stops, and at which of its done follow-ups (0: the first). */
export function stopOf(i: number): number | null {
  if (i % 3 !== 0) return null;
  return i % 2 === 0 ? 0 : 1;
}

export async function loadRetentionDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const latestStart = addDays(today, -40);
  const createdBy = context.userIdByRole.get("coordinator") ?? null;
  // Cases opened at least 100 days ago, without an outcome yet.
  const chosen = await tx
    .select({ id: cases.id, openedOn: cases.openedOn })
    .from(cases)
    .leftJoin(caseOutcomes, sql`${caseOutcomes.caseId} = ${cases.id}`)
    .where(and(lte(cases.openedOn, addDays(today, -100)), isNull(caseOutcomes.id)))
    .orderBy(asc(cases.openedOn), asc(cases.id))
    .limit(retentionDemoOutcomes);
  for (const [i, demoCase] of chosen.entries()) {
    const planned = addDays(demoCase.openedOn, 20 + (i % 6) * 9);
    const startedOn = planned < latestStart ? planned : addDays(latestStart, -(i % 5) * 10);
    const outcomeType = types[i % types.length] ?? "part_time";
    const outcome = await insertOutcome(tx, {
      caseId: demoCase.id,
      outcomeType,
      employerName: retentionDemoEmployers[i % retentionDemoEmployers.length] ?? "",
      startedOn,
      hoursPerWeek: 16 + (i % 4) * 4,
      contractForm: outcomeType === "collective_member" ? "collective_member" : "part_time",
      notes: "",
      createdBy,
    });
    const stopAt = stopOf(i);
    const rows = [];
    let doneCount = 0;
    for (const entry of followUpSchedule(outcomeType, startedOn)) {
      const done = entry.dueOn <= addDays(today, -3);
      if (!done && entry.dueOn <= addDays(today, 30)) continue;
      const stops = done && stopAt === doneCount;
      rows.push({
        ...entry,
        outcomeId: outcome.id,
        ...(done
          ? {
              doneOn: addDays(entry.dueOn, i % 3),
              stillWorking: !stops,
              stoppedOn: stops ? addDays(entry.dueOn, -(12 + (i % 4) * 5)) : null,
              stoppedReason: stops ? (reasons[i % reasons.length] ?? "other") : null,
              concerns: stops ? "" : "特になし。",
              supportGiven: "電話で近況を確認。",
              updatedBy: createdBy,
            }
          : {}),
      });
      if (done) doneCount += 1;
      if (stops) break;
    }
    await insertFollowUps(tx, rows);
  }
}

/** After the outcomes (50) and placements (60), before the reports' demo (90) freezes its figures. */
export const retentionDemoContribution: DemoContribution = {
  area: "reports.retention",
  order: 85,
  load: loadRetentionDemoData,
};
