import type { FollowUp, Outcome } from "@otagai/shared/support/outcomes";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { flushAuditQueue } from "../../../platform/audit/audit.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildWorkplace } from "../../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { caseFollowUps, caseOutcomes } from "./outcomes.tables.ts";

const t = useTestApp();
let programA: string;
let programB: string;
let coordinatorA: Session;
let coordinatorB: Session;
let caseId: string;

beforeAll(async () => {
  programA = (await buildProgram(t.database.db)).id;
  programB = (await buildProgram(t.database.db)).id;
  coordinatorA = await t.loginAs("coordinator", { programIds: [programA] });
  coordinatorB = await t.loginAs("coordinator", { programIds: [programB] });
  const participant = await buildParticipant(t.database.db, { familyName: "青木", givenName: "結衣" });
  caseId = (
    await buildCase(t.database.db, programA, { participantId: participant.id, openedOn: "2025-10-01" })
  ).id;
});

async function create(payload: Record<string, unknown>, session = coordinatorA, id = caseId) {
  return t.request({ method: "POST", url: `/api/cases/${id}/outcomes`, session, payload });
}

async function created(payload: Record<string, unknown>): Promise<Outcome> {
  const response = await create(payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const dueDatesOf = (outcome: Outcome) => outcome.followUps.map((f) => [f.offsetMonths, f.dueOn]);

describe("recording an outcome", () => {
  it("schedules a work outcome's follow-ups at 1, 3, 6 and 12 months, month ends kept, audited", async () => {
    const workplace = await buildWorkplace(t.database.db);
    const outcome = await created({
      outcomeType: "collective_member",
      workplaceId: workplace.id,
      startedOn: "2026-01-31",
      hoursPerWeek: 24.5,
      contractForm: "collective_member",
      incomeBeforeYen: 0,
      incomeAfterYen: 98_000,
    });
    expect(outcome).toMatchObject({
      caseId,
      outcomeType: "collective_member",
      workplaceId: workplace.id,
      workplaceName: workplace.name,
      memberOrganizationId: null,
      hoursPerWeek: 24.5,
      incomeBeforeYen: 0,
      incomeAfterYen: 98_000,
      version: 1,
    });
    expect(dueDatesOf(outcome)).toEqual([
      [1, "2026-02-28"],
      [3, "2026-04-30"],
      [6, "2026-07-31"],
      [12, "2027-01-31"],
    ]);
    expect(outcome.followUps.every((f) => f.doneOn === null && f.version === 1)).toBe(true);
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "create",
      entity: "outcome",
      recordId: outcome.id,
    });
    expect(audit?.actorId).toBe(coordinatorA.userId);
    expect(audit?.changedFields).toEqual(
      expect.arrayContaining(["outcomeType", "workplaceId", "startedOn", "incomeAfterYen"]),
    );
    expect(audit?.changedFields).not.toContain("notes");
  });

  it("counts a leap year's February 29th", async () => {
    const outcome = await created({ outcomeType: "part_time", startedOn: "2027-01-31" });
    expect(outcome.followUps[0]?.dueOn).toBe("2027-02-28");
    const leap = await created({ outcomeType: "general_employment", startedOn: "2027-11-30" });
    expect(dueDatesOf(leap)[1]).toEqual([3, "2028-02-29"]);
  });

  it("schedules nothing for an outcome that is not work", async () => {
    const outcome = await created({ outcomeType: "vocational_training", startedOn: "2026-04-01" });
    expect(outcome.followUps).toEqual([]);
    const rows = await t.database.db
      .select()
      .from(caseFollowUps)
      .where(eq(caseFollowUps.outcomeId, outcome.id));
    expect(rows).toEqual([]);
  });

  it("adds an outcome to a closed case", async () => {
    const closed = await buildCase(t.database.db, programA, {
      status: "closed",
      openedOn: "2025-04-01",
      closedOn: "2026-03-31",
    });
    const response = await create(
      { outcomeType: "part_time", startedOn: "2026-05-01" },
      coordinatorA,
      closed.id,
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().followUps).toHaveLength(4);
  });

  it("refuses bad input with 400, the fields' paths and Japanese messages, writing nothing", async () => {
    const before = await t.database.db.select().from(caseOutcomes);
    const response = await create({
      outcomeType: "lottery",
      startedOn: "2026-02-30",
      hoursPerWeek: 100,
      incomeAfterYen: -1,
      contractForm: "forever",
      extra: 1,
    });
    const body = expectError(response, 400, "VALIDATION_FAILED");
    const messages = Object.fromEntries((body.fields ?? []).map((field) => [field.path, field.message]));
    expect(Object.keys(messages)).toEqual(
      expect.arrayContaining([
        "body.outcomeType",
        "body.startedOn",
        "body.hoursPerWeek",
        "body.incomeAfterYen",
        "body.contractForm",
      ]),
    );
    expect(messages["body.startedOn"]).toBe("日付の形式が正しくありません（例: 2026-04-01）。");
    expect(messages["body.hoursPerWeek"]).toBe("80以下の値を入力してください。");
    expect(await t.database.db.select().from(caseOutcomes)).toHaveLength(before.length);
  });

  it("refuses a start before the case opened, and a workplace that does not exist", async () => {
    const response = await create({
      outcomeType: "part_time",
      startedOn: "2025-09-30",
      workplaceId: "00000000-0000-4000-8000-000000000000",
    });
    const body = expectError(response, 400, "VALIDATION_FAILED", ["body.workplaceId", "body.startedOn"]);
    expect(body.fields?.[1]?.message).toBe("支援の開始日（2025-10-01）より前の日付は入力できません。");
  });
});

