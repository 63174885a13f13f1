import { describe, expect, it } from "vitest";
import { kaplanMeier, numberAtRisk, type Observation, survivalAt } from "./kaplan-meier.ts";

/**
 * The published worked example: Freireich et al. (1963), remission times in weeks of the 21 leukemia
 * patients on 6-mercaptopurine ("+" censored), as worked in Kleinbaum & Klein, Survival Analysis:
 * A Self-Learning Text (3rd ed., 2012), ch. 2, and in Klein & Moeschberger, Survival Analysis
 * (2nd ed., 2003), Table 4.1A (with Greenwood's standard errors):
 * 6, 6, 6, 6+, 7, 9+, 10, 10+, 11+, 13, 16, 17+, 19+, 20+, 22, 23, 25+, 32+, 32+, 34+, 35+.
 */
const sixMp: Observation[] = [
  [6, true],
  [6, true],
  [6, true],
  [6, false],
  [7, true],
  [9, false],
  [10, true],
  [10, false],
  [11, false],
  [13, true],
  [16, true],
  [17, false],
  [19, false],
  [20, false],
  [22, true],
  [23, true],
  [25, false],
  [32, false],
  [32, false],
  [34, false],
  [35, false],
].map(([time, event]) => ({ time: time as number, event: event as boolean }));

// time, at risk, events, S(t), Greenwood SE — as printed in the texts (3 and 4 decimals).
const published = [
  [6, 21, 3, 0.857, 0.0764],
  [7, 17, 1, 0.807, 0.0869],
  [10, 15, 1, 0.753, 0.0963],
  [13, 12, 1, 0.69, 0.1068],
  [16, 11, 1, 0.627, 0.1141],
  [22, 7, 1, 0.538, 0.1282],
  [23, 6, 1, 0.448, 0.1346],
] as const;

describe("kaplanMeier", () => {
  it("reproduces the 6-MP worked example: S(t), numbers at risk and Greenwood's standard errors", () => {
    const curve = kaplanMeier(sixMp);
    expect(curve.n).toBe(21);
    expect(curve.events).toBe(9);
    expect(curve.points.map((point) => point.time)).toEqual([0, 6, 7, 10, 13, 16, 22, 23]);
    for (const [time, atRisk, events, survival, se] of published) {
      const point = curve.points.find((candidate) => candidate.time === time);
      expect(point?.atRisk).toBe(atRisk);
      expect(point?.events).toBe(events);
      expect(point?.survival).toBeCloseTo(survival, 3);
      expect(point?.standardError).toBeCloseTo(se, 4);
    }
    // The curve never falls to one half before 23 weeks: the median is 23.
    expect(curve.median).toBe(23);
  });

  it("puts a log-log 95% band around S(t) inside [0, 1]", () => {
    const curve = kaplanMeier(sixMp);
    const at6 = survivalAt(curve, 6);
    // By hand: se = sqrt(3 / (21 × 18)) / |ln(6/7)| = 0.5779; S^exp(±1.96 se) = 0.620 and 0.952
    // (as survfit(..., conf.type = "log-log") prints for these data).
    expect(at6?.lower).toBeCloseTo(0.62, 3);
    expect(at6?.upper).toBeCloseTo(0.952, 3);
    for (const point of curve.points) {
      expect(point.lower).not.toBeNull();
      expect(point.lower ?? 0).toBeGreaterThanOrEqual(0);
      expect(point.lower ?? 0).toBeLessThanOrEqual(point.survival);
      expect(point.upper ?? 0).toBeGreaterThanOrEqual(point.survival);
      expect(point.upper ?? 2).toBeLessThanOrEqual(1);
    }
  });

  it("reads the step function and the numbers at risk at any time", () => {
    const curve = kaplanMeier(sixMp);
    expect(survivalAt(curve, 0)?.survival).toBe(1);
    expect(survivalAt(curve, 5.9)?.survival).toBe(1);
    expect(survivalAt(curve, 12)?.survival).toBeCloseTo(0.753, 3);
    expect(survivalAt(curve, 40)?.survival).toBeCloseTo(0.448, 3);
    expect(numberAtRisk(sixMp, 0)).toBe(21);
    expect(numberAtRisk(sixMp, 12)).toBe(12);
    expect(numberAtRisk(sixMp, 36)).toBe(0);
  });

  it("counts censorings at an event time as at risk, and ends at zero when the last one stops", () => {
    const curve = kaplanMeier([
      { time: 2, event: true },
      { time: 2, event: false },
      { time: 5, event: true },
    ]);
    expect(curve.points[1]).toMatchObject({ time: 2, atRisk: 3, events: 1, censored: 1 });
    expect(curve.points[1]?.survival).toBeCloseTo(2 / 3, 10);
    expect(curve.points[2]).toMatchObject({ time: 5, atRisk: 1, survival: 0, lower: null, upper: null });
    expect(curve.points[2]?.standardError).toBeNull();
    expect(curve.median).toBe(5);
  });

  it("answers a flat curve without events, and an empty one", () => {
    const flat = kaplanMeier([
      { time: 1, event: false },
      { time: 3, event: false },
    ]);
    expect(flat.points).toEqual([
      { time: 0, survival: 1, standardError: 0, lower: 1, upper: 1, atRisk: 2, events: 0, censored: 0 },
    ]);
    expect(flat.median).toBeNull();
    expect(kaplanMeier([]).n).toBe(0);
  });

  it("starts below 1 when some stop at time 0", () => {
    const curve = kaplanMeier([
      { time: 0, event: true },
      { time: 4, event: false },
    ]);
    expect(curve.points).toHaveLength(1);
    expect(curve.points[0]).toMatchObject({ time: 0, survival: 0.5, atRisk: 2 });
  });

  it("refuses negative or unknown times", () => {
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: Number.NaN, event: false }])).toThrow(RangeError);
  });
});
