import type { Outcome } from "@otagai/shared/support/outcomes";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";

// Retention follow-ups (定着支援) as a coordinator records them; outcomes.routes.test.ts has the outcomes.

const t = useTestApp();
let coordinatorA: Session;
let caseId: string;

beforeAll(async () => {
  const programA = (await buildProgram(t.database.db)).id;
  coordinatorA = await t.loginAs("coordinator", { programIds: [programA] });
  const participant = await buildParticipant(t.database.db, { familyName: "青木", givenName: "結衣" });
  caseId = (
    await buildCase(t.database.db, programA, { participantId: participant.id, openedOn: "2025-10-01" })
  ).id;
});

describe("recording a follow-up", () => {
  async function put(id: string, payload: Record<string, unknown>, session = coordinatorA) {
    return t.request({ method: "PUT", url: `/api/follow-ups/${id}`, session, payload });
  }

  it("records a follow-up, version-checked and audited", async () => {
    const { followUps } = await buildOutcome(t.database.db, caseId, { startedOn: "2026-05-01" });
    const id = followUps[0]?.id as string;
    const response = await put(id, {
      doneOn: "2026-06-03",
      stillWorking: true,
      hoursPerWeek: 18,
      concerns: "朝の通勤がつらい",
      supportGiven: "時差出勤を事業所と相談",
      nextStep: "3か月で再確認",
      version: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      doneOn: "2026-06-03",
      stillWorking: true,
      hoursPerWeek: 18,
      version: 2,
    });
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "update",
      entity: "follow_up",
      recordId: id,
    });
    expect(audit?.changedFields).toEqual(
      expect.arrayContaining([
        "doneOn",
        "stillWorking",
        "hoursPerWeek",
        "concerns",
        "supportGiven",
        "nextStep",
      ]),
    );
    expectError(await put(id, { doneOn: "2026-06-04", stillWorking: true, version: 1 }), 409, "STALE_UPDATE");
  });

  it("drops the later follow-ups of someone who stopped working, and brings them back if corrected", async () => {
    const { outcome, followUps } = await buildOutcome(t.database.db, caseId, { startedOn: "2026-05-01" });
    const offsets = async () => {
      const response = await t.request({
        method: "GET",
        url: `/api/cases/${caseId}/outcomes`,
        session: coordinatorA,
      });
      const found = (response.json().items as Outcome[]).find((item) => item.id === outcome.id);
      return found?.followUps.map((followUp) => followUp.offsetMonths);
    };
    const threeMonths = followUps[1]?.id as string;
    const stopped = await put(threeMonths, {
      doneOn: "2026-08-01",
      stillWorking: false,
      stoppedOn: "2026-07-20",
      stoppedReason: "health",
      version: 1,
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(await offsets()).toEqual([1, 3]);
    const corrected = await put(threeMonths, { doneOn: "2026-08-01", stillWorking: true, version: 2 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(await offsets()).toEqual([1, 3, 6, 12]);
  });

  it("records that the person stopped, with when and why", async () => {
    const { followUps } = await buildOutcome(t.database.db, caseId, { startedOn: "2026-05-01" });
    const response = await put(followUps[1]?.id as string, {
      doneOn: "2026-08-01",
      stillWorking: false,
      stoppedOn: "2026-07-20",
      stoppedReason: "workload",
      version: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      stillWorking: false,
      stoppedOn: "2026-07-20",
      stoppedReason: "workload",
    });
  });

  it("asks for the date and reason when the person stopped, and refuses them while still working", async () => {
    const { followUps } = await buildOutcome(t.database.db, caseId, { startedOn: "2026-05-01" });
    const id = followUps[0]?.id as string;
    const stopped = expectError(
      await put(id, { doneOn: "2026-06-01", stillWorking: false, version: 1 }),
      400,
      "VALIDATION_FAILED",
      ["body.stoppedOn", "body.stoppedReason"],
    );
    expect(stopped.fields?.[0]?.message).toBe("入力してください。");
    const working = expectError(
      await put(id, { doneOn: "2026-06-01", stillWorking: true, stoppedReason: "health", version: 1 }),
      400,
      "VALIDATION_FAILED",
      ["body.stoppedReason"],
    );
    expect(working.fields?.[0]?.message).toBe("働き続けている場合は、離職日と理由を入力しないでください。");
  });

  it("refuses a date before the work started", async () => {
    const { followUps } = await buildOutcome(t.database.db, caseId, { startedOn: "2026-05-01" });
    const body = expectError(
      await put(followUps[0]?.id as string, {
        doneOn: "2026-04-30",
        stillWorking: false,
        stoppedOn: "2026-04-01",
        stoppedReason: "other",
        version: 1,
      }),
      400,
      "VALIDATION_FAILED",
      ["body.doneOn", "body.stoppedOn"],
    );
    expect(body.fields?.[0]?.message).toBe("就労の開始日（2026-05-01）より前の日付は入力できません。");
  });
});

describe("the audit trail", () => {
  it("names outcomes and follow-ups by the person", async () => {
    const made = await t.request({
      method: "POST",
      url: `/api/cases/${caseId}/outcomes`,
      session: coordinatorA,
      payload: { outcomeType: "part_time", startedOn: "2026-05-01" },
    });
    expect(made.statusCode, made.body).toBe(201);
    const outcome = made.json() as Outcome;
    const followUpId = outcome.followUps[0]?.id as string;
    const recorded = await t.request({
      method: "PUT",
      url: `/api/follow-ups/${followUpId}`,
      session: coordinatorA,
      payload: { doneOn: "2026-06-01", stillWorking: true, version: 1 },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const admin = await t.loginAs("admin");
    for (const [entity, id] of [
      ["outcome", outcome.id],
      ["follow_up", followUpId],
    ]) {
      const trail = await t.request({
        method: "GET",
        url: `/api/audit-events?entity=${entity}&recordId=${id}`,
        session: admin,
      });
      expect(trail.statusCode, trail.body).toBe(200);
      expect(JSON.stringify(trail.json())).toContain("青木 結衣");
    }
  });
});
