// The fictional work-experience placements (就労体験実習), their term evaluations, and the outcomes
// (就労等の結果) with retention follow-ups of the cases that ended in work. A placement belongs to a
// case already in the database that reached "active" (read from its row, as activities are): its
// period starts after the case went active, runs for terms of three months, and stops when the case
// closed. Each such case gets at most one placement, so no participant's placements overlap.
// Daily attendance is written by the insert itself (insert-placements.ts), from the period and the
// weekly schedule, so that it never needs to travel through JavaScript.
import { followUpSchedule } from "../../modules/support/outcomes/follow-up-schedule.ts";
import { lastDayOf } from "../../modules/support/placements/placement-rules.ts";
import { addDays, daysBetween, earlierOf, laterOf } from "./dates.ts";
import type { Area } from "./places.ts";
import { type Random, randomFor, weighted } from "./random.ts";
import { followUpCatchUpDays, type GeneratorSettings } from "./settings.ts";
import { type GeneratedWorkplace, hubCount } from "./workplaces.ts";

/** Yokohama's terms (the contracts' default): three months each. */
export const scaleTermMonths = 3;

/** What a placement needs of its case, as the database holds it. */
export type PlacementCase = {
  id: string;
  participantId: string;
  programCode: string;
  leadId: string | null;
  openedOn: string;
  closedOn: string | null;
  closureReason: string | null;
  /** The day the case first went active. */
  activeOn: string;
};

type EmploymentType = "employed" | "nonEmployed";
type PlacementStatus = "planned" | "ongoing" | "completed" | "ended_early";

export type GeneratedPlacement = {
  index: number;
  id: string;
  caseId: string;
  workplaceId: string;
  employmentType: EmploymentType;
  startOn: string;
  termCount: number;
  termMonths: number;
  endOn: string;
  workDays: string[];
  hoursFrom: string;
  hoursTo: string;
  /** A full day's hours (the break taken off), for the attendance rows. */
  dayHours: number;
  tasks: string;
  supervisorName: string;
  coordinatorId: string | null;
  transportNotes: string;
  allowanceNotes: string;
  guidanceNotes: string;
  status: PlacementStatus;
  endedOn: string | null;
  endedReason: string;
  /** The last day attendance is recorded for (null: none yet). */
  lastAttendedOn: string | null;
  /** Share of its days the workplace enters through the portal (0 or 1: one way per placement). */
  viaPartner: boolean;
  createdAt: string;
  evaluations: {
    term: number;
    evaluator: "workplace" | "coordinator";
    scores: [number, number, number, number, number, number];
    comments: string;
    evaluatedOn: string;
    viaPartner: boolean;
  }[];
  outcome: GeneratedOutcome | null;
};

export type GeneratedOutcome = {
  id: string;
  outcomeType: string;
  workplaceId: string | null;
  employerName: string;
  startedOn: string;
  hoursPerWeek: number | null;
  contractForm: string | null;
  incomeBeforeYen: number | null;
  incomeAfterYen: number | null;
  notes: string;
  followUps: {
    offsetMonths: number;
    dueOn: string;
    doneOn: string | null;
    stillWorking: boolean | null;
    hoursPerWeek: number | null;
    concerns: string;
    supportGiven: string;
    nextStep: string;
    stoppedOn: string | null;
    stoppedReason: string | null;
  }[];
};

/** The workplaces of one run, looked up by what a placement needs. */
export type WorkplacePool = {
  all: GeneratedWorkplace[];
  activeByArea: Map<Area | "any", GeneratedWorkplace[]>;
  certified: GeneratedWorkplace[];
};

export function workplacePool(workplaces: GeneratedWorkplace[]): WorkplacePool {
  const active = workplaces.filter((w) => w.status === "active" && w.index >= hubCount);
  const activeByArea = new Map<Area | "any", GeneratedWorkplace[]>([["any", active]]);
  for (const workplace of active)
    activeByArea.set(workplace.area, [...(activeByArea.get(workplace.area) ?? []), workplace]);
  return {
    all: workplaces,
    activeByArea,
    certified: workplaces.filter((w) => w.certifications.length > 0 && w.index >= hubCount),
  };
}

