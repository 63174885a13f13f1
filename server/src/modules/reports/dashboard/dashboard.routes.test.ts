import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import type { Dashboard } from "@otagai/shared/reports/dashboard";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildIntake, buildPlan } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsultation } from "../../../test/factories/consultations.ts";
import { buildMemberOrganization } from "../../../test/factories/member-organizations.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildContract, buildProgram } from "../../../test/factories/programs.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { countIndicators } from "../indicators/indicators.repository.ts";

const t = useTestApp();
let manager: Session;
let programA: string;
let programB: string;
const fy2025 = { from: "2025-04-01", to: "2026-03-31" };

// A known data set in fiscal year 2025 (over, so every month is counted): program A has one case
// (intake in May, its first plan in May, part-time work with more income from July), program B one
// intake in June; contracts give A 12 places and B 8.
beforeAll(async () => {
  const db = t.database.db;
  manager = await t.loginAs("manager");
  programA = (await buildProgram(db)).id;
  programB = (await buildProgram(db)).id;
  await buildContract(db, programA, 2025, { capacity: 12 });
  await buildContract(db, programB, 2025, { capacity: 8 });
  const one = await buildCase(db, programA, { openedOn: "2025-05-10", status: "active" });
  await buildIntake(db, one.id, { receivedOn: "2025-05-10" });
  await buildPlan(db, one.id, 1, { madeOn: "2025-05-20" });
  await buildOutcome(db, one.id, { startedOn: "2025-07-01", incomeBeforeYen: 0, incomeAfterYen: 70_000 });
  const two = await buildCase(db, programB, { openedOn: "2025-06-03" });
  await buildIntake(db, two.id, { receivedOn: "2025-06-03" });
  await buildConsultation(db, { consultedAt: new Date("2025-05-11T01:30:00Z") });
  await buildConsultation(db, { consultedAt: new Date("2025-08-01T01:30:00Z") });
  await buildMemberOrganization(db, { joinedOn: "2010-04-01" });
  await buildMemberOrganization(db, { joinedOn: "2026-05-01" });
});

