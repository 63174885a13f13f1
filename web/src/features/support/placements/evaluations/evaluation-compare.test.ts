import { describe, expect, it } from "vitest";
import { compareTerms } from "./evaluation-compare";

const scores = (value: number) => ({
  punctuality: value,
  communication: value,
  followingInstructions: value,
  taskPerformance: value,
  stamina: value,
  safety: value,
});

describe("compareTerms", () => {
  it("gives each term's score and the change from the last evaluated term before it", () => {
    const cells = compareTerms([
      { term: 1, scores: scores(2) },
      { term: 2, scores: null },
      { term: 3, scores: { ...scores(3), safety: 1 } },
    ]);
    expect(cells.punctuality).toEqual([
      { score: 2, diff: null },
      { score: null, diff: null },
      { score: 3, diff: 1 },
    ]);
    expect(cells.safety[2]).toEqual({ score: 1, diff: -1 });
  });
});
