import { describe, expect, it } from "vitest";
import { buildIntake, buildPlan, threeGoals } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildReportScope, countOne } from "../../../test/factories/reports.ts";
import { useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
const goalsWithoutWork = threeGoals.filter((goal) => goal.area !== "work");

describe("newIntakes (新規相談受付件数)", () => {
  it("counts the intakes received in each month of the fiscal year, its first and last day included", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    for (const receivedOn of [
      "2026-03-31", // the fiscal year before
      "2026-04-01",
      "2026-04-30",
      "2026-05-01",
      "2027-03-31",
      "2027-04-01", // the next fiscal year
    ]) {
      const row = await buildCase(db, programId, { openedOn: receivedOn });
      await buildIntake(db, row.id, { receivedOn });
    }
    const figures = await countOne(db, "newIntakes", scope);
    expect(figures.intakes).toEqual({ months: { "2026-04": 2, "2026-05": 1, "2027-03": 1 }, total: 4 });
  });

  it("counts each of a person's cases: intakes are records, not people", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const person = await buildParticipant(db);
    for (const receivedOn of ["2026-06-01", "2026-06-20"]) {
      const row = await buildCase(db, programId, { participantId: person.id, openedOn: receivedOn });
      await buildIntake(db, row.id, { receivedOn });
    }
    expect((await countOne(db, "newIntakes", scope)).intakes).toEqual({
      months: { "2026-06": 2 },
      total: 2,
    });
  });
});

describe("screeningRoutes (スクリーニング)", () => {
  it("counts the intakes by their route, each route apart", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const intakes = [
      { receivedOn: "2026-04-03", screeningRoute: "continuing" },
      { receivedOn: "2026-04-28", screeningRoute: "continuing" },
      { receivedOn: "2026-05-02", screeningRoute: "handover" },
      { receivedOn: "2026-05-31", screeningRoute: "information" },
      { receivedOn: "2026-03-31", screeningRoute: "information" },
    ];
    for (const intake of intakes) {
      const row = await buildCase(db, programId, { openedOn: intake.receivedOn });
      await buildIntake(db, row.id, intake);
    }
    const figures = await countOne(db, "screeningRoutes", scope);
    expect(figures.continuing).toEqual({ months: { "2026-04": 2 }, total: 2 });
    expect(figures.handover).toEqual({ months: { "2026-05": 1 }, total: 1 });
    expect(figures.information).toEqual({ months: { "2026-05": 1 }, total: 1 });
  });
});

describe("plansMade (プラン作成件数)", () => {
  it("counts first plans by the day they were made; a re-plan is not a new plan", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const one = await buildCase(db, programId);
    await buildPlan(db, one.id, 1, { madeOn: "2026-05-31" });
    await buildPlan(db, one.id, 2, { madeOn: "2026-06-15" });
    const two = await buildCase(db, programId);
    await buildPlan(db, two.id, 1, { madeOn: "2026-06-01", goals: goalsWithoutWork });
    const before = await buildCase(db, programId);
    await buildPlan(db, before.id, 1, { madeOn: "2026-03-31" });
    const figures = await countOne(db, "plansMade", scope);
    expect(figures.plans).toEqual({ months: { "2026-05": 1, "2026-06": 1 }, total: 2 });
  });
});

describe("workSupportTargets (就労支援対象者数)", () => {
  it("counts people with a work-goal plan made in the period, once a month and once in the total", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    // One person, three work-goal plans: two in May, one in July.
    const many = await buildCase(db, programId);
    await buildPlan(db, many.id, 1, { madeOn: "2026-05-01" });
    await buildPlan(db, many.id, 2, { madeOn: "2026-05-20" });
    await buildPlan(db, many.id, 3, { madeOn: "2026-07-01" });
    // Another in May; a plan without a work goal is not counted.
    const other = await buildCase(db, programId);
    await buildPlan(db, other.id, 1, { madeOn: "2026-05-15" });
    const noWork = await buildCase(db, programId);
    await buildPlan(db, noWork.id, 1, { madeOn: "2026-05-15", goals: goalsWithoutWork });
    const figures = await countOne(db, "workSupportTargets", scope);
    expect(figures.people).toEqual({ months: { "2026-05": 2, "2026-07": 1 }, total: 2 });
  });
});

describe("employmentOrIncomeRate (就労・増収率)", () => {
  /** Five people with a plan each; who started work or raised income after it, and when. */
  async function fivePlans(programId: string) {
    const db = t.database.db;
    const a = await buildCase(db, programId);
    await buildPlan(db, a.id, 1, { madeOn: "2026-05-10" });
    await buildOutcome(db, a.id, { startedOn: "2026-07-01" }); // work, after the plan
    const b = await buildCase(db, programId);
    await buildPlan(db, b.id, 1, { madeOn: "2026-05-20" }); // nothing yet
    const c = await buildCase(db, programId);
    await buildPlan(db, c.id, 1, { madeOn: "2026-06-05" });
    await buildOutcome(db, c.id, {
      outcomeType: "volunteer",
      startedOn: "2026-06-30",
      incomeBeforeYen: 0,
      incomeAfterYen: 10000,
    }); // not work, but raised income
    const d = await buildCase(db, programId);
    await buildPlan(db, d.id, 1, { madeOn: "2026-06-10" });
    await buildOutcome(db, d.id, { startedOn: "2026-06-01" }); // work before the plan: not counted
    const e = await buildCase(db, programId);
    await buildPlan(db, e.id, 1, { madeOn: "2026-06-12", goals: goalsWithoutWork });
    await buildOutcome(db, e.id, { startedOn: "2026-06-20" }); // no work goal: not a target
  }

  it("counts targets and achievers on the plan's day, and the rate of one over the other", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    await fivePlans(programId);
    const figures = await countOne(db, "employmentOrIncomeRate", scope);
    expect(figures.targets).toEqual({ months: { "2026-05": 2, "2026-06": 2 }, total: 4 });
    expect(figures.achieved).toEqual({ months: { "2026-05": 1, "2026-06": 1 }, total: 2 });
    expect(figures.rate).toEqual({ months: { "2026-05": 50, "2026-06": 50 }, total: 50 });
  });

  it("counts an achievement only up to the period's end", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    await fivePlans(programId);
    const toJune = await countOne(db, "employmentOrIncomeRate", scope, {
      from: "2026-04-01",
      to: "2026-06-30",
    });
    expect(toJune.achieved).toEqual({ months: { "2026-06": 1 }, total: 1 });
    expect(toJune.targets?.total).toBe(4);
    expect(toJune.rate).toEqual({ months: { "2026-05": 0, "2026-06": 50 }, total: 25 });
  });

  it("has no rate (null) where nobody is a target, and 0 figures with no plans", async () => {
    const db = t.database.db;
    const { scope } = await buildReportScope(db);
    const figures = await countOne(db, "employmentOrIncomeRate", scope);
    expect(figures.rate).toEqual({ months: {}, total: null });
    expect(figures.targets).toEqual({ months: {}, total: 0 });
  });

  it("rounds the rate to one decimal", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    for (const achieved of [true, false, false]) {
      const row = await buildCase(db, programId);
      await buildPlan(db, row.id, 1, { madeOn: "2026-09-01" });
      if (achieved) await buildOutcome(db, row.id, { startedOn: "2026-09-02" });
    }
    const figures = await countOne(db, "employmentOrIncomeRate", scope);
    expect(figures.rate).toEqual({ months: { "2026-09": 33.3 }, total: 33.3 });
  });
});
