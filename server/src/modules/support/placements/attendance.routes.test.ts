import type { AttendanceConflict, DaySheet, PlacementAttendance } from "@otagai/shared/support/attendance";
import { beforeAll, describe, expect, it } from "vitest";
import { flushAuditQueue } from "../../../platform/audit/audit.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildWorkplace } from "../../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { addDays } from "./placement-calendar.ts";

const t = useTestApp();
let programA: string;
let programB: string;
let coordinatorA: Session;
let otherCoordinatorA: Session;
let coordinatorB: Session;

beforeAll(async () => {
  programA = (await buildProgram(t.database.db)).id;
  programB = (await buildProgram(t.database.db)).id;
  coordinatorA = await t.loginAs("coordinator", { programIds: [programA] });
  otherCoordinatorA = await t.loginAs("coordinator", { programIds: [programA] });
  coordinatorB = await t.loginAs("coordinator", { programIds: [programB] });
});

/** A placement in program A: Mon/Wed/Fri, 2026-05-01 to 07-31 (one 3-month term) unless told. */
async function placementIn(programId = programA, overrides: Parameters<typeof buildPlacement>[2] = {}) {
  const supportCase = await buildCase(t.database.db, programId, { status: "active" });
  return buildPlacement(t.database.db, supportCase.id, overrides);
}

function save(id: string, days: Record<string, unknown>[], session = coordinatorA) {
  return t.request({ method: "PUT", url: `/api/placements/${id}/attendance`, session, payload: { days } });
}

function read(id: string, from: string, to: string, session = coordinatorA) {
  return t.request({ method: "GET", url: `/api/placements/${id}/attendance?from=${from}&to=${to}`, session });
}

