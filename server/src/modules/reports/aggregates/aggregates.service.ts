import { translate } from "@otagai/shared/i18n/catalogs";
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import type { Locale } from "@otagai/shared/platform/locales";
import type {
  Aggregates,
  AggregateTable,
  AggregateTableKey,
  aggregatesQuerySchema,
} from "@otagai/shared/reports/aggregates";
import { concernTopics } from "@otagai/shared/support/concern-topics";
import { outcomeTypes } from "@otagai/shared/support/outcomes";
import { ageBands } from "@otagai/shared/support/participants";
import type { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import * as repository from "./aggregates.repository.ts";
import { suppressTable } from "./suppression.ts";

type Query = z.output<typeof aggregatesQuerySchema>;
type Heading = { key: string; label: string };

/** Counts laid out on the given headings, suppressed; a count outside them is a bug, not dropped quietly. */
export function buildTable(
  key: AggregateTableKey,
  rows: Heading[],
  columns: Heading[],
  counts: repository.CountRow[],
  threshold: number,
): AggregateTable {
  const rowIndex = new Map(rows.map((row, index) => [row.key, index]));
  const columnIndex = new Map(columns.map((column, index) => [column.key, index]));
  const matrix = rows.map(() => columns.map(() => 0));
  for (const count of counts) {
    const r = rowIndex.get(count.rowKey);
    const c = columnIndex.get(count.columnKey);
    if (r === undefined || c === undefined)
      throw new Error(`${key}: no heading for ${count.rowKey} × ${count.columnKey}`);
    (matrix[r] as number[])[c] = count.count;
  }
  const table = suppressTable(matrix, threshold);
  return {
    key,
    columns,
    rows: rows.map((row, r) => ({
      ...row,
      cells: table.cells[r] ?? [],
      total: table.rowTotals[r] ?? { value: 0, suppressed: null },
    })),
    totals: table.columnTotals,
    grandTotal: table.grandTotal,
  };
}

/** The twelve months of a fiscal year, "YYYY-MM", April first. */
function monthsOf(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((index + 3) % 12) + 1;
    return `${fiscalYear + (month < 4 ? 1 : 0)}-${String(month).padStart(2, "0")}`;
  });
}

/** The aggregate tables of a fiscal year, every program or one, small cells suppressed. */
export async function getAggregates(db: Database, query: Query, locale: Locale): Promise<Aggregates> {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const a = (key: string, params?: Record<string, string | number>) => t(`reports.aggregates.${key}`, params);
  const fiscalYear = query.fiscalYear ?? (fiscalYearOf(todayInJapan()) as number);
  const range = fiscalYearRange(fiscalYear);
  const period = { from: range.start, to: range.end };
  const programId = query.programId ?? null;

  const programs = await repository.findPrograms(db);
  const program = programId === null ? null : programs.find((candidate) => candidate.id === programId);
  if (program === undefined)
    throw new AppError("VALIDATION_FAILED", [
      { path: "querystring.programId", code: "unknown_program", messageKey: "invalidOption" },
    ]);

  const [intakes, outcomes, consultations, placements] = await Promise.all([
    repository.countIntakesByAgeBand(db, period, programId),
    repository.countOutcomesByType(db, period, programId),
    repository.countConsultationsByTopicAndArea(db, period),
    repository.countPlacementsByMonth(db, period, programId),
  ]);

  /** One program, or the active ones and any other with a count in the table. */
  const programRows = (counts: repository.CountRow[]): Heading[] =>
    programs
      .filter((candidate) =>
        program
          ? candidate.id === program.id
          : candidate.active || counts.some((c) => c.rowKey === candidate.id),
      )
      .map((candidate) => ({ key: candidate.id, label: candidate.name }));

  const ageColumns = [
    ...ageBands.map((band) => ({ key: band, label: t(`support.participants.ageBands.${band}`) })),
    { key: "unknown", label: a("unknownAge") },
  ];
  const outcomeColumns = outcomeTypes.map((type) => ({
    key: type,
    label: t(`support.outcomes.types.${type}`),
  }));
  const topicRows = concernTopics.map((topic) => ({
    key: topic,
    label: t(`support.concernTopics.${topic}`),
  }));
  const areaColumns = [...new Set(consultations.map((count) => count.columnKey))]
    .sort((x, y) => (x === "" ? 1 : y === "" ? -1 : x.localeCompare(y, "ja")))
    .map((area) => ({ key: area, label: area === "" ? a("noArea") : area }));
  const monthColumns = monthsOf(fiscalYear).map((month) => ({
    key: month,
    label: a("month", { year: month.slice(0, 4), month: Number(month.slice(5)), mm: month.slice(5) }),
  }));

  const threshold = query.threshold;
  return {
    fiscalYear,
    period,
    threshold,
    program: program ? { id: program.id, name: program.name } : null,
    programs: programs.map(({ id, name }) => ({ id, name })),
    tables: [
      buildTable("intakesByAgeBand", programRows(intakes), ageColumns, intakes, threshold),
      buildTable("outcomesByType", programRows(outcomes), outcomeColumns, outcomes, threshold),
      buildTable("consultationsByTopicAndArea", topicRows, areaColumns, consultations, threshold),
      buildTable("placementsByMonth", programRows(placements), monthColumns, placements, threshold),
    ],
  };
}
