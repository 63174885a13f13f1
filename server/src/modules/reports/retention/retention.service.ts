import {
  type RetentionCurve,
  type RetentionReport,
  retentionAgeBands,
  retentionAtRiskMonths,
  retentionOutcomeTypes,
  type retentionQuerySchema,
  retentionTopReasons,
} from "@otagai/shared/reports/retention";
import type { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { kaplanMeier, numberAtRisk, type Observation } from "./kaplan-meier.ts";
import { findRetentionPrograms, findRetentionRows, type RetentionRow } from "./retention.repository.ts";

/** Days in a month on average: durations are in months of 365.25 / 12 days. */
const daysPerMonth = 365.25 / 12;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One group's curve from its outcomes (those followed up). */
export function curveOf(key: string, label: string, observations: Observation[]): RetentionCurve {
  const curve = kaplanMeier(observations);
  return {
    key,
    label,
    n: curve.n,
    events: curve.events,
    medianMonths: curve.median === null ? null : round(curve.median, 2),
    followedMonths: round(Math.max(0, ...observations.map((observation) => observation.time)), 2),
    points: curve.points.map((point) => ({
      month: round(point.time, 2),
      survival: round(point.survival, 4),
      lower: point.lower === null ? null : round(point.lower, 4),
      upper: point.upper === null ? null : round(point.upper, 4),
      atRisk: point.atRisk,
      events: point.events,
    })),
    atRisk: retentionAtRiskMonths.map((month) => numberAtRisk(observations, month)),
  };
}

/** The reasons for stopping by exact text, most first (ties by text), the rest and the blank ones. */
export function countReasons(rows: readonly RetentionRow[], top = retentionTopReasons) {
  const counts = new Map<string, number>();
  let unrecorded = 0;
  for (const row of rows) {
    if (!row.stopped) continue;
    if (row.stoppedReason === null) unrecorded += 1;
    else counts.set(row.stoppedReason, (counts.get(row.stoppedReason) ?? 0) + 1);
  }
  const sorted = [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  const items = sorted.slice(0, top);
  const others = sorted.slice(top).reduce((sum, item) => sum + item.count, 0);
  return { items, others, unrecorded };
}

/** The fixed order of the groups that are not programs (programs come in the database's order). */
const fixedOrder: Record<string, readonly string[]> = {
  outcomeType: retentionOutcomeTypes,
  ageBand: retentionAgeBands,
};

export async function getRetentionReport(
  db: Database,
  query: z.output<typeof retentionQuerySchema>,
): Promise<RetentionReport> {
  const programs = await findRetentionPrograms(db);
  if (query.programId && !programs.some((program) => program.id === query.programId))
    throw new AppError("VALIDATION_FAILED", [
      { path: "querystring.programId", code: "unknown_program", messageKey: "invalidOption" },
    ]);
  const rows = await findRetentionRows(db, {
    groupBy: query.groupBy,
    programId: query.programId ?? null,
    fromYear: query.fromYear ?? null,
    population: query.population,
  });
  const groups = new Map<string, { label: string; observations: Observation[] }>();
  let notFollowedUp = 0;
  for (const row of rows) {
    if (row.days === null) {
      notFollowedUp += 1;
      continue;
    }
    const group = groups.get(row.groupKey) ?? { label: row.groupLabel, observations: [] };
    group.observations.push({ time: Number(row.days) / daysPerMonth, event: row.stopped });
    groups.set(row.groupKey, group);
  }
  const order = fixedOrder[query.groupBy] ?? programs.map((program) => program.id);
  const keys = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    groupBy: query.groupBy,
    population: query.population,
    atRiskMonths: [...retentionAtRiskMonths],
    curves: keys.map((key) => {
      const group = groups.get(key) ?? { label: key, observations: [] };
      return curveOf(key, group.label, group.observations);
    }),
    notFollowedUp,
    reasons: countReasons(rows),
    programs,
  };
}
