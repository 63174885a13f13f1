import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../platform/audit/audit.tables.ts";
import { assessmentAreasInput, threeGoals } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildFundingStream, buildProgram } from "../../../test/factories/programs.ts";
import { buildUser } from "../../../test/factories.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
let programA: string;
let programB: string;
let coordinatorA: Session;
let coordinatorB: Session;

beforeAll(async () => {
  programA = (await buildProgram(t.database.db)).id;
  programB = (await buildProgram(t.database.db)).id;
  coordinatorA = await t.loginAs("coordinator", { programIds: [programA] });
  coordinatorB = await t.loginAs("coordinator", { programIds: [programB] });
});

const get = (url: string, session: Session) => t.request({ method: "GET", url, session });

describe("opening a case", () => {
  it("needs a participant the user reaches, a program in scope and active, the program's stream, an active coordinator", async () => {
    const db = t.database.db;
    const stranger = await buildParticipant(db); // registered by someone else, no case: not reachable
    const ended = await buildProgram(db, { active: false });
    const otherStream = await buildFundingStream(db, programA); // not the requested program's
    const viewer = await buildUser(db, { role: "viewer" });
    const response = await t.request({
      method: "POST",
      url: "/api/cases",
      session: coordinatorA,
      payload: {
        participantId: stranger.id,
        programId: programB,
        fundingStreamId: otherStream.id,
        leadCoordinatorId: viewer.id,
        openedOn: "2026-04-15",
      },
    });
    expectError(response, 400, "VALIDATION_FAILED", [
      "body.participantId",
      "body.programId",
      "body.fundingStreamId",
      "body.leadCoordinatorId",
    ]);
    const inEnded = await t.request({
      method: "POST",
      url: "/api/cases",
      session: await t.loginAs("manager"),
      payload: { participantId: stranger.id, programId: ended.id, openedOn: "2026-04-15" },
    });
    expectError(inEnded, 400, "VALIDATION_FAILED", ["body.programId"]);
  });

  it("opens at intake, with its stream and coordinator, audited", async () => {
    const participant = await buildParticipant(t.database.db, { createdBy: coordinatorA.userId });
    const stream = await buildFundingStream(t.database.db, programA);
    const response = await t.request({
      method: "POST",
      url: "/api/cases",
      session: coordinatorA,
      payload: {
        participantId: participant.id,
        programId: programA,
        fundingStreamId: stream.id,
        leadCoordinatorId: coordinatorA.userId,
        openedOn: "2026-04-15",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      participantId: participant.id,
      participantName: `${participant.familyName} ${participant.givenName}`,
      programId: programA,
      fundingStreamId: stream.id,
      leadCoordinatorId: coordinatorA.userId,
      leadCoordinatorName: expect.any(String),
      status: "intake",
      openedOn: "2026-04-15",
      closedOn: null,
      assessments: [],
      plans: [],
      version: 1,
    });
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "case"), eq(auditEvents.recordId, body.id)));
    expect(entry).toMatchObject({ action: "create", actorId: coordinatorA.userId });
  });
});

describe("changing a case", () => {
  it("changes the coordinator and stream, version-checked (409 when stale), audited", async () => {
    const supportCase = await buildCase(t.database.db, programA);
    const stream = await buildFundingStream(t.database.db, programA);
    const url = `/api/cases/${supportCase.id}`;
    const patch = (payload: object) => t.request({ method: "PATCH", url, session: coordinatorA, payload });
    const changed = await patch({
      leadCoordinatorId: coordinatorA.userId,
      fundingStreamId: stream.id,
      version: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      leadCoordinatorId: coordinatorA.userId,
      fundingStreamId: stream.id,
      version: 2,
    });
    expectError(await patch({ leadCoordinatorId: null, version: 1 }), 409, "STALE_UPDATE");
    const foreignStream = await buildFundingStream(t.database.db, programB);
    expectError(await patch({ fundingStreamId: foreignStream.id, version: 2 }), 400, "VALIDATION_FAILED", [
      "body.fundingStreamId",
    ]);
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, supportCase.id), eq(auditEvents.action, "update")))
      .orderBy(desc(auditEvents.id));
    expect(entry?.changedFields).toEqual(["leadCoordinatorId", "fundingStreamId"]);
  });
});

