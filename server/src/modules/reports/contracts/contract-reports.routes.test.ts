import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { flushAuditQueue } from "../../../platform/audit/audit.ts";
import { buildIntake } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildContract, buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();

type Row = { indicator: string; part: string; byMonth: (number | null)[]; total: number | null };

/** A program's FY2026 contract, with one person who came in May and started work that month. */
async function aContract() {
  const db = t.database.db;
  const program = await buildProgram(db);
  const contract = await buildContract(db, program.id, 2026);
  const supportCase = await buildCase(db, program.id, { openedOn: "2026-05-10" });
  await buildIntake(db, supportCase.id, { receivedOn: "2026-05-10" });
  await buildOutcome(db, supportCase.id, { startedOn: "2026-05-20" });
  return { program, contract, supportCase };
}

function report(session: Session, id: string, query: string) {
  return t.request({ method: "GET", url: `/api/reports/contracts/${id}/report?${query}`, session });
}

function records(session: Session, id: string, query: string) {
  return t.request({ method: "GET", url: `/api/reports/contracts/${id}/records?${query}`, session });
}

function submit(session: Session, id: string, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url: `/api/reports/contracts/${id}/submissions`, session, payload });
}

function reopen(session: Session, id: string, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url: `/api/reports/submissions/${id}/reopen`, session, payload });
}

function rowOf(rows: Row[], indicator: string, part: string): Row | undefined {
  return rows.find((row) => row.indicator === indicator && row.part === part);
}

