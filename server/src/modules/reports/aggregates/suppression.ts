import type { AggregateCell, SuppressionKind } from "@otagai/shared/reports/aggregates";

/**
 * Small-cell suppression of a two-way table of counts (issue 14), as statistical offices publish:
 *
 * - primary: a count with 0 < count < threshold is hidden; so is a row's or column's total, or the
 *   grand total, under the threshold. Zeros are shown: "nobody in this cell" tells nothing about a
 *   person, and hiding them would hide most of a sparse table for nothing.
 * - secondary: a line (a row or a column, the totals row and the totals column included, each line
 *   with its own total) with exactly one hidden cell would give that cell away by subtraction from
 *   the total; so the smallest non-zero cell still shown in that line is hidden too (a total only
 *   when no inner cell is left), again and again until no line has exactly one hidden cell.
 *
 * This stops recovery by subtraction within a line, the attack a reader can do by hand; it does not
 * claim to stop every solution of the table's linear system (a full audit needs an LP solver).
 */
export type SuppressedTable = {
  cells: AggregateCell[][];
  rowTotals: AggregateCell[];
  columnTotals: AggregateCell[];
  grandTotal: AggregateCell;
};

/** Hides small cells of `counts` (rows × columns, non-negative integers) and their givers-away. */
export function suppressTable(counts: readonly (readonly number[])[], threshold: number): SuppressedTable {
  const rowCount = counts.length;
  const columnCount = counts[0]?.length ?? 0;
  // The table with its totals: row `rowCount` holds the column totals, column `columnCount` the row totals.
  const grid: number[][] = counts.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  grid.push(
    Array.from({ length: columnCount + 1 }, (_, column) =>
      grid.reduce((sum, row) => sum + (row[column] ?? 0), 0),
    ),
  );
  const marks: (SuppressionKind | null)[][] = grid.map((row) =>
    row.map((value) => (value > 0 && value < threshold ? "primary" : null)),
  );

  // Every line as its cells' coordinates: each row and each column, totals included.
  const lines: [number, number][][] = [
    ...grid.map((row, r) => row.map((_, c) => [r, c] as [number, number])),
    ...Array.from({ length: columnCount + 1 }, (_, c) => grid.map((_, r) => [r, c] as [number, number])),
  ];
  const isTotal = ([r, c]: [number, number]) => r === rowCount || c === columnCount;
  const valueAt = ([r, c]: [number, number]) => grid[r]?.[c] ?? 0;

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([r, c]) => marks[r]?.[c]).length !== 1) continue;
      const candidates = line
        .filter(([r, c]) => !marks[r]?.[c] && (grid[r]?.[c] ?? 0) > 0)
        .sort((a, b) => valueAt(a) - valueAt(b) || Number(isTotal(a)) - Number(isTotal(b)));
      const chosen = candidates[0];
      // A line with one hidden non-zero cell has a non-zero cell left (its total, or a part of it).
      if (!chosen) continue;
      const row = marks[chosen[0]];
      if (row) row[chosen[1]] = "secondary";
      changed = true;
    }
  }

  const cellAt = (r: number, c: number): AggregateCell => {
    const suppressed = marks[r]?.[c] ?? null;
    return { value: suppressed ? null : (grid[r]?.[c] ?? 0), suppressed };
  };
  return {
    cells: counts.map((row, r) => row.map((_, c) => cellAt(r, c))),
    rowTotals: counts.map((_, r) => cellAt(r, columnCount)),
    columnTotals: Array.from({ length: columnCount }, (_, c) => cellAt(rowCount, c)),
    grandTotal: cellAt(rowCount, columnCount),
  };
}
