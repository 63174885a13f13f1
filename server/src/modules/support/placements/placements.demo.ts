// Placements' demo data (issue 11): three placements of the demo coordinator's cases at demo partner
// workplaces. One ongoing at a certified workplace (菜の花キッチン), its first term over; one planned
// to start in two weeks; one completed two months ago. The ongoing and completed ones have daily
// attendance on their work days (mostly present, a few late or absent with a reason) and both
// sides' evaluations of every finished term. The demo partner account belongs to the ongoing one's
// workplace, so the partner portal has a trainee to record. Dates are relative to today.
import { and, asc, desc, eq, inArray, lte, notInArray, sql } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { getUserById, updateUser } from "../../users/users.repository.ts";
import { cases } from "../cases/cases.tables.ts";
import { partnerWorkplaces } from "../workplaces/workplaces.tables.ts";
import { insertAttendance } from "./attendance.repository.ts";
import { insertEvaluation } from "./evaluations.repository.ts";
import { addDays, eachDay, termsOf, weekdayOf } from "./placement-calendar.ts";
import { lastDayOf } from "./placement-rules.ts";
import { insertPlacement, type PlacementRow } from "./placements.repository.ts";

const demoPrograms = ["yokohama-readiness", "zama-readiness"];

/** The workplaces of the three placements (demo workplaces, by name). */
export const demoPlacementWorkplaces = {
  ongoing: "ワーカーズ・コレクティブ 菜の花キッチン",
  planned: "カフェ・ワーカーズ こもれび",
  completed: "ワーカーズ・コレクティブ 陽だまり",
} as const;

/** Days before today the ongoing placement started: its first 3-month term is over, its second under way. */
export const demoOngoingStartedDaysAgo = 100;
/** Days from today the planned placement starts. */
export const demoPlannedStartsInDays = 14;
/** Days before today the completed placement (two 3-month terms, over about two months ago) started. */
const completedStartedDaysAgo = 245;

type Kind = keyof typeof demoPlacementWorkplaces;

async function workplaceNamed(tx: DemoTransaction, name: string) {
  const [row] = await tx
    .select({ id: partnerWorkplaces.id, workDays: partnerWorkplaces.workDays })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.name, name));
  if (!row) throw new Error(`no demo workplace ${name}`);
  return row;
}

/**
 * A case of the demo coordinator's programs in one of `statuses`, opened by `openedBy`, of a
 * participant not placed yet (their own cases first, closed ones last; a fixed order, so the same
 * case every time).
 */
async function demoCase(
  tx: DemoTransaction,
  context: DemoContext,
  openedBy: string,
  placedParticipants: string[],
  statuses: string[],
): Promise<{ id: string; participantId: string }> {
  const coordinator = context.userIdByRole.get("coordinator") ?? null;
  const programIds = demoPrograms.flatMap((code) => context.programIdByCode.get(code) ?? []);
  const [row] = await tx
    .select({ id: cases.id, participantId: cases.participantId })
    .from(cases)
    .where(
      and(
        inArray(cases.programId, programIds),
        inArray(cases.status, statuses),
        lte(cases.openedOn, openedBy),
        placedParticipants.length > 0 ? notInArray(cases.participantId, placedParticipants) : undefined,
      ),
    )
    .orderBy(
      sql`(${cases.leadCoordinatorId} is not distinct from ${coordinator}) desc`,
      sql`(${cases.status} = 'closed')`,
      asc(cases.openedOn),
      desc(cases.id),
    )
    .limit(1);
  if (!row) throw new Error(`no demo case (${statuses.join(", ")}) opened by ${openedBy}`);
  return row;
}

/** A varied but fixed score 1–4 (3 most often) for one criterion of one evaluation. */
function score(seed: number): number {
  return [3, 3, 4, 2, 3, 4, 3, 2][seed % 8] as number;
}

const absenceReasons = ["体調不良のため", "通院のため", "家庭の事情のため"];

/**
 * Attendance on the placement's work days from its start to `until`: mostly present, every ninth
 * day late, every thirteenth absent with a reason. The workplace entered most days through the
 * portal; the coordinator the rest.
 */
async function loadAttendance(
  tx: DemoTransaction,
  placement: PlacementRow,
  until: string,
  recorders: { partner: string | null; coordinator: string | null },
) {
  const days = eachDay(placement.startOn, until).filter((day) => placement.workDays.includes(weekdayOf(day)));
  for (const [index, day] of days.entries()) {
    const n = index + 1;
    const absent = n % 13 === 0;
    const late = !absent && n % 9 === 0;
    const byPartner = n % 4 !== 0;
    await insertAttendance(tx, {
      placementId: placement.id,
      day,
      status: absent ? "absent" : late ? "late" : "present",
      hours: absent ? null : late ? 4 : 5,
      absenceReason: absent ? (absenceReasons[(n / 13) % absenceReasons.length] as string) : "",
      note: late ? "電車の遅れ" : "",
      recordedBy: byPartner ? recorders.partner : recorders.coordinator,
      recordedVia: byPartner ? "partner" : "staff",
    });
  }
}