describe("contract reports (routes)", () => {
  it("answers the monthly report (the month, and the fiscal year to its end) and the yearly one", async () => {
    const { contract } = await aContract();
    const coordinator = await t.loginAs("coordinator");
    const monthly = await report(coordinator, contract.id, "kind=monthly&month=2026-05");
    expect(monthly.statusCode, monthly.body).toBe(200);
    const body = monthly.json();
    expect(body).toMatchObject({ kind: "monthly", month: "2026-05", months: ["2026-05"], submission: null });
    expect(body.totalPeriod).toEqual({ from: "2026-04-01", to: "2026-05-31" });
    expect(rowOf(body.rows, "newIntakes", "intakes")).toMatchObject({ byMonth: [1], total: 1 });
    expect(rowOf(body.rows, "startedWork", "people")).toMatchObject({ byMonth: [1], total: 1 });
    const april = (await report(coordinator, contract.id, "kind=monthly&month=2026-04")).json();
    expect(rowOf(april.rows, "startedWork", "people")).toMatchObject({ byMonth: [0], total: 0 });

    const yearly = await report(coordinator, contract.id, "kind=yearly");
    expect(yearly.statusCode, yearly.body).toBe(200);
    const year = yearly.json();
    expect(year.months).toHaveLength(12);
    expect(year.months[0]).toBe("2026-04");
    expect(year.months[11]).toBe("2027-03");
    expect(year.totalPeriod).toEqual({ from: "2026-04-01", to: "2027-03-31" });
    expect(rowOf(year.rows, "newIntakes", "intakes")).toMatchObject({
      byMonth: [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      total: 1,
    });
  });

  it("refuses a monthly report without its month (400), outside the year (422), an unknown stream (400)", async () => {
    const { contract } = await aContract();
    const viewer = await t.loginAs("viewer");
    expectError(await report(viewer, contract.id, "kind=monthly"), 400, "VALIDATION_FAILED", ["query.month"]);
    expectError(await report(viewer, contract.id, "kind=monthly&month=2027-04"), 422, "OUT_OF_PERIOD");
    expectError(await report(viewer, contract.id, "kind=monthly&month=2026-03"), 422, "OUT_OF_PERIOD");
    expectError(
      await report(viewer, contract.id, `kind=yearly&fundingStreamId=${randomUUID()}`),
      400,
      "VALIDATION_FAILED",
      ["query.fundingStreamId"],
    );
    expectError(await report(viewer, randomUUID(), "kind=yearly"), 404, "NOT_FOUND");
  });

  it("submits a report (a snapshot, audited), refuses it twice, and shows a later correction as a difference", async () => {
    const { contract, program } = await aContract();
    const manager = await t.loginAs("manager");
    const coordinator = await t.loginAs("coordinator");
    const may = { kind: "monthly", month: "2026-05" };
    expect((await submit(coordinator, contract.id, may)).statusCode).toBe(403);

    const submitted = await submit(manager, contract.id, may);
    expect(submitted.statusCode, submitted.body).toBe(200);
    const sent = submitted.json();
    expect(sent.submission).toMatchObject({ status: "submitted", version: 1, reopenReason: null });
    expect(sent.submission.rows).toEqual(sent.rows);
    expect(sent.differences).toEqual([]);
    const [audited] = await auditEventsWhere(t.database.db, {
      entity: "report_submission",
      recordId: sent.submission.id,
    });
    expect(audited).toMatchObject({ action: "create", actorId: manager.userId });
    expectError(await submit(manager, contract.id, may), 409, "CONFLICT");

    // A correction after the report was sent: another person started work in May.
    const late = await buildCase(t.database.db, program.id, { openedOn: "2026-05-01" });
    await buildOutcome(t.database.db, late.id, { startedOn: "2026-05-31" });
    const corrected = (await report(manager, contract.id, "kind=monthly&month=2026-05")).json();
    expect(rowOf(corrected.rows, "startedWork", "people")).toMatchObject({ byMonth: [2], total: 2 });
    expect(rowOf(corrected.submission.rows, "startedWork", "people")).toMatchObject({
      byMonth: [1],
      total: 1,
    });
    expect(corrected.differences).toEqual(
      expect.arrayContaining([
        { indicator: "startedWork", part: "people", column: "2026-05", submitted: 1, current: 2 },
        { indicator: "startedWork", part: "people", column: "total", submitted: 1, current: 2 },
      ]),
    );
    expect(
      corrected.differences.every((difference: { indicator: string }) =>
        [
          "startedWork",
          "raisedIncome",
          "employmentOrIncomeRate",
          "youthDestinations",
          "activeParticipants",
        ].includes(difference.indicator),
      ),
    ).toBe(true);
    // The yearly report and the April one are other reports: not submitted.
    expect((await report(manager, contract.id, "kind=yearly")).json().submission).toBeNull();
  });

  it("reopens a submitted report with a reason and the version, then submits it again", async () => {
    const { contract, program } = await aContract();
    const manager = await t.loginAs("manager");
    const year = { kind: "yearly" };
    const first = (await submit(manager, contract.id, year)).json();
    const id = first.submission.id;
    expectError(await reopen(manager, id, { version: 1 }), 400, "VALIDATION_FAILED", ["body.reason"]);
    expectError(await reopen(manager, id, { version: 1, reason: "" }), 400, "VALIDATION_FAILED", [
      "body.reason",
    ]);
    expectError(await reopen(manager, id, { version: 7, reason: "件数の訂正" }), 409, "STALE_UPDATE");
    expect(
      (await reopen(await t.loginAs("coordinator"), id, { version: 1, reason: "訂正" })).statusCode,
    ).toBe(403);
    expectError(await reopen(manager, randomUUID(), { version: 1, reason: "訂正" }), 404, "NOT_FOUND");

    const reopened = await reopen(manager, id, { version: 1, reason: "件数の訂正" });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().submission).toMatchObject({
      status: "reopened",
      version: 2,
      reopenReason: "件数の訂正",
    });
    expectError(await reopen(manager, id, { version: 2, reason: "もう一度" }), 409, "CONFLICT");

    const late = await buildCase(t.database.db, program.id);
    await buildIntake(t.database.db, late.id, { receivedOn: "2026-09-01" });
    // Submitting again needs the version: without it, or stale, it is refused.
    expectError(await submit(manager, contract.id, year), 409, "CONFLICT");
    expectError(await submit(manager, contract.id, { ...year, version: 1 }), 409, "STALE_UPDATE");
    const again = await submit(manager, contract.id, { ...year, version: 2 });
    expect(again.statusCode, again.body).toBe(200);
    const resent = again.json();
    expect(resent.submission).toMatchObject({ id, status: "submitted", version: 3 });
    expect(rowOf(resent.submission.rows, "newIntakes", "intakes")?.total).toBe(2);
    expect(resent.differences).toEqual([]);
    const actions = (
      await auditEventsWhere(t.database.db, { entity: "report_submission", recordId: id })
    ).map((event) => event.action);
    expect(actions).toEqual(["update", "update", "create"]);
  });

  it("submits a stream's report apart from the program's", async () => {
    const { contract } = await aContract();
    const manager = await t.loginAs("manager");
    const listed = await t.request({
      method: "GET",
      url: "/api/reports/contracts?fiscalYear=2026",
      session: manager,
    });
    expect(listed.statusCode, listed.body).toBe(200);
    const mine = listed.json().items.find((item: { id: string }) => item.id === contract.id);
    expect(mine).toMatchObject({ fiscalYear: 2026, submitted: [] });
    await submit(manager, contract.id, { kind: "monthly", month: "2026-05" });
    const after = await t.request({
      method: "GET",
      url: "/api/reports/contracts?fiscalYear=2026",
      session: manager,
    });
    expect(after.json().items.find((item: { id: string }) => item.id === contract.id).submitted).toEqual([
      "2026-05",
    ]);
  });
});