const programArea: Record<string, Area> = {
  "yokohama-readiness": "yokohama",
  "yokohama-certified-training": "yokohama",
  "yokohama-youth-participation": "yokohama",
  "kawasaki-employment": "kawasaki",
  "fujisawa-employment": "fujisawa",
  "zama-readiness": "zama",
};
const termTable = weighted([
  [1, 35],
  [2, 30],
  [3, 20],
  [4, 15],
] as const);
const endedReasons = [
  "体調を崩し、主治医と相談のうえ中止",
  "本人の希望（作業内容が合わない）",
  "通所が難しくなったため（転居）",
  "就職が決まったため",
  "家庭の事情により継続が難しい",
];
const evaluationComments = [
  "",
  "挨拶がしっかりできるようになった。",
  "作業の手順を覚え、ひとりで進められる場面が増えた。",
  "疲れが出ると休みがちになる。休憩の取り方を一緒に考えたい。",
  "報告・連絡が少しずつできるようになっている。",
  "丁寧な作業ぶりで、周りからの評価も高い。",
];
const employers = [
  "株式会社みなとロジスティクス",
  "有限会社あおば青果",
  "社会福祉法人つばさ会",
  "株式会社ハマテック",
  "スーパーさくら 大和店",
  "株式会社湘南クリーン",
  "医療法人 ひかりクリニック",
  "株式会社グリーンファーム相模",
];
const workOutcomeTable = weighted([
  ["general_employment", 50],
  ["part_time", 35],
  ["collective_member", 15],
] as const);
const otherOutcomeTable = weighted([
  ["vocational_training", 40],
  ["volunteer", 25],
  ["education", 20],
  ["other", 15],
] as const);
const contractFormsOf: Record<string, string[]> = {
  general_employment: ["regular", "fixed_term", "fixed_term", "dispatch"],
  part_time: ["part_time"],
  collective_member: ["collective_member"],
};
const stoppedReasonTable = weighted([
  ["health", 30],
  ["workload", 15],
  ["relationships", 20],
  ["conditions", 10],
  ["contract_ended", 10],
  ["personal", 10],
  ["other", 5],
] as const);

