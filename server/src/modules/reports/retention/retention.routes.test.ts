import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { caseFollowUps } from "../../support/outcomes/outcomes.tables.ts";

const t = useTestApp();

/** Marks the outcome's follow-up at `offset` months done on `doneOn`, still working or stopped. */
async function followUp(
  outcomeId: string,
  offset: number,
  doneOn: string,
  stop?: { on: string | null; reason: string | null },
) {
  const rows = await t.database.db
    .update(caseFollowUps)
    .set({
      doneOn,
      stillWorking: !stop,
      stoppedOn: stop?.on ?? null,
      stoppedReason: stop?.reason ?? null,
    })
    .where(eq(caseFollowUps.outcomeId, outcomeId))
    .returning();
  // Only the one at `offset`: the others back to not done.
  for (const row of rows)
    if (row.offsetMonths !== offset)
      await t.database.db
        .update(caseFollowUps)
        .set({ doneOn: null, stillWorking: null, stoppedOn: null, stoppedReason: null })
        .where(eq(caseFollowUps.id, row.id));
}

async function setUp() {
  const db = t.database.db;
  const program = await buildProgram(db, { name: "試験プログラム甲" });
  const other = await buildProgram(db, { name: "試験プログラム乙" });
  const young = await buildParticipant(db, { birthDate: "2000-06-01" });
  const older = await buildParticipant(db, { birthDate: "1970-06-01" });
  const caseA = await buildCase(db, program.id, { participantId: young.id, openedOn: "2025-04-10" });
  const caseB = await buildCase(db, program.id, { participantId: older.id, openedOn: "2025-04-10" });
  const caseC = await buildCase(db, other.id, { openedOn: "2025-04-10" });
  await buildPlacement(db, caseA.id, { startOn: "2025-05-01", status: "completed" });
  // Stopped after two months (61 days), with a reason.
  const stopped = await buildOutcome(db, caseA.id, { startedOn: "2025-08-01" });
  await followUp(stopped.outcome.id, 3, "2025-11-01", { on: "2025-10-01", reason: "health" });
  // Still working at the 3-month follow-up: censored at 92 days.
  const working = await buildOutcome(db, caseB.id, {
    outcomeType: "general_employment",
    startedOn: "2025-08-01",
  });
  await followUp(working.outcome.id, 3, "2025-11-01");
  // Stopped, reason left blank, stop day not recorded: the follow-up's day (30 days).
  const blank = await buildOutcome(db, caseC.id, {
    outcomeType: "collective_member",
    startedOn: "2025-03-01",
  });
  await followUp(blank.outcome.id, 1, "2025-03-31", { on: null, reason: " " });
  // No follow-up done: left out of the curves.
  await buildOutcome(db, caseC.id, { startedOn: "2025-09-01" });
  // Not a work outcome: not counted at all.
  await buildOutcome(db, caseC.id, { outcomeType: "education", startedOn: "2025-09-01" });
  return { program, other };
}

/** The records above, made once for the file (its tests share one database). */
let fixture: ReturnType<typeof setUp> | undefined;
const setUpOnce = () => {
  fixture ??= setUp();
  return fixture;
};

function get(session: Session, query: string) {
  return t.request({ method: "GET", url: `/api/reports/retention?${query}`, session });
}

describe("GET /api/reports/retention", () => {
  it("answers empty curves when nothing is followed up", async () => {
    const response = await get(await t.loginAs("coordinator"), "");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ groupBy: "program", curves: [], notFollowedUp: 0 });
  });

  it("gives a Kaplan–Meier curve per program with the numbers at risk and the reasons counted", async () => {
    const { program, other } = await setUpOnce();
    const response = await get(await t.loginAs("viewer"), "groupBy=program");
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.atRiskMonths).toEqual([0, 1, 3, 6, 12, 18, 24]);
    expect(report.notFollowedUp).toBe(1);
    expect(report.curves.map((curve: { key: string }) => curve.key).sort()).toEqual(
      [program.id, other.id].sort(),
    );
    const first = report.curves.find((curve: { key: string }) => curve.key === program.id);
    expect(first).toMatchObject({ label: "試験プログラム甲", n: 2, events: 1, medianMonths: 2 });
    // 61 days ≈ 2.0 months: one of two stops (S = 0.5; at risk 2).
    expect(first.points).toEqual([
      { month: 0, survival: 1, lower: 1, upper: 1, atRisk: 2, events: 0 },
      { month: 2, survival: 0.5, lower: expect.any(Number), upper: expect.any(Number), atRisk: 2, events: 1 },
    ]);
    expect(first.points[1].lower).toBeLessThan(0.5);
    expect(first.points[1].upper).toBeGreaterThan(0.5);
    // At risk at months 0, 1, 3 (92 days ≈ 3.02 months), 6, …
    expect(first.atRisk).toEqual([2, 2, 1, 0, 0, 0, 0]);
    expect(report.reasons).toEqual({ items: [{ reason: "health", count: 1 }], others: 0, unrecorded: 1 });
    expect(report.programs.map((item: { name: string }) => item.name)).toEqual(
      expect.arrayContaining(["試験プログラム甲", "試験プログラム乙"]),
    );
    // Figures only: no names or ids of people anywhere in the answer.
    expect(response.body).not.toMatch(/山田|鈴木|髙橋|渡邊|伊藤/);
  });

  it("groups by outcome type and age band, and filters by program, fiscal year and placement", async () => {
    const { program } = await setUpOnce();
    const manager = await t.loginAs("manager");
    const byType = (await get(manager, "groupBy=outcomeType")).json();
    expect(byType.curves.map((curve: { key: string }) => curve.key)).toEqual([
      "general_employment",
      "collective_member",
      "part_time",
    ]);
    const byAge = (await get(manager, `groupBy=ageBand&programId=${program.id}`)).json();
    expect(byAge.curves.map((curve: { key: string; n: number }) => [curve.key, curve.n])).toEqual([
      ["15-29", 1],
      ["50-64", 1],
    ]);
    const fromYear = (await get(manager, "groupBy=program&fromYear=2025")).json();
    expect(fromYear.curves.reduce((sum: number, curve: { n: number }) => sum + curve.n, 0)).toBe(2);
    expect(fromYear.reasons.unrecorded).toBe(0);
    const placed = (await get(manager, "population=afterPlacement")).json();
    expect(placed.curves).toHaveLength(1);
    expect(placed.curves[0]).toMatchObject({ key: program.id, n: 1, events: 1 });
    expect(placed.population).toBe("afterPlacement");
  });

  it("refuses an unknown program, a bad grouping, and users without reports.read", async () => {
    const manager = await t.loginAs("manager");
    expectError(
      await get(manager, "programId=00000000-0000-4000-8000-000000000000"),
      400,
      "VALIDATION_FAILED",
      ["querystring.programId"],
    );
    expectError(await get(manager, "groupBy=name"), 400, "VALIDATION_FAILED", ["querystring.groupBy"]);
    expectError(await get(manager, "fromYear=1999"), 400, "VALIDATION_FAILED", ["querystring.fromYear"]);
    expectError(await get(await t.loginAs("staff"), ""), 403, "FORBIDDEN");
    const anonymous = await t.request({ method: "GET", url: "/api/reports/retention" });
    expect(anonymous.statusCode).toBe(401);
  });
});
