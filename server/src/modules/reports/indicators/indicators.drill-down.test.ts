import {
  contractIndicators,
  type IndicatorPart,
  indicatorParts,
  ratePercent,
} from "@otagai/shared/reports/indicators";
import { describe, expect, it } from "vitest";
import { buildActivity } from "../../../test/factories/activities.ts";
import { buildIntake, buildPlan } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import {
  buildAttendance,
  buildReportScope,
  fiscalYear2026,
  markFollowUpDone,
} from "../../../test/factories/reports.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { monthPeriod } from "../contracts/report-periods.ts";
import type { ReportScope } from "./indicator-rows.ts";
import { countIndicators, findRecordsBehind } from "./indicators.repository.ts";

const t = useTestApp();

/** A small year with a record behind every part of every indicator, some in two months. */
async function aYearOfRecords(programId: string) {
  const db = t.database.db;
  const one = await buildCase(db, programId, { openedOn: "2026-05-10", status: "active" });
  await buildIntake(db, one.id, { receivedOn: "2026-05-10", screeningRoute: "continuing" });
  await buildPlan(db, one.id, 1, { madeOn: "2026-05-20" });
  await buildPlan(db, one.id, 2, { madeOn: "2026-06-15" });
  const job = await buildOutcome(db, one.id, {
    startedOn: "2026-06-20",
    incomeBeforeYen: 0,
    incomeAfterYen: 100000,
  });
  if (job.followUps[0]) await markFollowUpDone(db, job.followUps[0].id, "2026-07-20", true);
  const placement = await buildPlacement(db, one.id, { status: "ongoing", startOn: "2026-06-01" });
  await buildAttendance(db, placement.id, "2026-06-03");
  await buildAttendance(db, placement.id, "2026-06-05", { status: "late", hours: 3 });
  await buildAttendance(db, placement.id, "2026-07-01", { status: "absent", hours: null });
  for (const occurredAt of ["2026-05-31T15:30:00Z", "2026-06-10T01:00:00Z", "2026-05-20T01:00:00Z"])
    await buildActivity(db, one.participantId, { caseId: one.id, occurredAt: new Date(occurredAt) });

  const two = await buildCase(db, programId, { openedOn: "2026-06-02", status: "active" });
  await buildIntake(db, two.id, { receivedOn: "2026-06-02", screeningRoute: "handover" });
  await buildPlan(db, two.id, 1, { madeOn: "2026-06-05" });
  await buildOutcome(db, two.id, { outcomeType: "vocational_training", startedOn: "2026-06-25" });

  // The first person again, in a second case.
  const again = await buildCase(db, programId, {
    participantId: one.participantId,
    openedOn: "2026-06-10",
    closedOn: "2026-07-15",
    status: "closed",
  });
  await buildIntake(db, again.id, { receivedOn: "2026-06-10", screeningRoute: "information" });
  await buildPlacement(db, again.id, { status: "completed", startOn: "2026-04-01", endedOn: "2026-06-30" });

  const three = await buildCase(db, programId, { openedOn: "2026-04-01", status: "active" });
  await buildOutcome(db, three.id, { outcomeType: "education", startedOn: "2026-07-01" });
  await buildOutcome(db, three.id, { outcomeType: "volunteer", startedOn: "2026-08-03" });
  const kept = await buildOutcome(db, three.id, {
    outcomeType: "general_employment",
    startedOn: "2026-04-01",
  });
  const doneOn = ["2026-05-01", "2026-07-01", "2026-10-01", "2027-03-20"];
  for (const [index, followUp] of kept.followUps.entries())
    await markFollowUpDone(db, followUp.id, doneOn[index] ?? "2027-03-31", true);
}

/** Every (indicator, part) and every column its figures have: each month and the total. */
async function everyFigure(scope: ReportScope) {
  const figures = await countIndicators(t.database.db, contractIndicators, scope, fiscalYear2026);
  return contractIndicators.flatMap((indicator) =>
    (indicatorParts[indicator] as readonly IndicatorPart[]).flatMap((part) => {
      const counted = figures.get(indicator)?.get(part.key);
      if (!counted) throw new Error(`no figures for ${indicator}.${part.key}`);
      return [
        ...[...counted.byMonth].map(([month, figure]) => ({
          indicator,
          part,
          column: monthPeriod(month),
          label: month,
          figure,
        })),
        { indicator, part, column: fiscalYear2026, label: "total", figure: counted.total },
      ];
    }),
  );
}

