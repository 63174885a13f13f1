import type { RetentionCurve } from "@otagai/shared/reports/retention";
import { describe, expect, it } from "vitest";
import { chartRows } from "./chart-rows";

const curve = (key: string, points: [number, number, number | null, number | null][], followed: number) =>
  ({
    key,
    label: key,
    n: 10,
    events: points.length - 1,
    medianMonths: null,
    followedMonths: followed,
    atRisk: [],
    points: points.map(([month, survival, lower, upper]) => ({
      month,
      survival,
      lower,
      upper,
      atRisk: 1,
      events: 1,
    })),
  }) satisfies RetentionCurve;

describe("chartRows", () => {
  it("carries each curve's step forward to the other curves' months and ends it where it was followed", () => {
    const rows = chartRows([
      curve(
        "a",
        [
          [0, 1, 1, 1],
          [2, 0.5, 0.2, 0.8],
        ],
        3,
      ),
      curve(
        "b",
        [
          [0, 1, 1, 1],
          [1, 0.9, 0.6, 0.98],
          [5, 0, null, null],
        ],
        5,
      ),
    ]);
    expect(rows).toEqual([
      { month: 0, s0: 1, b0: [1, 1], s1: 1, b1: [1, 1] },
      { month: 1, s0: 1, b0: [1, 1], s1: 0.9, b1: [0.6, 0.98] },
      { month: 2, s0: 0.5, b0: [0.2, 0.8], s1: 0.9, b1: [0.6, 0.98] },
      { month: 3, s0: 0.5, b0: [0.2, 0.8], s1: 0.9, b1: [0.6, 0.98] },
      { month: 5, s0: null, b0: null, s1: 0, b1: null },
    ]);
  });
});
