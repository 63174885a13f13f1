import { contractIndicators } from "@otagai/shared/reports/indicators";
import { describe, expect, it } from "vitest";
import { buildIntake, buildPlan } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { countIndicators, findRecordsBehind } from "./indicators.repository.ts";

const t = useTestApp();

describe("indicators (smoke)", () => {
  it("counts every indicator in one query and lists the records behind one", async () => {
    const db = t.database.db;
    const program = await buildProgram(db);
    const one = await buildCase(db, program.id, { openedOn: "2026-04-10" });
    await buildIntake(db, one.id, { receivedOn: "2026-04-10" });
    await buildPlan(db, one.id, 1, { madeOn: "2026-05-01" });
    await buildOutcome(db, one.id, { startedOn: "2026-06-01", incomeBeforeYen: 0, incomeAfterYen: 80000 });
    const scope = { programId: program.id, fundingStreamId: null };
    const period = { from: "2026-04-01", to: "2027-03-31" };
    const figures = await countIndicators(db, contractIndicators, scope, period);
    expect(figures.get("newIntakes")?.get("intakes")?.total).toBe(1);
    expect(figures.get("startedWork")?.get("people")?.byMonth.get("2026-06")).toBe(1);
    expect(figures.get("employmentOrIncomeRate")?.get("rate")?.total).toBe(100);
    const behind = await findRecordsBehind(db, {
      indicator: "startedWork",
      part: "people",
      scope,
      period,
      column: period,
      limit: 10,
    });
    expect(behind.rows.length).toBe(1);
    expect(behind.figure).toBe(1);
  });
});
