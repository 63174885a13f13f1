import type { PlacementAttendance } from "@otagai/shared/support/attendance";
import type { PlacementEvaluations } from "@otagai/shared/support/evaluations";
import type { PortalPlacement } from "@otagai/shared/support/portal";
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
import { addDays } from "../placements/placement-calendar.ts";

const t = useTestApp();
let programId: string;
let workplaceA: string;
let partnerA: Session;
let partnerB: Session;
let partnerWithout: Session;
let ongoing: string;
let planned: string;
let endedLately: string;
let endedLongAgo: string;

const today = todayInJapan();

async function placementAt(workplaceId: string, overrides: Parameters<typeof buildPlacement>[2] = {}) {
  const participant = await buildParticipant(t.database.db, {
    familyName: "青木",
    givenName: "結衣",
    phone: "045-123-4567",
    email: "aoki@example.jp",
    address: "横浜市港北区試験町1-2-3",
    birthDate: "1990-04-01",
  });
  const supportCase = await buildCase(t.database.db, programId, {
    status: "active",
    participantId: participant.id,
  });
  return (
    await buildPlacement(t.database.db, supportCase.id, {
      workplaceId,
      guidanceNotes: "最初の週は午前のみ",
      transportNotes: "交通費は月末精算",
      allowanceNotes: "謝礼あり",
      ...overrides,
    })
  ).id;
}

beforeAll(async () => {
  programId = (await buildProgram(t.database.db)).id;
  workplaceA = (await buildWorkplace(t.database.db, { name: "ワーカーズ・コレクティブ菜の花" })).id;
  const workplaceB = (await buildWorkplace(t.database.db)).id;
  partnerA = await t.loginAs("partner", { workplaceId: workplaceA });
  partnerB = await t.loginAs("partner", { workplaceId: workplaceB });
  partnerWithout = await t.loginAs("partner");
  ongoing = await placementAt(workplaceA, { status: "ongoing", startOn: "2026-05-01", termCount: 2 });
  planned = await placementAt(workplaceA, { status: "planned", startOn: addDays(today, 30) });
  endedLately = await placementAt(workplaceA, {
    status: "ended_early",
    startOn: addDays(today, -60),
    endedOn: addDays(today, -30),
  });
  endedLongAgo = await placementAt(workplaceA, {
    status: "ended_early",
    startOn: "2025-04-01",
    endedOn: "2025-05-01",
  });
});

const contactValues = [
  "045-123-4567",
  "aoki@example.jp",
  "横浜市港北区試験町",
  "1990-04-01",
  "交通費",
  "謝礼",
];