/** Both sides' evaluations of every term over by `today`, dated three days after the term's end. */
async function loadEvaluations(
  tx: DemoTransaction,
  placement: PlacementRow,
  today: string,
  recorders: { partner: string | null; coordinator: string | null },
) {
  for (const { term, to } of termsOf(placement)) {
    const evaluatedOn = addDays(to, 3);
    if (evaluatedOn > today) continue;
    for (const [side, evaluator] of (["workplace", "coordinator"] as const).entries()) {
      const seed = term * 7 + side * 3;
      await insertEvaluation(tx, {
        placementId: placement.id,
        term,
        evaluator,
        punctuality: score(seed),
        communication: score(seed + 1),
        followingInstructions: score(seed + 2),
        taskPerformance: score(seed + 3),
        stamina: score(seed + 4),
        safety: score(seed + 5),
        comments:
          evaluator === "workplace"
            ? `第${term}期: 手順書を見ながら落ち着いて作業できています。`
            : `第${term}期: 通所は安定。疲れが出る週の後半に声かけを続ける。`,
        evaluatedOn,
        recordedBy: evaluator === "workplace" ? recorders.partner : recorders.coordinator,
        recordedVia: evaluator === "workplace" ? "partner" : "staff",
      });
    }
  }
}

/** Writes the three placements, their attendance and evaluations, and the partner's workplace. */
export async function loadPlacementsDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const coordinator = context.userIdByRole.get("coordinator") ?? null;
  const partner = context.userIdByRole.get("partner") ?? null;
  const recorders = { partner, coordinator };
  const starts: Record<Kind, string> = {
    ongoing: addDays(today, -demoOngoingStartedDaysAgo),
    planned: addDays(today, demoPlannedStartsInDays),
    completed: addDays(today, -completedStartedDaysAgo),
  };
  const placed: string[] = [];
  const placementOf: Partial<Record<Kind, PlacementRow>> = {};
  for (const kind of ["ongoing", "planned", "completed"] as const) {
    const workplace = await workplaceNamed(tx, demoPlacementWorkplaces[kind]);
    const startOn = starts[kind];
    // A placement is made on an active case; a completed one's case may have moved on since.
    const statuses = kind === "completed" ? ["active", "evaluation", "closed"] : ["active"];
    const supportCase = await demoCase(tx, context, kind === "planned" ? today : startOn, placed, statuses);
    placed.push(supportCase.participantId);
    const termCount = kind === "ongoing" ? 3 : kind === "planned" ? 1 : 2;
    const endOn = lastDayOf(startOn, termCount * 3);
    placementOf[kind] = await insertPlacement(tx, {
      caseId: supportCase.id,
      workplaceId: workplace.id,
      employmentType: "nonEmployed",
      startOn,
      termCount,
      termMonths: 3,
      endOn,
      workDays: workplace.workDays.slice(0, 3),
      hoursFrom: "10:00",
      hoursTo: "15:00",
      tasks:
        kind === "ongoing"
          ? "お弁当の盛り付け・袋詰め、厨房の洗い場"
          : kind === "planned"
            ? "焼き菓子の包装、ホールの片付け"
            : "事務所の整理、家事援助の同行",
      supervisorName: kind === "ongoing" ? "北村 由紀子" : kind === "planned" ? "三浦 千尋" : "小野寺 和美",
      coordinatorId: coordinator,
      transportNotes: "交通費は実費（定期券の範囲外のみ）",
      guidanceNotes: kind === "planned" ? "初日は支援員が同行する。" : "",
      status: kind,
      endedOn: kind === "completed" ? endOn : null,
      createdBy: coordinator,
    });
  }
  const ongoing = placementOf.ongoing as PlacementRow;
  const completed = placementOf.completed as PlacementRow;
  // Up to yesterday: today's attendance is left for the demo partner to enter in the portal.
  await loadAttendance(tx, ongoing, addDays(today, -1), recorders);
  await loadAttendance(tx, completed, completed.endOn, recorders);
  await loadEvaluations(tx, ongoing, today, recorders);
  await loadEvaluations(tx, completed, today, recorders);

  // The one demo partner account belongs to the ongoing placement's workplace.
  const partnerUser = partner ? await getUserById(tx, partner) : undefined;
  if (partnerUser) await updateUser(tx, partnerUser, { workplaceId: ongoing.workplaceId });
}

/** After the support area's cases (30), the partner workplaces (40) and the outcomes (50). */
export const placementsDemoContribution: DemoContribution = {
  area: "support.placements",
  order: 60,
  load: loadPlacementsDemoData,
};