describe("the records behind a figure (route)", () => {
  const query = "kind=monthly&month=2026-05&indicator=startedWork&part=people";

  it("lists the people behind a figure (the report's figure), and audits the list as a read of them", async () => {
    const { contract, supportCase } = await aContract();
    const viewer = await t.loginAs("viewer");
    const figure = rowOf(
      (await report(viewer, contract.id, "kind=monthly&month=2026-05")).json().rows,
      "startedWork",
      "people",
    );
    for (const [column, expected] of [
      ["&column=2026-05", figure?.byMonth[0]],
      ["", figure?.total],
    ] as const) {
      const response = await records(viewer, contract.id, `${query}${column}`);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ mayListRecords: true, figure: expected, rowCount: expected });
      expect(body.rows).toHaveLength(1);
      expect(body.rows[0]).toMatchObject({
        participantId: supportCase.participantId,
        caseId: supportCase.id,
        recordKind: "outcome",
        onDate: "2026-05-20",
      });
    }
    await flushAuditQueue(t.database.db);
    const [read] = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "participant",
      actorId: viewer.userId,
    });
    expect(read?.recordIds).toEqual([supportCase.participantId]);
  });

  it("gives a user of another program the figure only, and refuses a column outside the report", async () => {
    const { contract } = await aContract();
    const elsewhere = await buildProgram(t.database.db);
    const outsider = await t.loginAs("coordinator", { programIds: [elsewhere.id] });
    const response = await records(outsider, contract.id, `${query}&column=2026-05`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ figure: 1, mayListRecords: false, rows: [] });
    expect((await report(outsider, contract.id, "kind=monthly&month=2026-05")).json().mayListRecords).toBe(
      false,
    );
    await flushAuditQueue(t.database.db);
    expect(await auditEventsWhere(t.database.db, { action: "read", actorId: outsider.userId })).toEqual([]);
    expectError(await records(outsider, contract.id, `${query}&column=2026-06`), 422, "OUT_OF_PERIOD");
    expectError(
      await records(outsider, contract.id, `${query.replace("part=people", "part=rate")}`),
      400,
      "VALIDATION_FAILED",
      ["query.part"],
    );
  });
});
