// The fictional cases: each walks the national flow (case-flow.ts) from the day it opened, with
// step durations drawn at random, until the next step would fall after today. What it holds then
// (status, step records, transitions) is what a real office's case of that age would hold.
import type { CaseStatus } from "@otagai/shared/support/case-flow";
import { assessmentAreas, type closureReasons, goalAreas } from "@otagai/shared/support/cases";
import type { ConcernTopic } from "@otagai/shared/support/concern-topics";
import { addDays, addMonths, atJapanTime, daysBetween, laterOf } from "./dates.ts";
import { participantBasics } from "./people.ts";
import type { Area } from "./places.ts";
import { type Random, randomFor, weighted } from "./random.ts";
import type { GeneratorSettings } from "./settings.ts";
import * as texts from "./texts.ts";

/** Which programs a person of an area can join (and the age limits of the youth programs). */
const programsByArea: Record<Area, [code: string, weight: number][]> = {
  yokohama: [
    ["yokohama-readiness", 30],
    ["yokohama-certified-training", 12],
    ["yokohama-youth-participation", 12],
    ["yokohama-saposute", 22],
    ["disability-employment", 8],
    ["own-programs", 6],
  ],
  kawasaki: [
    ["kawasaki-employment", 60],
    ["yokohama-saposute", 5],
    ["disability-employment", 15],
    ["own-programs", 10],
  ],
  fujisawa: [
    ["fujisawa-employment", 60],
    ["yokohama-saposute", 5],
    ["disability-employment", 15],
    ["own-programs", 10],
  ],
  zama: [
    ["zama-readiness", 65],
    ["disability-employment", 15],
    ["own-programs", 10],
  ],
  sagamihara: [
    ["disability-employment", 40],
    ["own-programs", 40],
    ["yokohama-saposute", 10],
  ],
  yokosuka: [
    ["disability-employment", 40],
    ["own-programs", 40],
    ["yokohama-saposute", 10],
  ],
  shonan: [
    ["disability-employment", 40],
    ["own-programs", 40],
    ["fujisawa-employment", 10],
  ],
  kenou: [
    ["disability-employment", 40],
    ["own-programs", 40],
    ["zama-readiness", 8],
  ],
  seisho: [
    ["disability-employment", 50],
    ["own-programs", 50],
  ],
};
const maxAge: Record<string, number> = { "yokohama-saposute": 49, "yokohama-youth-participation": 39 };

const urgencyTable = weighted([
  ["low", 30],
  ["medium", 45],
  ["high", 20],
  ["urgent", 5],
] as const);
const routeTable = weighted([
  ["continuing", 78],
  ["handover", 14],
  ["information", 8],
] as const);
type ClosureReason = (typeof closureReasons)[number];
const endTable = weighted<ClosureReason>([
  ["employed", 40],
  ["goalsMet", 35],
  ["handedOver", 10],
  ["withdrew", 10],
  ["other", 5],
]);
const dropTable = weighted<ClosureReason>([
  ["withdrew", 45],
  ["noContact", 35],
  ["movedAway", 10],
  ["handedOver", 10],
]);

/** Forces a case into a given state relative to today (the demo's "today" list). */
export type CaseScenario = {
  programCode: string;
  /** The case opened this many days before today. */
  openedDaysAgo: number;
  /** The step whose date never comes (the case waits there); every earlier step takes its shortest time. */
  holdAt:
    | "assessment"
    | "assessed"
    | "plan"
    | "planMade"
    | "conference"
    | "held"
    | "active"
    | "evaluation"
    | "evaluated";
};

export type CaseTransitionRecord = { from: CaseStatus | null; to: CaseStatus; at: string; note: string };

export type GeneratedCase = {
  index: number;
  id: string;
  participantIndex: number;
  participantId: string;
  programCode: string;
  /** Which of the program's coordinators leads it (taken modulo their number). */
  coordinatorSlot: number;
  /** Which of the program's funding streams it is counted in (0–1 over them, when it has any). */
  fundingShare: number;
  status: CaseStatus;
  openedOn: string;
  closedOn: string | null;
  intake: {
    receivedOn: string;
    howCame: string;
    accompaniedBy: string;
    concernTopics: ConcernTopic[];
    pressingTopic: ConcernTopic | null;
    urgency: "low" | "medium" | "high" | "urgent";
    screeningRoute: "continuing" | "handover" | "information";
    notes: string;
  } | null;
  assessments: {
    id: string;
    assessedOn: string;
    areas: Record<string, { level: number | null; notes: string }>;
    summary: string;
  }[];
  plans: {
    id: string;
    planNumber: number;
    madeOn: string;
    reviewOn: string;
    agreedOn: string | null;
    goals: {
      area: (typeof goalAreas)[number];
      goal: string;
      actions: { action: string; by: string; targetOn: string | null }[];
    }[];
    notes: string;
  }[];
  conferences: {
    id: string;
    planId: string;
    heldOn: string;
    attendees: string;
    decision: "approved" | "revise";
    notes: string;
  }[];
  evaluations: {
    id: string;
    planId: string;
    evaluatedOn: string;
    goalResults: { result: "achieved" | "partly" | "not"; notes: string }[];
    notes: string;
  }[];
  closure: { closedOn: string; reason: ClosureReason; outcomeSummary: string } | null;
  transitions: CaseTransitionRecord[];
};

