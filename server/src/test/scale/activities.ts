// The fictional support records (支援記録): each belongs to a case by index; its day falls within the
// case's life, which the insert reads from the case row itself (seed.ts), so a later, bigger run
// never has to know how earlier cases were drawn.
import type { activityTypes } from "@otagai/shared/support/activities";
import { randomFor, weighted } from "./random.ts";
import type { GeneratorSettings } from "./settings.ts";
import { activityNotes } from "./texts.ts";

type ActivityType = (typeof activityTypes)[number];

const typeTable = weighted<ActivityType>([
  ["interview", 35],
  ["phone", 25],
  ["accompaniment", 10],
  ["training", 9],
  ["email", 8],
  ["visit", 7],
  ["meeting", 4],
  ["case_conference", 2],
]);
const minutesByType: Record<ActivityType, [number, number]> = {
  interview: [30, 90],
  phone: [5, 30],
  accompaniment: [60, 240],
  training: [120, 360],
  email: [5, 15],
  visit: [45, 120],
  meeting: [30, 90],
  case_conference: [30, 60],
};

export type GeneratedActivity = {
  index: number;
  id: string;
  caseIndex: number;
  caseId: string;
  /** false: a record about the person not tied to the case (a call before the case was opened…). */
  linkedToCase: boolean;
  /** Where in the case's life it happened: 0 the day it opened, 1 the day it closed (or today). */
  lifeFraction: number;
  /** Minutes after midnight, in Japan (office hours). */
  minuteOfDay: number;
  type: ActivityType;
  minutes: number;
  notes: string;
};

export function generateActivity(
  settings: GeneratorSettings,
  index: number,
  caseCount: number,
): GeneratedActivity {
  const random = randomFor(settings.seed, "activity", index);
  const caseIndex = random.int(0, Math.max(0, caseCount - 1));
  const type = random.pickWeighted(typeTable);
  const [low, high] = minutesByType[type];
  return {
    index,
    id: settings.idOf("activity", index),
    caseIndex,
    caseId: settings.idOf("case", caseIndex),
    linkedToCase: random.chance(0.95),
    lifeFraction: random.next(),
    minuteOfDay: random.int(9 * 60, 18 * 60),
    type,
    minutes: Math.round(random.int(low, high) / 5) * 5,
    notes: random.pick(activityNotes[type] ?? [""]),
  };
}