function pickWorkplace(
  random: Random,
  pool: WorkplacePool,
  supportCase: PlacementCase,
  startOn: string,
  employmentType: EmploymentType,
): GeneratedWorkplace {
  const hub = () => pool.all[random.int(0, Math.min(hubCount, pool.all.length) - 1)] as GeneratedWorkplace;
  // A twentieth of the trainees go to the hubs (big sites with many trainees at once).
  if (random.chance(0.05) || pool.all.length <= hubCount) return hub();
  if (supportCase.programCode === "yokohama-certified-training") {
    // 認定就労訓練: a workplace certified for the type on the first day (the hubs always are).
    const candidates = pool.certified.filter((w) =>
      w.certifications.some(
        (c) =>
          c.employmentTypes.includes(employmentType) && c.validFrom <= startOn && c.validUntil >= startOn,
      ),
    );
    return candidates.length > 0 ? random.pick(candidates) : hub();
  }
  const area = programArea[supportCase.programCode];
  const nearby = (area && pool.activeByArea.get(area)) || [];
  const choices = nearby.length > 0 && random.chance(0.9) ? nearby : (pool.activeByArea.get("any") ?? []);
  return choices.length > 0 ? random.pick(choices) : hub();
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const clampScore = (n: number) => Math.max(1, Math.min(4, n));

export function generatePlacement(
  settings: GeneratorSettings,
  index: number,
  supportCase: PlacementCase,
  pool: WorkplacePool,
): GeneratedPlacement {
  const random = randomFor(settings.seed, "placement", index);
  const { today } = settings;
  const { closedOn } = supportCase;
  let startOn = addDays(supportCase.activeOn, random.int(3, 30));
  if (closedOn && startOn > closedOn) startOn = supportCase.activeOn;
  const certified = supportCase.programCode === "yokohama-certified-training";
  let employmentType: EmploymentType = random.chance(certified ? 0.35 : 0.15) ? "employed" : "nonEmployed";
  const workplace = pickWorkplace(random, pool, supportCase, startOn, employmentType);
  if (certified) {
    const valid = workplace.certifications.find((c) => c.validFrom <= startOn && c.validUntil >= startOn);
    if (valid && !valid.employmentTypes.includes(employmentType))
      employmentType = valid.employmentTypes[0] ?? employmentType;
  }
  // Terms are agreed to fit the support still ahead: a case that closed (its end known here) had
  // as many as fitted before it closed; one that closed within the first term ended it early.
  let termCount: number = random.pickWeighted(termTable);
  if (closedOn) {
    let fitting = 0;
    while (fitting < 4 && lastDayOf(startOn, (fitting + 1) * scaleTermMonths) <= closedOn) fitting++;
    termCount = Math.max(1, Math.min(termCount, fitting));
  }
  const endOn = lastDayOf(startOn, termCount * scaleTermMonths);

  let status: PlacementStatus = "planned";
  let endedOn: string | null = null;
  let endedReason = "";
  const endEarly = (on: string, reason: string) => {
    status = "ended_early";
    endedOn = laterOf(on, startOn);
    endedReason = reason;
  };
  const lastPossible = earlierOf(endOn, closedOn ?? today);
  if (closedOn && closedOn < endOn)
    endEarly(
      closedOn,
      supportCase.closureReason === "employed" ? "就職が決まったため" : "支援の終結に伴い終了",
    );
  else if (!closedOn && startOn > today) status = "planned";
  else if (random.chance(0.08) && daysBetween(startOn, lastPossible) > 14)
    endEarly(
      addDays(startOn, random.int(7, daysBetween(startOn, lastPossible) - 1)),
      random.pick(endedReasons),
    );
  else if (endOn < today) status = "completed";
  else status = "ongoing";
  // Attendance until yesterday (today's sheet is still being filled in), within the period.
  const lastAttendedCandidate = earlierOf(endedOn ?? endOn, addDays(today, -1));
  const lastAttendedOn = lastAttendedCandidate >= startOn ? lastAttendedCandidate : null;

  const days = workplace.workDays.length > 0 ? workplace.workDays : ["mon", "wed", "fri"];
  const wanted = Math.min(days.length, random.int(2, 5));
  const workDays = days.filter((_, i) => i < wanted || random.chance(0.1)).slice(0, Math.max(1, wanted));
  // Shorter days than the workplace's, for many: starting later, or leaving earlier.
  const from = minutesOf(workplace.hoursFrom) + (random.chance(0.3) ? 30 : 0);
  const to = minutesOf(workplace.hoursTo) - (random.chance(0.3) ? 60 : 0);
  const at = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const length = (to - from) / 60;
  const dayHours = Math.round((length >= 6 ? length - 1 : length) * 4) / 4;

  const ability = random.int(1, 3);
  const evaluations: GeneratedPlacement["evaluations"] = [];
  for (let term = 1; term <= termCount; term++) {
    const termEnd = lastDayOf(startOn, term * scaleTermMonths);
    if (!lastAttendedOn || termEnd > lastAttendedOn) break;
    for (const evaluator of ["workplace", "coordinator"] as const) {
      if (random.chance(evaluator === "workplace" ? 0.1 : 0.05)) continue;
      const score = () => clampScore(ability + (term > 1 ? 1 : 0) + random.int(-1, 1));
      evaluations.push({
        term,
        evaluator,
        scores: [score(), score(), score(), score(), score(), score()],
        comments: random.pick(evaluationComments),
        evaluatedOn: earlierOf(addDays(termEnd, random.int(0, 10)), today),
        viaPartner: evaluator === "workplace" && random.chance(0.4),
      });
    }
  }

  return {
    index,
    id: settings.idOf("placement", index),
    caseId: supportCase.id,
    workplaceId: workplace.id,
    employmentType,
    startOn,
    termCount,
    termMonths: scaleTermMonths,
    endOn,
    workDays,
    hoursFrom: at(from),
    hoursTo: at(to),
    dayHours,
    tasks: workplace.workDescription,
    supervisorName: workplace.contactName,
    coordinatorId: supportCase.leadId,
    transportNotes: random.pick(["", "電車・バス（交通費実費支給）", "自転車", "徒歩"]),
    allowanceNotes: employmentType === "employed" ? "最低賃金以上の時給" : random.pick(["", "奨励金なし"]),
    guidanceNotes: random.pick([
      "",
      "作業の指示は一つずつ、紙に書いて渡してください。",
      "休憩は30分ごとに声をかけてください。",
      "大きな音が苦手です。",
    ]),
    status,
    endedOn,
    endedReason,
    lastAttendedOn,
    viaPartner: random.chance(0.4),
    createdAt: earlierOf(addDays(startOn, -random.int(3, 14)), today),
    evaluations,
    outcome: generateOutcome(settings, index, supportCase, workplace, random),
  };
}

/** The outcome of a case that ended in work (or training, school…), with its follow-ups so far. */
function generateOutcome(
  settings: GeneratorSettings,
  index: number,
  supportCase: PlacementCase,
  workplace: GeneratedWorkplace,
  random: Random,
): GeneratedOutcome | null {
  const { closedOn } = supportCase;
  if (!closedOn) return null;
  const work = supportCase.closureReason === "employed";
  if (!work && !(supportCase.closureReason === "goalsMet" && random.chance(0.3))) return null;
  const outcomeType = work ? random.pickWeighted(workOutcomeTable) : random.pickWeighted(otherOutcomeTable);
  const startedOn = laterOf(addDays(closedOn, -random.int(0, 20)), supportCase.openedOn);
  // A third are hired where they trained.
  const hiredThere = work && random.chance(0.3);
  const hours = work
    ? outcomeType === "general_employment"
      ? random.pick([30, 35, 40])
      : random.int(3, 6) * 5
    : null;
  const before = work ? random.int(0, 8) * 10_000 : null;
  const { today } = settings;
  // A third stop working at some point: that follow-up and the later ones say when and why.
  let stop: { on: string; reason: string } | null = null;
  const stopAt = random.chance(0.3) ? random.int(0, 3) : 99;
  const followUps = followUpSchedule(outcomeType, startedOn).map(({ offsetMonths, dueOn }, i) => {
    const done = dueOn <= today && (random.chance(0.88) || daysBetween(dueOn, today) > followUpCatchUpDays);
    const doneOn = done ? earlierOf(addDays(dueOn, random.int(-3, 14)), today) : null;
    if (done && doneOn && !stop && i >= stopAt)
      stop = {
        on: laterOf(earlierOf(addDays(dueOn, -random.int(1, 20)), doneOn), startedOn),
        reason: random.pickWeighted(stoppedReasonTable),
      };
    const stopped = done && stop !== null;
    return {
      offsetMonths,
      dueOn,
      doneOn,
      stillWorking: done ? !stopped : null,
      hoursPerWeek: done && !stopped ? hours : null,
      concerns: done
        ? random.pick(["", "職場の人間関係に少し悩んでいる", "朝起きるのがつらい日がある", ""])
        : "",
      supportGiven: done ? random.pick(["電話で近況を確認", "職場訪問", "面談で振り返り"]) : "",
      nextStep: done && !stopped ? random.pick(["", "次回も電話で確認"]) : "",
      stoppedOn: stopped ? (stop?.on ?? null) : null,
      stoppedReason: stopped ? (stop?.reason ?? null) : null,
    };
  });
  return {
    id: settings.idOf("outcome", index),
    outcomeType,
    workplaceId: hiredThere ? workplace.id : null,
    employerName: hiredThere ? "" : work ? random.pick(employers) : "",
    startedOn,
    hoursPerWeek: hours,
    contractForm: work ? random.pick(contractFormsOf[outcomeType] ?? ["other"]) : null,
    incomeBeforeYen: before,
    incomeAfterYen: work && before !== null ? before + random.int(3, 18) * 10_000 : null,
    notes: "",
    followUps,
  };
}