type Step = CaseScenario["holdAt"] | "close";

/** Days a step takes: mostly within [min, max], sometimes far longer (a case that stalls). */
function timing(random: Random, scenario: CaseScenario | undefined) {
  return {
    delay(step: Step, min: number, max: number): number {
      if (scenario) return step === scenario.holdAt ? 100_000 : min;
      return random.chance(0.12) ? random.int(max, max * 4) : random.int(min, max);
    },
    /** Whether something that ends or bends the usual path happens (never in a scenario). */
    happens(p: number): boolean {
      return !scenario && random.chance(p);
    },
  };
}

export function generateCase(
  settings: GeneratorSettings,
  index: number,
  participantCount: number,
  scenario?: CaseScenario,
): GeneratedCase {
  const random = randomFor(settings.seed, "case", index);
  const primary = index < participantCount;
  const participantIndex = primary ? index : random.int(0, Math.max(0, participantCount - 1));
  const person = participantBasics(settings, participantIndex);
  const { today } = settings;
  let openedOn: string;
  if (scenario) openedOn = addDays(today, -scenario.openedDaysAgo);
  else if (primary) openedOn = addDays(person.registeredOn, random.int(0, 7));
  else
    openedOn = addDays(
      person.registeredOn,
      random.int(30, Math.max(30, daysBetween(person.registeredOn, today))),
    );
  if (openedOn > today) openedOn = today;
  const age = Number(openedOn.slice(0, 4)) - Number(person.birthDate.slice(0, 4));
  const choices = programsByArea[person.area].filter(([code]) => age <= (maxAge[code] ?? 120));
  const programCode =
    scenario?.programCode ??
    random.pickWeighted(weighted(choices.length > 0 ? choices : [["own-programs", 1]]));

  const result: GeneratedCase = {
    index,
    id: settings.idOf("case", index),
    participantIndex,
    participantId: person.id,
    programCode,
    coordinatorSlot: random.int(0, 9999),
    fundingShare: random.next(),
    status: "intake",
    openedOn,
    closedOn: null,
    intake: null,
    assessments: [],
    plans: [],
    conferences: [],
    evaluations: [],
    closure: null,
    transitions: [],
  };
  const time = timing(random, scenario);
  const within = (day: string) => day <= today;
  let lastAt = "";
  const move = (to: CaseStatus, on: string, note = "") => {
    // Office hours; two steps on one day follow each other.
    let at = atJapanTime(on, random.int(9 * 60, 17 * 60));
    if (at <= lastAt) at = new Date(Date.parse(lastAt) + random.int(5, 60) * 60_000).toISOString();
    lastAt = at;
    result.transitions.push({ from: result.transitions.length === 0 ? null : result.status, to, at, note });
    result.status = to;
  };
  const close = (on: string, reason: ClosureReason): GeneratedCase => {
    if (!within(on)) return result;
    result.closure = {
      closedOn: on,
      reason,
      outcomeSummary: random.pick(texts.closureSummaries[reason] ?? [""]),
    };
    result.closedOn = on;
    move("closed", on);
    return result;
  };

  move("intake", openedOn);
  // Opened in the last few days: the intake form may not be written yet.
  if (!scenario && daysBetween(openedOn, today) < 5 && random.chance(0.5)) return result;
  // One to four topics, the first the most pressing.
  const concernTopics = [
    ...new Set(Array.from({ length: random.int(1, 4) }, () => random.pickWeighted(texts.concernTopicTable))),
  ];
  const screeningRoute = scenario ? "continuing" : random.pickWeighted(routeTable);
  result.intake = {
    receivedOn: openedOn,
    howCame: random.pick(texts.howCame),
    accompaniedBy: random.pick(texts.accompaniedBy),
    concernTopics,
    pressingTopic: random.chance(0.8) ? (concernTopics[0] ?? null) : null,
    urgency: random.pickWeighted(urgencyTable),
    screeningRoute,
    notes: random.pick(texts.intakeNotes),
  };
  if (screeningRoute === "handover") return close(addDays(openedOn, random.int(0, 10)), "handedOver");
  if (screeningRoute === "information") return close(addDays(openedOn, random.int(0, 3)), "other");

  const assessmentOn = addDays(openedOn, time.delay("assessment", 3, 21));
  if (!within(assessmentOn)) return result;
  move("assessment", assessmentOn);
  if (time.happens(0.05))
    return close(addDays(assessmentOn, random.int(10, 60)), random.pickWeighted(dropTable));
  const assessedOn = addDays(assessmentOn, time.delay("assessed", 5, 20));
  if (!within(assessedOn)) return result;
  result.assessments.push({
    id: settings.idOf("assessment", index * 2),
    assessedOn,
    areas: Object.fromEntries(
      assessmentAreas.map((area) => [
        area,
        {
          level: random.chance(0.95) ? random.int(1, 4) : null,
          notes: random.pick(texts.assessmentNotes[area] ?? [""]),
        },
      ]),
    ),
    summary: random.pick(texts.assessmentSummaries),
  });

  let planStart = addDays(assessedOn, time.delay("plan", 0, 3));
  for (let planNumber = 1; planNumber <= 4; planNumber++) {
    if (!within(planStart)) return result;
    move("plan", planStart);
    if (planNumber === 1 && time.happens(0.04))
      return close(addDays(planStart, random.int(10, 60)), random.pickWeighted(dropTable));
    const madeOn = addDays(planStart, time.delay("planMade", 5, 20));
    if (!within(madeOn)) return result;
    const plan: GeneratedCase["plans"][number] = {
      id: settings.idOf("plan", index * 4 + planNumber - 1),
      planNumber,
      madeOn,
      // Yokohama's terms are three months: the plan is reviewed at the end of one.
      reviewOn: addMonths(madeOn, 3),
      agreedOn: null,
      goals: goalAreas.map((area) => {
        const template = random.pick(texts.goalTexts[area]);
        return {
          area,
          goal: template.goal,
          actions: template.actions.slice(0, random.int(1, 2)).map((action) => ({
            action,
            by: random.pick(texts.actionBy),
            targetOn: random.chance(0.7) ? addMonths(madeOn, random.int(1, 3)) : null,
          })),
        };
      }),
      notes: "",
    };
    const agreedOn = addDays(madeOn, random.int(0, 5));
    plan.agreedOn = within(agreedOn) ? agreedOn : null;
    result.plans.push(plan);

    const conferenceOn = addDays(madeOn, time.delay("conference", 0, 3));
    if (!within(conferenceOn)) return result;
    move("conference", conferenceOn);
    const heldOn = addDays(conferenceOn, time.delay("held", 5, 30));
    if (!within(heldOn)) return result;
    const revise = time.happens(0.1) && planNumber < 4;
    result.conferences.push({
      id: settings.idOf("conference", index * 8 + result.conferences.length),
      planId: plan.id,
      heldOn,
      attendees: random.pick(texts.conferenceAttendees),
      decision: revise ? "revise" : "approved",
      notes: random.pick(texts.conferenceNotes),
    });
    if (revise) {
      planStart = addDays(heldOn, time.delay("plan", 0, 3));
      continue;
    }
    const activeOn = addDays(heldOn, time.delay("active", 0, 3));
    if (!within(activeOn)) return result;
    move("active", activeOn);
    if (time.happens(0.08))
      return close(addDays(activeOn, random.int(14, 80)), random.pickWeighted(dropTable));
    const evaluationOn = addDays(
      plan.reviewOn,
      scenario ? time.delay("evaluation", 0, 0) : time.delay("evaluation", -5, 20),
    );
    if (!within(evaluationOn)) return result;
    move("evaluation", laterOf(evaluationOn, activeOn));
    const evaluatedOn = addDays(laterOf(evaluationOn, activeOn), time.delay("evaluated", 3, 14));
    if (!within(evaluatedOn)) return result;
    result.evaluations.push({
      id: settings.idOf("evaluation", index * 4 + planNumber - 1),
      planId: plan.id,
      evaluatedOn,
      goalResults: plan.goals.map(() => ({
        result: random.pickWeighted(
          weighted([
            ["achieved", 45],
            ["partly", 40],
            ["not", 15],
          ] as const),
        ),
        notes: "",
      })),
      notes: random.pick(texts.evaluationNotes),
    });
    if (planNumber < 4 && time.happens(0.3)) {
      planStart = addDays(evaluatedOn, time.delay("plan", 0, 7));
      continue;
    }
    return close(addDays(evaluatedOn, time.delay("close", 0, 14)), random.pickWeighted(endTable));
  }
  return result;
}