async function dashboard(query: string, session = manager): Promise<Dashboard> {
  const response = await t.request({ method: "GET", url: `/api/reports/dashboard${query}`, session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const rowOf = (board: Dashboard, indicator: string) => {
  const row = board.rows.find((candidate) => candidate.indicator === indicator);
  if (!row) throw new Error(`no row ${indicator}`);
  return row;
};

describe("the manager's dashboard", () => {
  it("gives one program's indicators by month, as countIndicators counts them, against its contract's capacity", async () => {
    const board = await dashboard(`?fiscalYear=2025&programId=${programA}`);
    expect(board.program?.id).toBe(programA);
    expect(board.period).toEqual(fy2025);
    expect(board.months[0]).toBe("2025-04");
    expect(board.months[11]).toBe("2026-03");
    expect(board.capacity).toBe(12);
    expect(board.contractCount).toBe(1);
    expect(rowOf(board, "newIntakes").byMonth).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rowOf(board, "plansMade").total).toBe(1);
    expect(rowOf(board, "startedWork").byMonth[3]).toBe(1);
    expect(rowOf(board, "raisedIncome").total).toBe(1);
    // Open from May 10 to the year's end: one person each month from May, one over the year.
    expect(rowOf(board, "activeParticipants").byMonth).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(rowOf(board, "activeParticipants").total).toBe(1);

    const scope = { programId: programA, fundingStreamId: null };
    const figures = await countIndicators(t.database.db, ["newIntakes", "startedWork"], scope, fy2025);
    expect(rowOf(board, "newIntakes").total).toBe(figures.get("newIntakes")?.get("intakes")?.total);
    expect(rowOf(board, "startedWork").total).toBe(figures.get("startedWork")?.get("people")?.total);
  });

  it("gives the whole association: every program's figures, the year's contracts' capacity summed", async () => {
    const board = await dashboard("?fiscalYear=2025");
    expect(board.program).toBeNull();
    expect(board.capacity).toBe(20);
    expect(board.contractCount).toBe(2);
    expect(board.programs.map((program) => program.id)).toEqual(expect.arrayContaining([programA, programB]));
    expect(board.fiscalYears).toContain(2025);
    const scope = { programId: null, fundingStreamId: null };
    const figures = await countIndicators(t.database.db, ["newIntakes", "activeParticipants"], scope, fy2025);
    const intakes = figures.get("newIntakes")?.get("intakes");
    expect(rowOf(board, "newIntakes").total).toBe(2);
    expect(rowOf(board, "newIntakes").byMonth).toEqual(
      board.months.map((month) => intakes?.byMonth.get(month) ?? 0),
    );
    expect(rowOf(board, "activeParticipants").total).toBe(
      figures.get("activeParticipants")?.get("people")?.total,
    );
  });

  it("gives the desk's and the network's key figures", async () => {
    const board = await dashboard("?fiscalYear=2025");
    expect(board.desk.consultations).toBe(2);
    expect(board.desk.consultationsByMonth.slice(0, 5)).toEqual([0, 1, 0, 0, 1]);
    expect(board.desk.referralsByStatus.map((row) => row.status)).toContain("sent");
    // Members on the year's last day: the one who joined in May 2026 is not counted yet.
    expect(board.network.membersOn).toBe("2026-03-31");
    expect(board.network.members).toBe(1);
    expect(board.network.prospectsByStage.map((row) => row.stage)).toContain("agreed");
    expect(board.network.requests).toBe(0);
  });

  it("counts the current fiscal year up to today: the months not begun are empty", async () => {
    const today = todayInJapan();
    const board = await dashboard("");
    expect(board.fiscalYear).toBe(fiscalYearOf(today));
    expect(board.period.to).toBe(today);
    const index = board.months.indexOf(today.slice(0, 7));
    expect(rowOf(board, "newIntakes").byMonth[index]).not.toBeNull();
    expect(
      rowOf(board, "newIntakes")
        .byMonth.slice(index + 1)
        .every((value) => value === null),
    ).toBe(true);
    expect(board.fiscalYears).toContain(board.fiscalYear);
  });

  it("a year not begun has no figures, and a year without contracts no capacity", async () => {
    const board = await dashboard("?fiscalYear=2099");
    expect(
      board.rows.every((row) => row.total === null && row.byMonth.every((value) => value === null)),
    ).toBe(true);
    expect(board.capacity).toBeNull();
    expect(board.contractCount).toBe(0);
  });

  it("shows every program to a coordinator limited to another (the figures name nobody) and a viewer", async () => {
    const coordinator = await t.loginAs("coordinator", { programIds: [programB] });
    const board = await dashboard(`?fiscalYear=2025&programId=${programA}`, coordinator);
    expect(rowOf(board, "newIntakes").total).toBe(1);
    const viewer = await t.loginAs("viewer");
    expect((await dashboard("?fiscalYear=2025", viewer)).capacity).toBe(20);
  });

  it("refuses a partner, an unknown program and a bad year", async () => {
    const partner = await t.loginAs("partner");
    const refused = await t.request({ method: "GET", url: "/api/reports/dashboard", session: partner });
    expect(refused.statusCode).toBe(403);
    const unknown = await t.request({
      method: "GET",
      url: "/api/reports/dashboard?programId=00000000-0000-4000-8000-000000000000",
      session: manager,
    });
    expectError(unknown, 400, "VALIDATION_FAILED", ["querystring.programId"]);
    const badYear = await t.request({
      method: "GET",
      url: "/api/reports/dashboard?fiscalYear=20x5",
      session: manager,
    });
    expectError(badYear, 400, "VALIDATION_FAILED", ["querystring.fiscalYear"]);
  });
});
