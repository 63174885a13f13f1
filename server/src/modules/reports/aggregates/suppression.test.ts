import type { AggregateCell } from "@otagai/shared/reports/aggregates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SuppressedTable, suppressTable } from "./suppression.ts";

/** The table with its totals as one grid (last row: column totals; last column: row totals). */
function gridOf(table: SuppressedTable): AggregateCell[][] {
  return [
    ...table.cells.map((row, r) => [...row, table.rowTotals[r] as AggregateCell]),
    [...table.columnTotals, table.grandTotal],
  ];
}
/** Shown values, "X" where hidden: the table as a reader sees it. */
const shown = (table: SuppressedTable) => gridOf(table).map((row) => row.map((cell) => cell.value ?? "X"));

function linesOf(grid: AggregateCell[][]): AggregateCell[][] {
  const width = grid[0]?.length ?? 0;
  return [...grid, ...Array.from({ length: width }, (_, c) => grid.map((row) => row[c] as AggregateCell))];
}

describe("small-cell suppression", () => {
  it("shows a table with no small cell as it is, with its totals", () => {
    expect(
      shown(
        suppressTable(
          [
            [10, 0],
            [7, 12],
          ],
          5,
        ),
      ),
    ).toEqual([
      [10, 0, 10],
      [7, 12, 19],
      [17, 12, 29],
    ]);
  });

  it("hides a small cell and the smallest others of its row and column until they cover each other", () => {
    const table = suppressTable(
      [
        [2, 10, 0],
        [8, 20, 6],
        [9, 30, 7],
      ],
      5,
    );
    expect(shown(table)).toEqual([
      ["X", "X", 0, 12],
      ["X", "X", 6, 34],
      [9, 30, 7, 46],
      [19, 60, 13, 92],
    ]);
    expect(table.cells[0]?.[0]).toEqual({ value: null, suppressed: "primary" });
    expect(table.cells[0]?.[1]).toEqual({ value: null, suppressed: "secondary" });
    expect(table.cells[1]?.[0]).toEqual({ value: null, suppressed: "secondary" });
    // 2, 10, 8 and 20 hide each other in pairs: no row or column is left with one unknown.
    expect(table.cells[1]?.[1]).toEqual({ value: null, suppressed: "secondary" });
  });

  it("hides a total under the threshold, and what would give it away", () => {
    const table = suppressTable([[1, 1, 0]], 5);
    expect(table.rowTotals[0]?.suppressed).toBe("primary");
    expect(table.grandTotal.suppressed).toBe("primary");
    expect(shown(table)).toEqual([
      ["X", "X", 0, "X"],
      ["X", "X", 0, "X"],
    ]);
  });

  it("takes the threshold as given: the same table under 3 and under 10", () => {
    const counts = [
      [4, 12],
      [15, 20],
    ];
    expect(shown(suppressTable(counts, 3))).toEqual([
      [4, 12, 16],
      [15, 20, 35],
      [19, 32, 51],
    ]);
    expect(shown(suppressTable(counts, 10))).toEqual([
      ["X", "X", 16],
      ["X", "X", 35],
      [19, 32, 51],
    ]);
  });

  it("copes with an empty table", () => {
    expect(shown(suppressTable([], 5))).toEqual([[0]]);
    expect(shown(suppressTable([[], []], 5))).toEqual([[0], [0], [0]]);
  });

  const tables = fc
    .record({ rows: fc.integer({ min: 1, max: 7 }), columns: fc.integer({ min: 1, max: 7 }) })
    .chain(({ rows, columns }) =>
      fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 60 })), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
    );

  it("never leaves a hidden cell alone in its row or column (nothing can be recovered by subtraction)", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 3, max: 50 }), (counts, threshold) => {
        for (const line of linesOf(gridOf(suppressTable(counts, threshold)))) {
          const hidden = line.filter((cell) => cell.suppressed !== null).length;
          expect(hidden === 0 || hidden >= 2).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("hides every small count and changes no value it shows", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 3, max: 50 }), (counts, threshold) => {
        const table = suppressTable(counts, threshold);
        const rowTotals = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
        const columnTotals = (counts[0] ?? []).map((_, c) =>
          counts.reduce((sum, row) => sum + (row[c] ?? 0), 0),
        );
        const expected = [
          ...counts.map((row, r) => [...row, rowTotals[r] as number]),
          [...columnTotals, rowTotals.reduce((sum, value) => sum + value, 0)],
        ];
        for (const [r, row] of gridOf(table).entries())
          for (const [c, cell] of row.entries()) {
            const value = expected[r]?.[c] as number;
            if (value > 0 && value < threshold) expect(cell).toEqual({ value: null, suppressed: "primary" });
            else if (cell.suppressed === null) expect(cell.value).toBe(value);
            else expect(cell).toEqual({ value: null, suppressed: "secondary" });
            if (value === 0) expect(cell).toEqual({ value: 0, suppressed: null });
          }
      }),
      { numRuns: 500 },
    );
  });
});
