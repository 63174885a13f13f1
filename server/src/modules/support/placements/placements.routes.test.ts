import type { Placement } from "@otagai/shared/support/placements";
import { beforeAll, describe, expect, it } from "vitest";
import { flushAuditQueue } from "../../../platform/audit/audit.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import { buildContract, buildProgram } from "../../../test/factories/programs.ts";
import { buildCertification, buildWorkplace } from "../../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
let programA: string;
let certifiedProgram: string;
let coordinatorA: Session;
let coordinatorB: Session;
let workplaceId: string;

beforeAll(async () => {
  programA = (await buildProgram(t.database.db)).id;
  certifiedProgram = (await buildProgram(t.database.db, { kind: "certified_training" })).id;
  const programB = (await buildProgram(t.database.db)).id;
  // Program A's contract for fiscal 2027 sets 6-month terms, at most 2; 2026 has none.
  await buildContract(t.database.db, programA, 2027, { termMonths: 6, maxTerms: 2 });
  coordinatorA = await t.loginAs("coordinator", { programIds: [programA, certifiedProgram] });
  coordinatorB = await t.loginAs("coordinator", { programIds: [programB] });
  workplaceId = (await buildWorkplace(t.database.db, { name: "ワーカーズ・コレクティブ菜の花" })).id;
});

/** An active case of a new participant (their placements meet no one else's). */
async function activeCase(programId = programA, participantId?: string) {
  return buildCase(t.database.db, programId, {
    status: "active",
    ...(participantId ? { participantId } : {}),
  });
}

const valid = (overrides: Record<string, unknown> = {}) => ({
  workplaceId,
  employmentType: "nonEmployed",
  startOn: "2026-05-01",
  termCount: 1,
  workDays: ["mon", "wed"],
  hoursFrom: "10:00",
  hoursTo: "15:00",
  ...overrides,
});

async function create(caseId: string, payload: Record<string, unknown>, session = coordinatorA) {
  return t.request({ method: "POST", url: `/api/cases/${caseId}/placements`, session, payload });
}