describe("a placement's week grid", () => {
  it("saves a week in one request and counts the week's, the term's and the whole rate", async () => {
    const placement = await placementIn();
    // The week of Monday 2026-05-04: present Monday, absent Wednesday, late Friday.
    const response = await save(placement.id, [
      { day: "2026-05-04", status: "present", hours: 5 },
      { day: "2026-05-06", status: "absent", absenceReason: "体調不良" },
      { day: "2026-05-08", status: "late", hours: 3.5, note: "電車の遅れ" },
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const body: PlacementAttendance = response.json();
    expect(body).toMatchObject({ placementId: placement.id, from: "2026-05-04", to: "2026-05-10" });
    expect(body.days.map((day) => [day.day, day.status, day.version, day.recordedVia])).toEqual([
      ["2026-05-04", "present", 1, "staff"],
      ["2026-05-06", "absent", 1, "staff"],
      ["2026-05-08", "late", 1, "staff"],
    ]);
    expect(body.weeks).toEqual([
      {
        from: "2026-05-04",
        to: "2026-05-10",
        scheduledDays: 3,
        recordedDays: 3,
        present: 1,
        late: 1,
        leftEarly: 0,
        absent: 1,
        hours: 8.5,
        rate: 2 / 3,
      },
    ]);
    expect(body.terms).toHaveLength(1);
    expect(body.terms[0]).toMatchObject({
      term: 1,
      from: "2026-05-01",
      to: "2026-07-31",
      recordedDays: 3,
      rate: 2 / 3,
    });
    // May–July 2026 holds 40 Mondays, Wednesdays and Fridays.
    expect(body.total).toMatchObject({ from: "2026-05-01", to: "2026-07-31", scheduledDays: 40, absent: 1 });
    const [entry] = await auditEventsWhere(t.database.db, {
      entity: "placement_attendance",
      recordId: placement.id,
    });
    expect(entry).toMatchObject({
      action: "update",
      changedFields: ["2026-05-04", "2026-05-06", "2026-05-08"],
    });
  });

  it("reads the days from–to with their versions, and audits the read", async () => {
    const placement = await placementIn();
    await save(placement.id, [{ day: "2026-05-13", status: "left_early", hours: 2 }]);
    const response = await read(placement.id, "2026-05-11", "2026-05-24");
    expect(response.statusCode, response.body).toBe(200);
    const body: PlacementAttendance = response.json();
    expect(body.days).toMatchObject([{ day: "2026-05-13", status: "left_early", hours: 2, version: 1 }]);
    expect(body.weeks.map((week) => [week.from, week.recordedDays])).toEqual([
      ["2026-05-11", 1],
      ["2026-05-18", 0],
    ]);
    expect(body.weeks[1]?.rate).toBeNull();
    await flushAuditQueue(t.database.db);
    const [entry] = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "placement_attendance",
      recordId: placement.id,
    });
    expect(entry?.actorId).toBe(coordinatorA.userId);
  });

  it("answers 409 naming the day someone else saved first, and saves nothing of the request", async () => {
    const placement = await placementIn();
    // Both read an empty week; the other coordinator saves Monday first.
    expect(
      (await save(placement.id, [{ day: "2026-05-18", status: "present" }], otherCoordinatorA)).statusCode,
    ).toBe(200);
    const response = await save(placement.id, [
      { day: "2026-05-18", status: "absent", absenceReason: "通院", version: null },
      { day: "2026-05-20", status: "present", version: null },
    ]);
    expectError(response, 409, "STALE_UPDATE");
    const body: { fields: { message: string }[]; details: AttendanceConflict } = response.json();
    expect(body.fields[0]?.message).toContain("（2026-05-18）");
    expect(body.details.conflicts).toEqual([
      {
        placementId: placement.id,
        day: "2026-05-18",
        current: expect.objectContaining({
          status: "present",
          version: 1,
          recordedByName: expect.any(String),
        }),
      },
    ]);
    const after: PlacementAttendance = (await read(placement.id, "2026-05-18", "2026-05-24")).json();
    expect(after.days.map((day) => day.day)).toEqual(["2026-05-18"]);
    // A version other than the stored one is refused the same way.
    expectError(
      await save(placement.id, [{ day: "2026-05-18", status: "late", version: 7 }]),
      409,
      "STALE_UPDATE",
    );
  });

  it("changes a day at its version and clears it with status null", async () => {
    const placement = await placementIn();
    await save(placement.id, [{ day: "2026-06-01", status: "present" }]);
    const changed = await save(placement.id, [{ day: "2026-06-01", status: "late", version: 1 }]);
    expect(changed.statusCode, changed.body).toBe(200);
    expect((changed.json() as PlacementAttendance).days).toMatchObject([{ status: "late", version: 2 }]);
    const cleared = await save(placement.id, [{ day: "2026-06-01", status: null, version: 2 }]);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect((cleared.json() as PlacementAttendance).days).toEqual([]);
  });

  it("refuses days outside the placement's period and days still to come, with the day named", async () => {
    const placement = await placementIn();
    const outside = await save(placement.id, [
      { day: "2026-05-04", status: "present" },
      { day: "2026-08-03", status: "present" },
    ]);
    const body = expectError(outside, 400, "VALIDATION_FAILED", ["body.days.1.day"]);
    expect(body.fields?.[0]?.message).toBe("2026-08-03は実習の期間（2026-05-01〜2026-07-31）の外です。");
    const today = todayInJapan();
    const current = await placementIn(programA, { startOn: addDays(today, -14), termCount: 2 });
    const tomorrow = addDays(today, 1);
    const future = await save(current.id, [{ day: tomorrow, status: "present" }]);
    expect(expectError(future, 400, "VALIDATION_FAILED", ["body.days.0.day"]).fields?.[0]?.message).toBe(
      `${tomorrow}はまだ来ていない日です。出欠は当日以降に入力してください。`,
    );
    // Neither request saved its valid day.
    expect((await read(placement.id, "2026-05-04", "2026-05-10")).json().days).toEqual([]);
  });

  it("refuses an absence without a reason, a reason without an absence, and too long a read", async () => {
    const placement = await placementIn();
    expectError(
      await save(placement.id, [{ day: "2026-05-04", status: "absent" }]),
      400,
      "VALIDATION_FAILED",
      ["body.days.0.absenceReason"],
    );
    expectError(
      await save(placement.id, [{ day: "2026-05-04", status: "present", absenceReason: "寝坊" }]),
      400,
      "VALIDATION_FAILED",
      ["body.days.0.absenceReason"],
    );
    expectError(await read(placement.id, "2026-05-01", "2026-07-31"), 400, "VALIDATION_FAILED", [
      "querystring.to",
    ]);
  });

  it("answers 404 to a coordinator of another program, for reading and saving alike", async () => {
    const placement = await placementIn();
    expectError(await read(placement.id, "2026-05-04", "2026-05-10", coordinatorB), 404, "NOT_FOUND");
    expectError(
      await save(placement.id, [{ day: "2026-05-04", status: "present" }], coordinatorB),
      404,
      "NOT_FOUND",
    );
  });
});

