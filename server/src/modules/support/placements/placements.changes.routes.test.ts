import type { Placement } from "@otagai/shared/support/placements";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildPlacement, type PlacementRow } from "../../../test/factories/placements.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildWorkplace } from "../../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
let programA: string;
let coordinatorA: Session;

beforeAll(async () => {
  programA = (await buildProgram(t.database.db)).id;
  coordinatorA = await t.loginAs("coordinator", { programIds: [programA] });
});

/** A placement of a new participant's active case (default: planned, 2026-05-01 to 2026-07-31). */
async function placementOf(overrides: Partial<PlacementRow> = {}): Promise<PlacementRow> {
  const supportCase = await buildCase(t.database.db, programA, { status: "active" });
  return buildPlacement(t.database.db, supportCase.id, overrides);
}

const fieldsOf = (row: PlacementRow) => ({
  workplaceId: row.workplaceId,
  employmentType: row.employmentType,
  startOn: row.startOn,
  termCount: row.termCount,
  workDays: row.workDays,
  hoursFrom: row.hoursFrom,
  hoursTo: row.hoursTo,
  tasks: row.tasks,
  version: row.version,
});

async function patch(id: string, payload: Record<string, unknown>) {
  return t.request({ method: "PATCH", url: `/api/placements/${id}`, session: coordinatorA, payload });
}

async function move(id: string, payload: Record<string, unknown>) {
  return t.request({
    method: "POST",
    url: `/api/placements/${id}/transitions`,
    session: coordinatorA,
    payload,
  });
}

describe("changing a placement", () => {
  it("recomputes the last day, bumps the version and audits the changed fields", async () => {
    const row = await placementOf();
    const response = await patch(row.id, { ...fieldsOf(row), termCount: 2, supervisorName: "山田 花子" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ termCount: 2, endOn: "2026-10-31", version: 2 });
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "update",
      entity: "placement",
      recordId: row.id,
    });
    expect(audit?.changedFields).toEqual(["termCount", "supervisorName"]);
  });

  it("answers 409 to a stale version", async () => {
    const row = await placementOf();
    expect((await patch(row.id, { ...fieldsOf(row), tasks: "清掃" })).statusCode).toBe(200);
    expectError(await patch(row.id, { ...fieldsOf(row), tasks: "配達" }), 409, "STALE_UPDATE");
  });

  it("excludes itself from the overlap check, but not the person's other placements", async () => {
    const row = await placementOf();
    const moved = await patch(row.id, { ...fieldsOf(row), startOn: "2026-06-01" });
    expect(moved.statusCode, moved.body).toBe(200);
    const next = await buildPlacement(t.database.db, row.caseId, { startOn: "2026-09-01" });
    const into = await patch(next.id, { ...fieldsOf(next), startOn: "2026-08-31" });
    expectError(into, 400, "VALIDATION_FAILED", ["body.startOn"]);
  });

  it("re-checks the rules: a workplace no longer taking trainees is refused", async () => {
    const row = await placementOf();
    const ended = await buildWorkplace(t.database.db, { status: "ended" });
    const response = await patch(row.id, { ...fieldsOf(row), workplaceId: ended.id });
    expectError(response, 400, "VALIDATION_FAILED", ["body.workplaceId"]);
  });

  it("refuses to change a completed or ended placement", async () => {
    const row = await placementOf({ status: "completed", endedOn: "2026-07-31" });
    expectError(await patch(row.id, { ...fieldsOf(row), tasks: "清掃" }), 409, "CASE_STEP_NOT_ALLOWED");
  });
});

describe("moving a placement on", () => {
  it("follows the table: planned → ongoing → completed (ended on its last day), audited", async () => {
    const row = await placementOf();
    const skip = await move(row.id, { to: "completed", version: 1 });
    const body = expectError(skip, 400, "VALIDATION_FAILED", ["body.to"]);
    expect(body.fields?.[0]?.message).toBe("この実習は、今の状態からはその状態に進めません。");
    const ongoing = await move(row.id, { to: "ongoing", version: 1 });
    expect(ongoing.statusCode, ongoing.body).toBe(200);
    expect(ongoing.json()).toMatchObject({ status: "ongoing", endedOn: null, version: 2 });
    const done = await move(row.id, { to: "completed", version: 2 });
    expect(done.json()).toMatchObject({ status: "completed", endedOn: "2026-07-31", version: 3 });
    expectError(await move(row.id, { to: "ongoing", version: 3 }), 400, "VALIDATION_FAILED", ["body.to"]);
    const audits = await auditEventsWhere(t.database.db, {
      action: "transition",
      entity: "placement",
      recordId: row.id,
    });
    expect(audits.map((audit) => audit.changedFields).sort()).toEqual([
      ["ongoing→completed"],
      ["planned→ongoing"],
    ]);
  });

  it("completes on another day when given", async () => {
    const row = await placementOf({ status: "ongoing" });
    // A reason belongs to an early end only: given with another move, it is refused, not dropped.
    const withReason = await move(row.id, { to: "completed", endedReason: "体調のため", version: 1 });
    expect(expectError(withReason, 400, "VALIDATION_FAILED", ["body.endedReason"]).fields?.[0]?.message).toBe(
      "理由は、途中で終わる場合にだけ入力してください。",
    );
    const done = await move(row.id, { to: "completed", endedOn: "2026-07-24", version: 1 });
    expect((done.json() as Placement).endedOn).toBe("2026-07-24");
  });

  it("ends early only with a reason, today by default, never before the start", async () => {
    const row = await placementOf({ status: "ongoing", startOn: "2026-01-05" });
    const noReason = await move(row.id, { to: "ended_early", version: 1 });
    expect(expectError(noReason, 400, "VALIDATION_FAILED", ["body.endedReason"]).fields?.[0]?.message).toBe(
      "入力してください。",
    );
    const early = await move(row.id, {
      to: "ended_early",
      endedOn: "2026-01-04",
      endedReason: "転居",
      version: 1,
    });
    expectError(early, 400, "VALIDATION_FAILED", ["body.endedOn"]);
    const ended = await move(row.id, { to: "ended_early", endedReason: "転居のため", version: 1 });
    expect(ended.statusCode, ended.body).toBe(200);
    const today = todayInJapan();
    expect(ended.json()).toMatchObject({
      status: "ended_early",
      endedReason: "転居のため",
      endedOn: today < "2026-01-05" ? "2026-01-05" : today,
    });
  });

  it("answers 409 to a stale version", async () => {
    const row = await placementOf();
    expectError(await move(row.id, { to: "ongoing", version: 2 }), 409, "STALE_UPDATE");
  });
});