async function created(caseId: string, payload: Record<string, unknown>): Promise<Placement> {
  const response = await create(caseId, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** The refusal's one field problem: its path and Japanese message. */
function refusal(response: Awaited<ReturnType<typeof create>>, path: string): string | undefined {
  const body = expectError(response, 400, "VALIDATION_FAILED", [path]);
  return body.fields?.[0]?.message;
}

describe("placing a participant", () => {
  it("creates a planned placement with the default terms, names and an audit entry", async () => {
    const participant = await buildParticipant(t.database.db, { familyName: "青木", givenName: "結衣" });
    const supportCase = await activeCase(programA, participant.id);
    const placement = await created(
      supportCase.id,
      valid({ coordinatorId: coordinatorA.userId, tasks: "惣菜の盛り付け" }),
    );
    expect(placement).toMatchObject({
      caseId: supportCase.id,
      participantId: participant.id,
      participantName: "青木 結衣",
      workplaceName: "ワーカーズ・コレクティブ菜の花",
      termMonths: 3,
      endOn: "2026-07-31",
      coordinatorId: coordinatorA.userId,
      status: "planned",
      endedOn: null,
      version: 1,
    });
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "create",
      entity: "placement",
      recordId: placement.id,
    });
    expect(audit?.changedFields).toEqual(expect.arrayContaining(["workplaceId", "startOn", "tasks"]));
    expect(audit?.changedFields).not.toContain("guidanceNotes");
  });

  it("takes term length and maximum from the contract of the start's fiscal year", async () => {
    const placement = await created((await activeCase()).id, valid({ startOn: "2027-05-01", termCount: 2 }));
    expect(placement).toMatchObject({ termMonths: 6, endOn: "2028-04-30" });
    const over = await create((await activeCase()).id, valid({ startOn: "2027-05-01", termCount: 3 }));
    expect(refusal(over, "body.termCount")).toBe("この事業の契約では、実習は1期6か月・最大2期までです。");
  });

  it("uses Yokohama's terms without a contract: 3 months, up to 4", async () => {
    const four = await created((await activeCase()).id, valid({ termCount: 4 }));
    expect(four.endOn).toBe("2027-04-30");
    const five = await create((await activeCase()).id, valid({ termCount: 5 }));
    expect(refusal(five, "body.termCount")).toBe("この事業の契約では、実習は1期3か月・最大4期までです。");
  });

  it("refuses a case that is not active", async () => {
    const intake = await buildCase(t.database.db, programA);
    expect(refusal(await create(intake.id, valid()), "params.id")).toBe(
      "実習は「支援中」の支援にだけ登録できます。",
    );
  });

  it("refuses a workplace that is paused or does not exist", async () => {
    const paused = await buildWorkplace(t.database.db, { status: "paused" });
    const supportCase = await activeCase();
    expect(refusal(await create(supportCase.id, valid({ workplaceId: paused.id })), "body.workplaceId")).toBe(
      "受け入れ中の協力事業所を選んでください。",
    );
    const missing = valid({ workplaceId: "00000000-0000-4000-8000-000000000000" });
    refusal(await create(supportCase.id, missing), "body.workplaceId");
  });

  it("needs a certification valid on the start, of the type, only in a certified_training program", async () => {
    const workplace = await buildWorkplace(t.database.db);
    await buildCertification(t.database.db, workplace.id, { employmentTypes: ["employed"] });
    const lapsed = await buildWorkplace(t.database.db);
    await buildCertification(t.database.db, lapsed.id, { validFrom: "2025-04-01", validUntil: "2026-03-31" });
    const supportCase = await activeCase(certifiedProgram);
    const wrongType = await create(supportCase.id, valid({ workplaceId: workplace.id }));
    expect(refusal(wrongType, "body.workplaceId")).toContain("認定就労訓練事業の実習には");
    refusal(
      await create(supportCase.id, valid({ workplaceId: lapsed.id, employmentType: "employed" })),
      "body.workplaceId",
    );
    refusal(await create(supportCase.id, valid({ workplaceId: workplaceId })), "body.workplaceId");
    const ok = await created(
      supportCase.id,
      valid({ workplaceId: workplace.id, employmentType: "employed" }),
    );
    expect(ok.employmentType).toBe("employed");
    // The same uncertified workplace is fine for a program of another kind.
    await created((await activeCase()).id, valid({ workplaceId: lapsed.id }));
  });

  it("refuses a period meeting another placement of the person, in any case; adjacent ones pass", async () => {
    const participant = await buildParticipant(t.database.db);
    const other = await activeCase(certifiedProgram, participant.id);
    await buildPlacement(t.database.db, other.id, { workplaceId, startOn: "2026-05-01" });
    const supportCase = await activeCase(programA, participant.id);
    const overlapping = await create(supportCase.id, valid({ startOn: "2026-07-31" }));
    expect(refusal(overlapping, "body.startOn")).toBe(
      "この利用者には期間が重なる実習があります（ワーカーズ・コレクティブ菜の花、2026-05-01〜2026-07-31）。",
    );
    refusal(await create(supportCase.id, valid({ startOn: "2026-03-01" })), "body.startOn");
    await created(supportCase.id, valid({ startOn: "2026-08-01" }));
    const before = await created(supportCase.id, valid({ startOn: "2026-02-01" }));
    expect(before.endOn).toBe("2026-04-30");
  });

  it("counts an ended-early placement up to the day it ended", async () => {
    const supportCase = await activeCase();
    await buildPlacement(t.database.db, supportCase.id, {
      startOn: "2026-09-01",
      termCount: 2,
      status: "ended_early",
      endedOn: "2026-09-30",
      endedReason: "体調不良のため",
    });
    refusal(await create(supportCase.id, valid({ startOn: "2026-09-30" })), "body.startOn");
    await created(supportCase.id, valid({ startOn: "2026-10-01" }));
  });

  it("refuses a coordinator who cannot lead a case of the program", async () => {
    const response = await create((await activeCase()).id, valid({ coordinatorId: coordinatorB.userId }));
    expect(refusal(response, "body.coordinatorId")).toBe("選択肢の中から選んでください。");
  });

  it("refuses bad input with 400 and the fields' paths", async () => {
    const response = await create((await activeCase()).id, valid({ hoursTo: "09:00", termCount: 0 }));
    const body = expectError(response, 400, "VALIDATION_FAILED");
    const messages = Object.fromEntries((body.fields ?? []).map((field) => [field.path, field.message]));
    expect(messages["body.hoursTo"]).toBe("終わりの時刻は始まりの時刻より後にしてください。");
    expect(messages["body.termCount"]).toBeDefined();
  });
});

describe("reading placements", () => {
  it("lists a case's placements, the latest start first, and audits the read of the case", async () => {
    const supportCase = await activeCase();
    await buildPlacement(t.database.db, supportCase.id, { startOn: "2026-05-01" });
    const later = await buildPlacement(t.database.db, supportCase.id, { startOn: "2026-08-01" });
    const response = await t.request({
      method: "GET",
      url: `/api/cases/${supportCase.id}/placements`,
      session: coordinatorA,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((response.json().items as Placement[]).map((item) => item.startOn)).toEqual([
      "2026-08-01",
      "2026-05-01",
    ]);
    await flushAuditQueue(t.database.db);
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "case",
      recordId: supportCase.id,
    });
    expect(audit?.actorId).toBe(coordinatorA.userId);
    const one = await t.request({ method: "GET", url: `/api/placements/${later.id}`, session: coordinatorA });
    expect(one.json()).toMatchObject({ id: later.id, endOn: "2026-10-31" });
  });

  it("answers 404 on every route to a coordinator of another program", async () => {
    const supportCase = await activeCase();
    const placement = await buildPlacement(t.database.db, supportCase.id);
    const requests = [
      { method: "GET", url: `/api/cases/${supportCase.id}/placements` },
      { method: "POST", url: `/api/cases/${supportCase.id}/placements`, payload: valid() },
      { method: "GET", url: `/api/placements/${placement.id}` },
      { method: "PATCH", url: `/api/placements/${placement.id}`, payload: { ...valid(), version: 1 } },
      {
        method: "POST",
        url: `/api/placements/${placement.id}/transitions`,
        payload: { to: "ongoing", version: 1 },
      },
    ] as const;
    for (const request of requests)
      expectError(await t.request({ ...request, session: coordinatorB }), 404, "NOT_FOUND");
  });
});
