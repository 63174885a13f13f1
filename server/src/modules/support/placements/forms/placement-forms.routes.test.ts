import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../../test/factories/cases.ts";
import { buildParticipant } from "../../../../test/factories/participants.ts";
import { buildPlacement } from "../../../../test/factories/placements.ts";
import { buildProgram } from "../../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../../test/http-helpers.ts";
import { pdfText } from "../../../../test/pdf-text.ts";
import type { Session } from "../../../../test/test-app.ts";
import { useTestApp } from "../../../../test/test-app.ts";
import { placementAttendance, placementEvaluations } from "../attendance.tables.ts";

const t = useTestApp();
let coordinator: Session;
let outsider: Session;
let placementId: string;

const scores = {
  punctuality: 4,
  communication: 3,
  followingInstructions: 3,
  taskPerformance: 2,
  stamina: 2,
  safety: 4,
};

beforeAll(async () => {
  const db = t.database.db;
  const program = await buildProgram(db);
  const other = await buildProgram(db);
  coordinator = await t.loginAs("coordinator", { programIds: [program.id] });
  outsider = await t.loginAs("coordinator", { programIds: [other.id] });
  const person = await buildParticipant(db, {
    familyName: "綾瀬",
    givenName: "晴",
    familyNameKana: "あやせ",
    givenNameKana: "はる",
  });
  const supportCase = await buildCase(db, program.id, { participantId: person.id, status: "active" });
  // Two 3-month terms from 2026-05-01: term 1 to 2026-07-31, term 2 to 2026-10-31.
  placementId = (await buildPlacement(db, supportCase.id, { termCount: 2, status: "ongoing" })).id;
  await db.insert(placementAttendance).values([
    { placementId, day: "2026-06-01", status: "present", hours: 5 },
    { placementId, day: "2026-06-03", status: "late", hours: 4.5, note: "電車の遅れ" },
    { placementId, day: "2026-06-05", status: "absent", absenceReason: "体調不良" },
    { placementId, day: "2026-07-01", status: "present", hours: 5 },
  ]);
  await db.insert(placementEvaluations).values([
    {
      placementId,
      term: 1,
      evaluator: "workplace",
      ...scores,
      comments: "丁寧に作業できている",
      evaluatedOn: "2026-07-30",
    },
    { placementId, term: 1, evaluator: "coordinator", ...scores, stamina: 3, evaluatedOn: "2026-07-31" },
  ]);
});

function pdfOf(session: Session, url: string, query: Record<string, string>) {
  return t.request({ method: "GET", url, query, session, headers: { "accept-language": "ja" } });
}

async function textOf(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers["content-type"]).toBe("application/pdf");
  return (await pdfText(response.rawPayload)).compact;
}

describe("GET /api/placements/:id/pdf/attendance", () => {
  it("prints the month's attendance with the person's name, 和暦 dates and the month's counts", async () => {
    const response = await pdfOf(coordinator, `/api/placements/${placementId}/pdf/attendance`, {
      month: "2026-06",
    });
    const text = await textOf(response);
    expect(text).toContain("就労体験実習出勤簿");
    expect(text).toContain("綾瀬晴");
    expect(text).toContain("令和8年6月分");
    expect(text).toContain("令和8年5月1日〜令和8年10月31日");
    expect(text).toContain("体調不良");
    expect(text).toContain("電車の遅れ");
    expect(text).toContain("記録3日（出勤1日・遅刻1日・早退0日・欠勤1日）合計9.5時間");
    expect(text).not.toContain("7月1日出勤");
    expect(
      decodeURIComponent(String(response.headers["content-disposition"]).split("UTF-8''")[1] ?? ""),
    ).toBe("出勤簿_綾瀬晴_2026-06.pdf");
    const reads = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "placement",
      recordId: placementId,
      actorId: coordinator.userId,
    });
    expect(reads.length).toBeGreaterThan(0);
  });

  it("answers 422 for a month outside the placement, 400 for a malformed month, 404 outside the user's programs", async () => {
    expectError(
      await pdfOf(coordinator, `/api/placements/${placementId}/pdf/attendance`, { month: "2026-11" }),
      422,
      "OUT_OF_PERIOD",
    );
    expectError(
      await pdfOf(coordinator, `/api/placements/${placementId}/pdf/attendance`, { month: "2026-13" }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await pdfOf(outsider, `/api/placements/${placementId}/pdf/attendance`, { month: "2026-06" }),
      404,
      "NOT_FOUND",
    );
  });
});

describe("GET /api/placements/:id/pdf/evaluation", () => {
  it("prints the term's evaluations side by side, with the term's 和暦 period", async () => {
    const text = await textOf(
      await pdfOf(coordinator, `/api/placements/${placementId}/pdf/evaluation`, { term: "1" }),
    );
    expect(text).toContain("就労体験実習評価票");
    expect(text).toContain("綾瀬晴");
    expect(text).toContain("第1期（令和8年5月1日〜令和8年7月31日）");
    expect(text).toContain("体力・持続力23");
    expect(text).toContain("丁寧に作業できている");
    expect(text).toContain("令和8年7月30日");
  });

  it("prints an unwritten term with blanks, and answers 422 for a term the placement does not have", async () => {
    const text = await textOf(
      await pdfOf(coordinator, `/api/placements/${placementId}/pdf/evaluation`, { term: "2" }),
    );
    expect(text).toContain("第2期（令和8年8月1日〜令和8年10月31日）");
    expect(text).toContain("未記入");
    expectError(
      await pdfOf(coordinator, `/api/placements/${placementId}/pdf/evaluation`, { term: "3" }),
      422,
      "OUT_OF_PERIOD",
    );
    expectError(
      await pdfOf(outsider, `/api/placements/${placementId}/pdf/evaluation`, { term: "1" }),
      404,
      "NOT_FOUND",
    );
  });
});
