import { and, desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import { auditEvents } from "../../../platform/audit/audit.tables.ts";
import { flushAuditQueue } from "../../../platform/audit/audit.ts";
import { buildActivity } from "../../../test/factories/activities.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { timelineQuery, timelineVisibility } from "./activities.repository.ts";
import { activities, activityRevisions } from "./activities.tables.ts";

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

type Timeline = {
  items: { id: string; occurredAt: string; caseId: string | null }[];
  nextCursor: string | null;
};

async function timeline(url: string, session: Session): Promise<Timeline> {
  const response = await t.request({ method: "GET", url, session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every page of a timeline, following the cursor to the end. */
async function everyPage(base: string, session: Session, limit: number) {
  const pages: Timeline[] = [];
  let cursor: string | null = null;
  do {
    const page: Timeline = await timeline(
      `${base}?limit=${limit}${cursor ? `&before=${encodeURIComponent(cursor)}` : ""}`,
      session,
    );
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

describe("a participant's timeline", () => {
  it("pages through 260 entries newest first, by keyset, without repeats or gaps", async () => {
    const supportCase = await buildCase(t.database.db, programA);
    // 260 entries, several sharing one moment (the id breaks the tie), some at microsecond precision.
    await t.database.withRawSession((session) =>
      session.query(
        `insert into activities (participant_id, case_id, occurred_at, type, minutes, notes)
         select $1, $2, timestamptz '2026-04-01 09:00:00.000001+09' + ((n / 3) * interval '37 minutes 0.000123 seconds'), 'interview', 30, 'n' || n
         from generate_series(1, 260) as n`,
        [supportCase.participantId, supportCase.id],
      ),
    );
    const pages = await everyPage(
      `/api/participants/${supportCase.participantId}/activities`,
      coordinatorA,
      25,
    );
    const items = pages.flatMap((page) => page.items);
    expect(pages).toHaveLength(11);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    expect(items).toHaveLength(260);
    expect(new Set(items.map((item) => item.id)).size).toBe(260);
    const expected = await t.database.db
      .select({ id: activities.id })
      .from(activities)
      .where(eq(activities.participantId, supportCase.participantId))
      .orderBy(desc(activities.occurredAt), desc(activities.id));
    expect(items.map((item) => item.id)).toEqual(expected.map((row) => row.id));
    // The same through the case's own timeline.
    const byCase = (await everyPage(`/api/cases/${supportCase.id}/activities`, coordinatorA, 100)).flatMap(
      (page) => page.items,
    );
    expect(byCase.map((item) => item.id)).toEqual(expected.map((row) => row.id));
  });

  it("reads a page from the index in timeline order, however deep (activities_participant_idx)", async () => {
    const participant = await buildParticipant(t.database.db);
    await t.database.withRawSession(async (session) => {
      await session.query(
        `insert into activities (participant_id, occurred_at, type, minutes, notes)
         select $1, timestamptz '2020-01-01 00:00:00+00' + n * interval '1 hour', 'phone', 5, ''
         from generate_series(1, 3000) as n`,
        [participant.id],
      );
      await session.exec("analyze activities");
    });
    const scope = accessScopeOf({ id: coordinatorA.userId, role: "coordinator", programIds: [programA] });
    const query = timelineQuery(
      t.database.db,
      { participantId: participant.id, visibility: timelineVisibility(scope) },
      { occurredAt: "2020-03-01T00:00:00.000000Z", id: "ffffffff-ffff-4fff-bfff-ffffffffffff" },
      30,
    ).toSQL();
    const plan = await t.database.withRawSession((session) =>
      session.query<{ "QUERY PLAN": string }>(`explain ${query.sql}`, query.params as unknown[]),
    );
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("Index Scan using activities_participant_idx");
    // The cursor is a condition of the index scan itself (it starts there), not a filter over earlier rows.
    expect(text).toMatch(/Index Cond: .*ROW\(occurred_at, id\) < ROW/);
    expect(text).not.toMatch(/Sort\b/);
  });

  it("shows a user of another program nothing of it: 404, and no activity of a case outside their programs", async () => {
    const caseA = await buildCase(t.database.db, programA);
    const caseB = await buildCase(t.database.db, programB, { participantId: caseA.participantId });
    const ofA = await buildActivity(t.database.db, caseA.participantId, { caseId: caseA.id });
    const ofB = await buildActivity(t.database.db, caseA.participantId, { caseId: caseB.id });
    const unattached = await buildActivity(t.database.db, caseA.participantId);
    const url = `/api/participants/${caseA.participantId}/activities`;
    const seenBy = async (session: Session) =>
      (await timeline(url, session)).items.map((item) => item.id).sort();
    expect(await seenBy(coordinatorA)).toEqual([ofA.id, unattached.id].sort());
    expect(await seenBy(coordinatorB)).toEqual([ofB.id, unattached.id].sort());
    const outsider = await t.loginAs("coordinator", { programIds: [(await buildProgram(t.database.db)).id] });
    expectError(await t.request({ method: "GET", url, session: outsider }), 404, "NOT_FOUND");
    expectError(
      await t.request({ method: "GET", url: `/api/cases/${caseA.id}/activities`, session: coordinatorB }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await t.request({
        method: "PATCH",
        url: `/api/activities/${ofA.id}`,
        session: coordinatorB,
        payload: { notes: "書き換え", version: 1 },
      }),
      404,
      "NOT_FOUND",
    );
  });

  it("answers a bad cursor with a field error", async () => {
    const supportCase = await buildCase(t.database.db, programA);
    const url = `/api/participants/${supportCase.participantId}/activities`;
    for (const before of ["nonsense", Buffer.from('["2026-01-01", "x"]').toString("base64url"), "W10"]) {
      const response = await t.request({
        method: "GET",
        url: `${url}?before=${before}`,
        session: coordinatorA,
      });
      expectError(response, 400, "VALIDATION_FAILED", ["querystring.before"]);
    }
  });

  it("is audited as a read of the participant's record", async () => {
    const supportCase = await buildCase(t.database.db, programA);
    await timeline(`/api/cases/${supportCase.id}/activities`, coordinatorA);
    // Reads are appended by group commit: wait for the queue.
    await flushAuditQueue(t.database.db);
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "read"), eq(auditEvents.entity, "participant")))
      .orderBy(desc(auditEvents.id));
    expect(entry).toMatchObject({ actorId: coordinatorA.userId, recordIds: [supportCase.participantId] });
  });
});

describe("writing activities", () => {
  it("adds one to a participant and their case; the staff member defaults to the writer", async () => {
    const supportCase = await buildCase(t.database.db, programA);
    const response = await t.request({
      method: "POST",
      url: "/api/activities",
      session: coordinatorA,
      payload: {
        participantId: supportCase.participantId,
        caseId: supportCase.id,
        occurredAt: "2026-05-01T10:00:00+09:00",
        type: "visit",
        minutes: 60,
        notes: "自宅を訪問",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      participantId: supportCase.participantId,
      caseId: supportCase.id,
      occurredAt: "2026-05-01T01:00:00.000Z",
      type: "visit",
      staffId: coordinatorA.userId,
      staffName: expect.any(String),
      edited: false,
      updatedByName: null,
      version: 1,
    });
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "activity"), eq(auditEvents.recordId, response.json().id)));
    expect(entry?.action).toBe("create");
  });

  it("refuses a participant the user does not reach, and a case of someone else", async () => {
    const mine = await buildCase(t.database.db, programA);
    const theirs = await buildCase(t.database.db, programB);
    const post = (payload: object) =>
      t.request({
        method: "POST",
        url: "/api/activities",
        session: coordinatorA,
        payload: { occurredAt: "2026-05-01T10:00:00+09:00", type: "phone", minutes: 10, ...payload },
      });
    expectError(await post({ participantId: theirs.participantId }), 400, "VALIDATION_FAILED", [
      "body.participantId",
    ]);
    expectError(
      await post({ participantId: mine.participantId, caseId: theirs.id }),
      400,
      "VALIDATION_FAILED",
      ["body.caseId"],
    );
    const otherCaseOfProgramA = await buildCase(t.database.db, programA);
    expectError(
      await post({ participantId: mine.participantId, caseId: otherCaseOfProgramA.id }),
      400,
      "VALIDATION_FAILED",
      ["body.caseId"],
    );
  });

  it("edits one, keeping the replaced values with who changed them; version-checked", async () => {
    const supportCase = await buildCase(t.database.db, programA);
    const activity = await buildActivity(t.database.db, supportCase.participantId, {
      caseId: supportCase.id,
      notes: "最初の記録",
      minutes: 30,
    });
    const url = `/api/activities/${activity.id}`;
    const patch = (payload: object) => t.request({ method: "PATCH", url, session: coordinatorA, payload });
    const edited = await patch({ notes: "訂正した記録", minutes: 45, version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      notes: "訂正した記録",
      minutes: 45,
      version: 2,
      edited: true,
      updatedByName: expect.any(String),
    });
    const revisions = await t.database.db
      .select()
      .from(activityRevisions)
      .where(eq(activityRevisions.activityId, activity.id));
    expect(revisions).toEqual([
      expect.objectContaining({
        version: 1,
        notes: "最初の記録",
        minutes: 30,
        changedBy: coordinatorA.userId,
      }),
    ]);
    const [row] = await t.database.db.select().from(activities).where(eq(activities.id, activity.id));
    expect(row?.updatedBy).toBe(coordinatorA.userId);
    expectError(await patch({ notes: "古い版からの上書き", version: 1 }), 409, "STALE_UPDATE");
    // Saving the same values again is no edit: no revision, no new version.
    expect((await patch({ notes: "訂正した記録", version: 2 })).json().version).toBe(2);
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "activity"), eq(auditEvents.recordId, activity.id)))
      .orderBy(desc(auditEvents.id));
    expect(entry).toMatchObject({ action: "update", changedFields: ["minutes", "notes"] });
    expect(
      (
        await t.database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(activityRevisions)
          .where(eq(activityRevisions.activityId, activity.id))
      )[0]?.n,
    ).toBe(1);
  });
});