describe("the partner portal", () => {
  it("lists the workplace's placements, current ones first, then those ended in the last 90 days", async () => {
    const response = await t.request({ method: "GET", url: "/api/portal/placements", session: partnerA });
    expect(response.statusCode, response.body).toBe(200);
    const items: PortalPlacement[] = response.json().items;
    expect(items.map((item) => item.id)).toEqual([ongoing, planned, endedLately]);
    expect(items.map((item) => item.id)).not.toContain(endedLongAgo);
    for (const value of contactValues) expect(response.body).not.toContain(value);
  });

  it("shows one placement with only the portal's fields, and audits the read", async () => {
    const response = await t.request({
      method: "GET",
      url: `/api/portal/placements/${ongoing}`,
      session: partnerA,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body: PortalPlacement = response.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        "id",
        "participantName",
        "workplaceName",
        "employmentType",
        "startOn",
        "endOn",
        "termCount",
        "termMonths",
        "workDays",
        "hoursFrom",
        "hoursTo",
        "tasks",
        "supervisorName",
        "coordinatorName",
        "guidanceNotes",
        "status",
      ].sort(),
    );
    expect(body).toMatchObject({ participantName: "青木 結衣", guidanceNotes: "最初の週は午前のみ" });
    for (const value of contactValues) expect(response.body).not.toContain(value);
    await flushAuditQueue(t.database.db);
    const [entry] = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "placement",
      recordId: ongoing,
    });
    expect(entry?.actorId).toBe(partnerA.userId);
  });

  it("records attendance as the partner, and answers 409 when staff saved the day first", async () => {
    const saved = await t.request({
      method: "PUT",
      url: `/api/portal/placements/${ongoing}/attendance`,
      session: partnerA,
      payload: { days: [{ day: "2026-05-04", status: "present", hours: 5 }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as PlacementAttendance).days).toMatchObject([
      { day: "2026-05-04", recordedVia: "partner" },
    ]);
    const again = await t.request({
      method: "PUT",
      url: `/api/portal/placements/${ongoing}/attendance`,
      session: partnerA,
      payload: { days: [{ day: "2026-05-04", status: "late", version: null }] },
    });
    expectError(again, 409, "STALE_UPDATE");
    const sheet = await t.request({
      method: "GET",
      url: "/api/portal/day-sheet?date=2026-05-04",
      session: partnerA,
    });
    expect(sheet.statusCode, sheet.body).toBe(200);
    expect(sheet.json().rows.map((row: { placementId: string }) => row.placementId)).toEqual([ongoing]);
    for (const value of contactValues) expect(sheet.body).not.toContain(value);
  });

  it("shows the workplace's own evaluations only, and saves the workplace's side", async () => {
    const saved = await t.request({
      method: "PUT",
      url: `/api/portal/placements/${ongoing}/evaluations/1`,
      session: partnerA,
      payload: {
        scores: {
          punctuality: 4,
          communication: 4,
          followingInstructions: 3,
          taskPerformance: 3,
          stamina: 2,
          safety: 4,
        },
        evaluatedOn: "2026-07-31",
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ evaluator: "workplace", recordedVia: "partner" });
    const response = await t.request({
      method: "GET",
      url: `/api/portal/placements/${ongoing}/evaluations`,
      session: partnerA,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body: PlacementEvaluations = response.json();
    expect(body.terms).toHaveLength(2);
    for (const term of body.terms) expect(term).not.toHaveProperty("coordinator");
    expect(body.terms[0]?.workplace?.scores.stamina).toBe(2);
  });

  it("answers 404 for another workplace's placement, and shows nothing to a partner without a workplace", async () => {
    for (const url of [
      `/api/portal/placements/${ongoing}`,
      `/api/portal/placements/${ongoing}/attendance?from=2026-05-04&to=2026-05-10`,
      `/api/portal/placements/${ongoing}/evaluations`,
    ]) {
      expectError(await t.request({ method: "GET", url, session: partnerB }), 404, "NOT_FOUND");
      expectError(await t.request({ method: "GET", url, session: partnerWithout }), 404, "NOT_FOUND");
    }
    const list = await t.request({ method: "GET", url: "/api/portal/placements", session: partnerWithout });
    expect(list.json()).toEqual({ items: [] });
    expectError(
      await t.request({
        method: "GET",
        url: "/api/portal/day-sheet?date=2026-05-04",
        session: partnerWithout,
      }),
      404,
      "NOT_FOUND",
    );
    // Partner B's own sheet does not hold workplace A's trainee, so saving it is not found either.
    expectError(
      await t.request({
        method: "PUT",
        url: "/api/portal/day-sheet",
        session: partnerB,
        payload: { date: "2026-05-06", rows: [{ placementId: ongoing, status: "present" }] },
      }),
      404,
      "NOT_FOUND",
    );
  });

  it("audits the refused attempts: a staff route (403) and another workplace's record (404)", async () => {
    expectError(
      await t.request({ method: "GET", url: `/api/placements/${ongoing}`, session: partnerB }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await t.request({ method: "GET", url: `/api/portal/placements/${ongoing}`, session: partnerB }),
      404,
      "NOT_FOUND",
    );
    const entries = await auditEventsWhere(t.database.db, {
      action: "denied",
      entity: "access",
      recordId: ongoing,
      actorId: partnerB.userId,
    });
    expect(entries.map((entry) => JSON.parse(entry.detail ?? "{}"))).toEqual(
      expect.arrayContaining([
        { method: "GET", route: "/api/placements/:id", status: 403, records: { id: "placement" } },
        { method: "GET", route: "/api/portal/placements/:id", status: 404, records: { id: "placement" } },
      ]),
    );
  });
});