describe("a workplace's day sheet", () => {
  let workplaceId: string;
  let aoki: string;
  let watanabe: string;
  let ofProgramB: string;

  beforeAll(async () => {
    workplaceId = (await buildWorkplace(t.database.db, { name: "ワーカーズ・コレクティブ風車" })).id;
    const person = async (familyName: string, familyNameKana: string) =>
      (
        await buildParticipant(t.database.db, {
          familyName,
          familyNameKana,
          givenName: "花",
          givenNameKana: "はな",
        })
      ).id;
    const at = async (participantId: string, programId = programA, status = "ongoing") => {
      const supportCase = await buildCase(t.database.db, programId, { status: "active", participantId });
      return (await buildPlacement(t.database.db, supportCase.id, { workplaceId, status })).id;
    };
    // Created out of order: the sheet sorts by reading.
    watanabe = await at(await person("渡辺", "わたなべ"));
    aoki = await at(await person("青木", "あおき"));
    ofProgramB = await at(await person("石井", "いしい"), programB);
    await at(await person("上田", "うえだ"), programA, "completed");
  });

  function saveSheet(payload: Record<string, unknown>, session = coordinatorA) {
    return t.request({ method: "PUT", url: `/api/workplaces/${workplaceId}/day-sheet`, session, payload });
  }

  it("lists the placements of the user's programs on that day by reading, and saves them in one request", async () => {
    const sheet = await t.request({
      method: "GET",
      url: `/api/workplaces/${workplaceId}/day-sheet?date=2026-05-04`,
      session: coordinatorA,
    });
    expect(sheet.statusCode, sheet.body).toBe(200);
    const body: DaySheet = sheet.json();
    expect(body.workplaceName).toBe("ワーカーズ・コレクティブ風車");
    expect(
      body.rows.map((row) => [row.placementId, row.participantName, row.scheduled, row.attendance]),
    ).toEqual([
      [aoki, "青木 花", true, null],
      [watanabe, "渡辺 花", true, null],
    ]);
    const saved = await saveSheet({
      date: "2026-05-04",
      rows: [
        { placementId: aoki, status: "present", hours: 5 },
        { placementId: watanabe, status: "absent", absenceReason: "家の用事" },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as DaySheet).rows.map((row) => row.attendance?.status)).toEqual([
      "present",
      "absent",
    ]);
    const entries = await auditEventsWhere(t.database.db, {
      action: "update",
      entity: "placement_attendance",
    });
    expect(
      entries
        .slice(0, 2)
        .map((entry) => entry.recordId)
        .sort(),
    ).toEqual([aoki, watanabe].sort());
  });

  it("answers 409 for a row someone saved first, saving none of the others", async () => {
    await saveSheet(
      { date: "2026-05-06", rows: [{ placementId: aoki, status: "present" }] },
      otherCoordinatorA,
    );
    const response = await saveSheet({
      date: "2026-05-06",
      rows: [
        { placementId: watanabe, status: "present" },
        { placementId: aoki, status: "late", version: null },
      ],
    });
    expectError(response, 409, "STALE_UPDATE");
    const body: { details: AttendanceConflict } = response.json();
    expect(body.details.conflicts).toMatchObject([
      { placementId: aoki, day: "2026-05-06", current: { status: "present" } },
    ]);
    const sheet: DaySheet = (
      await t.request({
        method: "GET",
        url: `/api/workplaces/${workplaceId}/day-sheet?date=2026-05-06`,
        session: coordinatorA,
      })
    ).json();
    expect(sheet.rows.find((row) => row.placementId === watanabe)?.attendance).toBeNull();
  });

  it("answers 404 for a row not on the sheet (another program's placement), and refuses a day to come", async () => {
    expectError(
      await saveSheet({ date: "2026-05-04", rows: [{ placementId: ofProgramB, status: "present" }] }),
      404,
      "NOT_FOUND",
    );
    const tomorrow = addDays(todayInJapan(), 1);
    expectError(
      await saveSheet({ date: tomorrow, rows: [{ placementId: aoki, status: "present" }] }),
      400,
      "VALIDATION_FAILED",
      ["body.date"],
    );
  });
});