describe("listing a case's outcomes", () => {
  it("lists the latest start first, follow-ups in offset order, and audits the read of the case", async () => {
    const participant = await buildParticipant(t.database.db);
    const own = await buildCase(t.database.db, programA, { participantId: participant.id });
    await buildOutcome(t.database.db, own.id, { startedOn: "2026-05-01" });
    await buildOutcome(t.database.db, own.id, { startedOn: "2026-08-01", outcomeType: "education" });
    const response = await t.request({
      method: "GET",
      url: `/api/cases/${own.id}/outcomes`,
      session: coordinatorA,
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as Outcome[];
    expect(items.map((item) => item.startedOn)).toEqual(["2026-08-01", "2026-05-01"]);
    expect(items[1]?.followUps.map((f) => f.offsetMonths)).toEqual([1, 3, 6, 12]);
    await flushAuditQueue(t.database.db);
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "case",
      recordId: own.id,
    });
    expect(audit?.actorId).toBe(coordinatorA.userId);
  });
});

describe("correcting an outcome", () => {
  async function patch(id: string, payload: Record<string, unknown>, session = coordinatorA) {
    return t.request({ method: "PATCH", url: `/api/outcomes/${id}`, session, payload });
  }

  it("re-schedules the follow-ups not done when the start moves; done ones stay", async () => {
    const { outcome, followUps } = await buildOutcome(t.database.db, caseId, { startedOn: "2026-05-01" });
    const first = followUps[0] as FollowUp & { id: string };
    await t.database.db
      .update(caseFollowUps)
      .set({ doneOn: "2026-06-02", stillWorking: true })
      .where(eq(caseFollowUps.id, first.id));
    const response = await patch(outcome.id, {
      outcomeType: "part_time",
      employerName: "試験商店",
      startedOn: "2026-05-15",
      hoursPerWeek: 20,
      contractForm: "part_time",
      version: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Outcome;
    expect(body.version).toBe(2);
    expect(dueDatesOf(body)).toEqual([
      [1, "2026-06-01"],
      [3, "2026-08-15"],
      [6, "2026-11-15"],
      [12, "2027-05-15"],
    ]);
    expect(body.followUps[0]).toMatchObject({ id: first.id, doneOn: "2026-06-02", version: 1 });
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "update",
      entity: "outcome",
      recordId: outcome.id,
    });
    expect(audit?.changedFields).toEqual(["startedOn"]);
  });

  it("removes the follow-ups not done when the outcome is no longer work, and adds them back", async () => {
    const { outcome, followUps } = await buildOutcome(t.database.db, caseId, { startedOn: "2026-05-01" });
    await t.database.db
      .update(caseFollowUps)
      .set({ doneOn: "2026-06-01", stillWorking: true })
      .where(eq(caseFollowUps.id, followUps[0]?.id as string));
    const toTraining = await patch(outcome.id, {
      outcomeType: "vocational_training",
      startedOn: "2026-05-01",
      version: 1,
    });
    expect(toTraining.statusCode, toTraining.body).toBe(200);
    expect(dueDatesOf(toTraining.json())).toEqual([[1, "2026-06-01"]]);
    const back = await patch(outcome.id, {
      outcomeType: "general_employment",
      startedOn: "2026-05-01",
      version: 2,
    });
    expect(dueDatesOf(back.json())).toEqual([
      [1, "2026-06-01"],
      [3, "2026-08-01"],
      [6, "2026-11-01"],
      [12, "2027-05-01"],
    ]);
  });

  it("answers 409 to a stale version and changes nothing", async () => {
    const { outcome } = await buildOutcome(t.database.db, caseId);
    const first = await patch(outcome.id, { outcomeType: "part_time", startedOn: "2026-06-01", version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await patch(outcome.id, { outcomeType: "part_time", startedOn: "2026-07-01", version: 1 });
    expectError(stale, 409, "STALE_UPDATE");
    const [row] = await t.database.db.select().from(caseOutcomes).where(eq(caseOutcomes.id, outcome.id));
    expect(row).toMatchObject({ startedOn: "2026-06-01", version: 2 });
  });

  it("refuses a start before the case opened", async () => {
    const { outcome } = await buildOutcome(t.database.db, caseId);
    expectError(
      await patch(outcome.id, { outcomeType: "part_time", startedOn: "2025-01-01", version: 1 }),
      400,
      "VALIDATION_FAILED",
      ["body.startedOn"],
    );
  });
});

describe("record access", () => {
  it("answers 404 on every route to a coordinator of another program, changing nothing", async () => {
    const { outcome, followUps } = await buildOutcome(t.database.db, caseId);
    const requests = [
      { method: "GET" as const, url: `/api/cases/${caseId}/outcomes` },
      {
        method: "POST" as const,
        url: `/api/cases/${caseId}/outcomes`,
        payload: { outcomeType: "part_time", startedOn: "2026-05-01" },
      },
      {
        method: "PATCH" as const,
        url: `/api/outcomes/${outcome.id}`,
        payload: { outcomeType: "education", startedOn: "2026-05-01", version: 1 },
      },
      {
        method: "PUT" as const,
        url: `/api/follow-ups/${followUps[0]?.id}`,
        payload: { doneOn: "2026-06-01", stillWorking: true, version: 1 },
      },
    ];
    for (const request of requests)
      expectError(await t.request({ ...request, session: coordinatorB }), 404, "NOT_FOUND");
    const [row] = await t.database.db.select().from(caseOutcomes).where(eq(caseOutcomes.id, outcome.id));
    expect(row?.version).toBe(1);
  });
});