describe("the case list", () => {
  it("is newest first, filtered, paged, counted, and audited with the cases it showed", async () => {
    const db = t.database.db;
    const program = (await buildProgram(db)).id;
    const manager = await t.loginAs("manager");
    const participant = await buildParticipant(db);
    const made = [];
    for (const [openedOn, status] of [
      ["2026-04-01", "intake"],
      ["2026-05-01", "active"],
      ["2026-06-01", "active"],
      ["2026-07-01", "closed"],
    ] as const)
      made.push(
        await buildCase(db, program, {
          openedOn,
          status,
          participantId: participant.id,
          leadCoordinatorId: coordinatorA.userId,
        }),
      );
    const list = async (query: string) => {
      const response = await get(`/api/cases?programId=${program}&${query}`, manager);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const all = await list("pageSize=2");
    expect(all).toMatchObject({ total: 4, totalCapped: false, page: 1, pageSize: 2 });
    expect(all.items.map((item: { openedOn: string }) => item.openedOn)).toEqual([
      "2026-07-01",
      "2026-06-01",
    ]);
    expect((await list("pageSize=2&page=2")).items.map((item: { id: string }) => item.id)).toEqual([
      made[1]?.id,
      made[0]?.id,
    ]);
    expect((await list("status=active")).total).toBe(2);
    expect((await list(`coordinatorId=${coordinatorA.userId}&participantId=${participant.id}`)).total).toBe(
      4,
    );
    expect((await list("openedFrom=2026-05-01&openedTo=2026-06-30")).total).toBe(2);
    expect(all.items[0]).toEqual({
      id: made[3]?.id,
      participantId: participant.id,
      participantName: `${participant.familyName} ${participant.givenName}`,
      participantNameKana: `${participant.familyNameKana} ${participant.givenNameKana}`,
      programId: program,
      fundingStreamId: null,
      leadCoordinatorId: coordinatorA.userId,
      leadCoordinatorName: expect.any(String),
      status: "closed",
      openedOn: "2026-07-01",
      closedOn: null,
    });
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "case"), eq(auditEvents.action, "read")))
      .orderBy(desc(auditEvents.id));
    expect(entry?.recordIds.length).toBeGreaterThan(0);
  });

  it("shows a limited user only their programs' cases, whatever the filter", async () => {
    const caseA = await buildCase(t.database.db, programA);
    const caseB = await buildCase(t.database.db, programB);
    const idsSeenBy = async (session: Session, query = "") => {
      const response = await get(`/api/cases?pageSize=200${query}`, session);
      return response.json().items.map((item: { id: string }) => item.id);
    };
    expect(await idsSeenBy(coordinatorB)).toContain(caseB.id);
    expect(await idsSeenBy(coordinatorB)).not.toContain(caseA.id);
    expect(await idsSeenBy(coordinatorB, `&programId=${programA}`)).toEqual([]);
    expect(await idsSeenBy(coordinatorB, `&participantId=${caseA.participantId}`)).toEqual([]);
    expect(await idsSeenBy(coordinatorA)).toContain(caseA.id);
  });
});

describe("a coordinator of another program", () => {
  it("gets 404 on every route of a case, and changes nothing", async () => {
    const supportCase = await buildCase(t.database.db, programA, { status: "assessment" });
    const url = `/api/cases/${supportCase.id}`;
    const requests = [
      { method: "GET", url },
      { method: "GET", url: `${url}/activities` },
      { method: "PATCH", url, payload: { leadCoordinatorId: null, version: 1 } },
      {
        method: "PUT",
        url: `${url}/intake`,
        payload: {
          receivedOn: "2026-04-15",
          concernTopics: ["debt"],
          urgency: "low",
          screeningRoute: "information",
          version: 0,
        },
      },
      {
        method: "POST",
        url: `${url}/assessments`,
        payload: { assessedOn: "2026-04-22", areas: assessmentAreasInput, version: 1 },
      },
      {
        method: "POST",
        url: `${url}/plans`,
        payload: { madeOn: "2026-05-01", reviewOn: "2026-08-01", goals: threeGoals, version: 1 },
      },
      {
        method: "POST",
        url: `${url}/conferences`,
        payload: { heldOn: "2026-05-10", decision: "approved", version: 1 },
      },
      {
        method: "POST",
        url: `${url}/evaluations`,
        payload: { evaluatedOn: "2026-08-01", goalResults: [{ result: "not" }], version: 1 },
      },
      { method: "POST", url: `${url}/transitions`, payload: { to: "plan", version: 1 } },
    ] as const;
    for (const request of requests) {
      const response = await t.request({ ...request, session: coordinatorB });
      expect(`${request.method} ${request.url}: ${response.statusCode}`).toBe(
        `${request.method} ${request.url}: 404`,
      );
      expectError(response, 404, "NOT_FOUND");
    }
    const mine = await get(url, coordinatorA);
    expect(mine.json()).toMatchObject({ version: 1, status: "assessment", intake: null, assessments: [] });
  });
});
