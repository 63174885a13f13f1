// What one generation run is: its seed, the day it treats as today, how far back cases go, and how
// records get their ids.
import { fiscalYearsStart, todayInJapan } from "./dates.ts";
import { randomFor, seededUuid } from "./random.ts";

export type RecordKind =
  | "participant"
  | "consent"
  | "case"
  | "assessment"
  | "plan"
  | "conference"
  | "evaluation"
  | "activity"
  | "workplace"
  | "certification"
  | "placement"
  | "outcome"
  | "consultation"
  | "deskCategory"
  | "agency"
  | "advisor"
  | "referral"
  | "schedule"
  | "appointment"
  | "request";

const kindCodes: Record<RecordKind, string> = {
  participant: "0001",
  consent: "0002",
  case: "0003",
  assessment: "0004",
  plan: "0005",
  conference: "0006",
  evaluation: "0007",
  activity: "0008",
  workplace: "0009",
  certification: "000a",
  placement: "000b",
  outcome: "000c",
  consultation: "000d",
  deskCategory: "000e",
  agency: "000f",
  advisor: "0010",
  referral: "0011",
  schedule: "0012",
  appointment: "0013",
  request: "0014",
};

/** The scale data's ids: 5ca1e000-<kind>-4000-8000-<index in hex>, so a run can count what is there. */
/** Days within which an office records a retention follow-up it missed: older ones are never open. */
export const followUpCatchUpDays = 60;

export const scaleIdPrefix = "5ca1e000";

export function scaleId(kind: RecordKind, index: number): string {
  return `${scaleIdPrefix}-${kindCodes[kind]}-4000-8000-${index.toString(16).padStart(12, "0")}`;
}

/** The lowest and highest scale id of a kind (a primary-key range scan counts them). */
export function scaleIdRange(kind: RecordKind): [string, string] {
  return [scaleId(kind, 0), `${scaleIdPrefix}-${kindCodes[kind]}-4000-8000-ffffffffffff`];
}

export type GeneratorSettings = {
  seed: string;
  /** The day the data treats as today ("YYYY-MM-DD", in Japan). */
  today: string;
  /** The first day a participant may be registered or a case opened. */
  windowStart: string;
  /** Share of participants registered twice (a likely duplicate of an earlier one). */
  duplicateRate: number;
  idOf(kind: RecordKind, index: number): string;
};

export function generatorSettings(
  options: {
    seed?: string;
    today?: string;
    /** Fiscal years before this one in which cases open (4: five fiscal years in all). */
    fiscalYearsBack?: number;
    /** Or: the first day directly. */
    windowStart?: string;
    duplicateRate?: number;
    /** "scale": countable ids (the scale seed); "random": ids that look like any other (demo data). */
    ids?: "scale" | "random";
  } = {},
): GeneratorSettings {
  const seed = options.seed ?? "otagai-scale";
  const today = options.today ?? todayInJapan();
  return {
    seed,
    today,
    windowStart: options.windowStart ?? fiscalYearsStart(today, options.fiscalYearsBack ?? 4),
    duplicateRate: options.duplicateRate ?? 0.012,
    idOf:
      options.ids === "random"
        ? (kind, index) => seededUuid(randomFor(seed, `id:${kind}`, index))
        : (kind, index) => scaleId(kind, index),
  };
}
