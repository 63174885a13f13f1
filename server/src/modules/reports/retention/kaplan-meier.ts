/**
 * The Kaplan–Meier estimate of a survival curve (retention in work), with Greenwood's variance and
 * 95% confidence bands on the log(−log S) scale, which stay inside [0, 1] (the default of Stata and
 * of R's survival::survfit with conf.type = "log-log"). No maintained JavaScript package does this
 * (npm has none for Kaplan–Meier with Greenwood bands), so it is this small module, tested against
 * the published worked example (kaplan-meier.test.ts).
 */

/** One person's time (months in work) and whether it ended in the event (stopped) or was censored. */
export type Observation = { time: number; event: boolean };

/** The curve at one event time: S(t) after the drop, its band, and how many were at risk just before. */
export type SurvivalPoint = {
  time: number;
  survival: number;
  /** Greenwood's standard error of S(t); null when S(t) is 0. */
  standardError: number | null;
  /** The 95% band (log-log); null where it is undefined (S = 0). */
  lower: number | null;
  upper: number | null;
  atRisk: number;
  events: number;
  censored: number;
};

export type SurvivalCurve = {
  n: number;
  events: number;
  /** S = 1 at time 0, then one point per time with at least one event. */
  points: SurvivalPoint[];
  /** The first time S(t) ≤ 0.5, or null when the curve stays above it. */
  median: number | null;
};

/** z for a two-sided 95% interval. */
const z95 = 1.959964;

/** The log-log band around s with Greenwood's sum (Σ d / (n (n − d))). */
function logLogBand(survival: number, greenwoodSum: number): { lower: number | null; upper: number | null } {
  if (survival <= 0) return { lower: null, upper: null };
  if (survival >= 1) return { lower: 1, upper: 1 };
  const logS = Math.log(survival);
  const se = Math.sqrt(greenwoodSum) / Math.abs(logS);
  return { lower: survival ** Math.exp(z95 * se), upper: survival ** Math.exp(-z95 * se) };
}

/**
 * The Kaplan–Meier curve of the observations. At a time with both, events come before censorings
 * (a person censored at t was at risk at t). Times must be finite and not negative.
 */
export function kaplanMeier(observations: readonly Observation[]): SurvivalCurve {
  for (const observation of observations)
    if (!Number.isFinite(observation.time) || observation.time < 0)
      throw new RangeError(`time must be a finite number ≥ 0, got ${observation.time}`);
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const { time, event } of observations) {
    const entry = byTime.get(time) ?? { events: 0, censored: 0 };
    if (event) entry.events += 1;
    else entry.censored += 1;
    byTime.set(time, entry);
  }
  const times = [...byTime.keys()].sort((a, b) => a - b);
  let atRisk = observations.length;
  let survival = 1;
  let greenwoodSum = 0;
  let median: number | null = null;
  let totalEvents = 0;
  const points: SurvivalPoint[] = [
    { time: 0, survival: 1, standardError: 0, lower: 1, upper: 1, atRisk, events: 0, censored: 0 },
  ];
  for (const time of times) {
    const { events, censored } = byTime.get(time) ?? { events: 0, censored: 0 };
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwoodSum += atRisk === events ? Number.POSITIVE_INFINITY : events / (atRisk * (atRisk - events));
      totalEvents += events;
      const standardError = survival > 0 ? survival * Math.sqrt(greenwoodSum) : null;
      const point = { time, survival, standardError, ...logLogBand(survival, greenwoodSum), atRisk, events };
      if (time === 0 && points[0]) points[0] = { ...point, censored };
      else points.push({ ...point, censored });
      if (median === null && survival <= 0.5) median = time;
    } else {
      const last = points[points.length - 1];
      if (last && last.time === time) last.censored += censored;
    }
    atRisk -= events + censored;
  }
  return { n: observations.length, events: totalEvents, points, median };
}

/** S(t) of the curve at any time (a step function, right-continuous). */
export function survivalAt(curve: SurvivalCurve, time: number): SurvivalPoint | undefined {
  let found: SurvivalPoint | undefined;
  for (const point of curve.points) {
    if (point.time > time) break;
    found = point;
  }
  return found;
}

/** How many are still at risk at `time` (their time is `time` or later): the "number at risk" row. */
export function numberAtRisk(observations: readonly Observation[], time: number): number {
  return observations.filter((observation) => observation.time >= time).length;
}