describe("the records behind a figure (drill-down)", () => {
  it("gives, for every part of every indicator, the report's figure for each month and the total", async () => {
    const { programId, scope } = await buildReportScope(t.database.db);
    await aYearOfRecords(programId);
    const cells = await everyFigure(scope);
    // Every part has a figure somewhere (the data set reaches all of them).
    for (const indicator of contractIndicators)
      for (const part of indicatorParts[indicator] as readonly IndicatorPart[]) {
        const total = cells.find(
          (cell) => cell.indicator === indicator && cell.part.key === part.key && cell.label === "total",
        );
        expect(total?.figure, `${indicator}.${part.key}`).toBeGreaterThan(0);
      }
    for (const cell of cells) {
      const found = await findRecordsBehind(t.database.db, {
        indicator: cell.indicator,
        part: cell.part.key,
        scope,
        period: fiscalYear2026,
        column: cell.column,
        limit: 100,
      });
      const name = `${cell.indicator}.${cell.part.key} ${cell.label}`;
      expect(found.figure, name).toBe(cell.figure);
      expect(found.rows.length, name).toBe(found.rowCount);
      if (cell.part.measure === "people" || cell.part.measure === "records")
        expect(found.rowCount, name).toBe(cell.figure);
      if (cell.part.measure === "people")
        expect(new Set(found.rows.map((row) => row.participantId)).size, name).toBe(found.rowCount);
      if (cell.part.measure === "sum")
        expect(
          found.rows.reduce((sum, row) => sum + row.amount, 0),
          name,
        ).toBe(cell.figure);
      if (cell.part.rateOf) {
        const numerator = cells.find(
          (other) =>
            other.indicator === cell.indicator &&
            other.part.key === cell.part.rateOf?.numerator &&
            other.label === cell.label,
        );
        expect(found.rowCount, name).toBe(numerator?.figure ?? 0);
      }
    }
  });

  it("lists a person once behind a count of people, at their first record in the column", async () => {
    const { programId, scope } = await buildReportScope(t.database.db);
    await aYearOfRecords(programId);
    const found = await findRecordsBehind(t.database.db, {
      indicator: "activeParticipants",
      part: "people",
      scope,
      period: fiscalYear2026,
      column: monthPeriod("2026-06"),
      limit: 100,
    });
    // The first person has two open cases in June, the second and third one each: three people.
    expect(found.rowCount).toBe(3);
    expect(found.rows.map((row) => row.onDate).sort()).toEqual(["2026-06-01", "2026-06-01", "2026-06-02"]);
  });

  it("stops the list at the limit but counts every row", async () => {
    const { programId, scope } = await buildReportScope(t.database.db);
    await aYearOfRecords(programId);
    const found = await findRecordsBehind(t.database.db, {
      indicator: "supportContacts",
      part: "contacts",
      scope,
      period: fiscalYear2026,
      column: fiscalYear2026,
      limit: 1,
    });
    expect(found.rows.length).toBe(1);
    expect(found.rowCount).toBe(3);
    expect(found.figure).toBe(3);
  });

  it("has nothing behind an unknown part, and a rate over nobody is null", async () => {
    const { scope } = await buildReportScope(t.database.db);
    const input = { scope, period: fiscalYear2026, column: fiscalYear2026, limit: 10 };
    expect(
      await findRecordsBehind(t.database.db, { ...input, indicator: "newIntakes", part: "rate" }),
    ).toEqual({ rows: [], rowCount: 0, figure: null });
    const rate = await findRecordsBehind(t.database.db, {
      ...input,
      indicator: "employmentOrIncomeRate",
      part: "rate",
    });
    expect(rate).toEqual({ rows: [], rowCount: 0, figure: ratePercent(0, 0) });
  });
});
