import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAssessment, buildIntake, buildPlan } from "../../../../test/factories/case-records.ts";
import { buildCase } from "../../../../test/factories/cases.ts";
import { buildParticipant } from "../../../../test/factories/participants.ts";
import { buildProgram } from "../../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../../test/http-helpers.ts";
import { pdfText } from "../../../../test/pdf-text.ts";
import type { Session } from "../../../../test/test-app.ts";
import { useTestApp } from "../../../../test/test-app.ts";

const t = useTestApp();
let coordinator: Session;
let viewer: Session;
let outsider: Session;
let caseId: string;
let emptyCaseId: string;
let participantId: string;
let firstPlanId: string;

beforeAll(async () => {
  const db = t.database.db;
  const program = await buildProgram(db, { name: "試験就労準備" });
  const other = await buildProgram(db, { name: "別の事業" });
  coordinator = await t.loginAs("coordinator", { programIds: [program.id] });
  viewer = await t.loginAs("viewer");
  outsider = await t.loginAs("coordinator", { programIds: [other.id] });
  const person = await buildParticipant(db, {
    familyName: "綾瀬",
    givenName: "晴",
    familyNameKana: "あやせ",
    givenNameKana: "はる",
    birthDate: "1990-04-01",
    address: "横浜市神奈川区1-2-3",
    postalCode: "221-0001",
  });
  participantId = person.id;
  const supportCase = await buildCase(db, program.id, { participantId, status: "active" });
  caseId = supportCase.id;
  emptyCaseId = (await buildCase(db, program.id)).id;
  await buildIntake(db, caseId, { notes: "本人の言葉: 早く働きたい" });
  await buildAssessment(db, caseId);
  firstPlanId = (await buildPlan(db, caseId, 1, { madeOn: "2026-05-01" })).id;
  await buildPlan(db, caseId, 2, { madeOn: "2026-08-03", agreedOn: "2026-08-05" });
  const saved = await t.request({
    method: "PUT",
    url: `/api/participants/${participantId}/sensitive`,
    session: coordinator,
    payload: { health: "通院中の持病あり", benefits: ["public_assistance"], version: 0 },
  });
  expect(saved.statusCode, saved.body).toBe(200);
});

function pdfOf(session: Session, url: string, query: Record<string, string> = {}) {
  return t.request({ method: "GET", url, query, session, headers: { "accept-language": "ja" } });
}

async function textOf(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers["content-type"]).toBe("application/pdf");
  return (await pdfText(response.rawPayload)).compact;
}

describe("GET /api/cases/:id/pdf/plan", () => {
  it("prints the current plan as the プラン兼事業等利用申込書, with the person's name and 和暦 dates", async () => {
    const response = await pdfOf(coordinator, `/api/cases/${caseId}/pdf/plan`);
    const text = await textOf(response);
    expect(text).toContain("支援プラン兼事業等利用申込書");
    expect(text).toContain("綾瀬晴");
    expect(text).toContain("第2版");
    expect(text).toContain("令和8年8月3日");
    expect(text).toContain("平成2年4月1日");
    expect(text).toContain("毎朝7時に起きる");
    expect(text).toContain("就労自立");
    // Never the sensitive section on a plan.
    expect(text).not.toContain("通院中の持病あり");
    const disposition = String(response.headers["content-disposition"]);
    expect(disposition).toMatch(/^attachment; filename="[\w.-]+\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toBe(
      "支援プラン_綾瀬晴_v2_2026-08-03.pdf",
    );
    // Subset fonts keep a plan small (ADR 018).
    expect(response.rawPayload.length).toBeLessThan(150_000);
  });

  it("prints an earlier version by planId, and audits the print as a read of the case", async () => {
    const text = await textOf(await pdfOf(viewer, `/api/cases/${caseId}/pdf/plan`, { planId: firstPlanId }));
    expect(text).toContain("第1版");
    expect(text).toContain("令和8年5月1日");
    const reads = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "case",
      recordId: caseId,
      actorId: viewer.userId,
    });
    expect(reads.length).toBeGreaterThan(0);
  });

  it("answers 404 for a case without a plan, a plan of another case, and a case outside the user's programs", async () => {
    expectError(await pdfOf(coordinator, `/api/cases/${emptyCaseId}/pdf/plan`), 404, "NOT_FOUND");
    expectError(
      await pdfOf(coordinator, `/api/cases/${emptyCaseId}/pdf/plan`, { planId: firstPlanId }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await pdfOf(coordinator, `/api/cases/${caseId}/pdf/plan`, { planId: randomUUID() }),
      404,
      "NOT_FOUND",
    );
    expectError(await pdfOf(outsider, `/api/cases/${caseId}/pdf/plan`), 404, "NOT_FOUND");
    expectError(
      await pdfOf(coordinator, `/api/cases/${caseId}/pdf/plan`, { planId: "x" }),
      400,
      "VALIDATION_FAILED",
    );
  });
});

describe("GET /api/cases/:id/pdf/intake", () => {
  it("prints the 相談受付・申込票 with ◎ on the most pressing topic, and the B票 for users allowed", async () => {
    const text = await textOf(await pdfOf(coordinator, `/api/cases/${caseId}/pdf/intake`));
    expect(text).toContain("相談受付・申込票");
    expect(text).toContain("綾瀬晴");
    expect(text).toContain("令和8年4月15日");
    expect(text).toContain("◎仕事探し");
    expect(text).toContain("○住まい");
    expect(text).toContain("本人の言葉:早く働きたい");
    expect(text).toContain("通院中の持病あり");
    expect(text).toContain("生活保護");
    const sensitiveReads = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "participant_sensitive",
      recordId: participantId,
      actorId: coordinator.userId,
    });
    expect(sensitiveReads.length).toBe(1);
  });

  it("leaves the sensitive section out for a role without participants.sensitive", async () => {
    const text = await textOf(await pdfOf(viewer, `/api/cases/${caseId}/pdf/intake`));
    expect(text).toContain("綾瀬晴");
    expect(text).not.toContain("通院中の持病あり");
    expect(text).toContain("閲覧権限のある職員だけが印刷できます");
    expect(
      await auditEventsWhere(t.database.db, { entity: "participant_sensitive", actorId: viewer.userId }),
    ).toEqual([]);
  });

  it("answers 404 when the case has no intake", async () => {
    expectError(await pdfOf(coordinator, `/api/cases/${emptyCaseId}/pdf/intake`), 404, "NOT_FOUND");
  });
});

describe("GET /api/cases/:id/pdf/assessment", () => {
  it("prints the latest assessment in the user's language, dates in 和暦", async () => {
    const ja = await textOf(await pdfOf(coordinator, `/api/cases/${caseId}/pdf/assessment`));
    expect(ja).toContain("アセスメントシート");
    expect(ja).toContain("綾瀬晴");
    expect(ja).toContain("令和8年4月22日");
    expect(ja).toContain("短期のアルバイト経験のみ");
    const en = await t.request({
      method: "GET",
      url: `/api/cases/${caseId}/pdf/assessment`,
      session: viewer,
      headers: { "accept-language": "en" },
    });
    const text = await textOf(en);
    expect(text).toContain("Assessmentsheet");
    expect(text).toContain("令和8年4月22日");
    expect(text).not.toContain("通院中の持病あり");
  });

  it("answers 404 when the case has no assessment", async () => {
    expectError(await pdfOf(coordinator, `/api/cases/${emptyCaseId}/pdf/assessment`), 404, "NOT_FOUND");
  });
});
