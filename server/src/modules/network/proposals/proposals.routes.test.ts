import { describe, expect, it } from "vitest";
import { buildIntake } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsultation } from "../../../test/factories/consultations.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildFigure, buildPolicyIssue, buildProposal } from "../../../test/factories/proposals.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
const person = {
  familyName: "根拠田",
  givenName: "秘子",
  familyNameKana: "こんきょだ",
  givenNameKana: "ひめこ",
  phone: "090-1111-2222",
};

const issueInput = {
  title: "家賃の滞納の相談が増えている",
  observed: "この半年、家賃の滞納から住まいを失いそうだという相談が続いている。",
  source: "desk",
  place: "座間市",
  frequency: "often",
  noticedOn: "2026-06-01",
};

async function call(
  session: Session,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  url: string,
  payload?: Record<string, unknown>,
) {
  return t.request({ method, url, session, ...(payload === undefined ? {} : { payload }) });
}

describe("policy issues", () => {
  it("the desk records an issue but may not start a proposal (policyIssues.write without proposals.write)", async () => {
    const consultant = await t.loginAs("consultant");
    const created = await call(consultant, "POST", "/api/network/policy-issues", issueInput);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      title: issueInput.title,
      proposalId: null,
      evidence: [],
      version: 1,
    });
    const [audited] = await auditEventsWhere(t.database.db, {
      entity: "policy_issue",
      recordId: created.json().id,
    });
    expect(audited?.action).toBe("create");
    const refused = await call(consultant, "POST", "/api/network/proposals", {
      title: "x",
      addressee: "座間市",
      periodFrom: "2026-04-01",
      periodTo: "2027-03-31",
    });
    expectError(refused, 403, "FORBIDDEN");
    const list = await call(consultant, "GET", "/api/network/proposals");
    expect(list.statusCode).toBe(200);
  });

  it("links evidence the caller may read, shown without personal details; another answers 404", async () => {
    const db = t.database.db;
    const programA = (await buildProgram(db)).id;
    const programB = (await buildProgram(db)).id;
    const participant = await buildParticipant(db, person);
    const caseA = await buildCase(db, programA, { participantId: participant.id, openedOn: "2026-05-20" });
    await buildIntake(db, caseA.id, { concernTopics: ["housing", "debt"], notes: "秘密のメモ" });
    const caseB = await buildCase(db, programB);
    const consultation = await buildConsultation(db, {
      participantId: participant.id,
      personKind: "participant",
      concernTopics: ["housing"],
      channel: "visit",
      question: "秘密の質問",
      answer: "秘密の回答",
      consultedAt: new Date("2026-06-30T15:30:00Z"),
    });
    const coordinator = await t.loginAs("coordinator", { programIds: [programA] });
    const issue = await buildPolicyIssue(db);
    const url = `/api/network/policy-issues/${issue.id}/evidence`;

    const byCase = await call(coordinator, "POST", url, { caseId: caseA.id });
    expect(byCase.statusCode, byCase.body).toBe(200);
    // Linking it again says so (nothing changes, nothing more is audited).
    const again = await call(coordinator, "POST", url, { caseId: caseA.id });
    expectError(again, 409, "ALREADY_EVIDENCE");
    expect(again.json().message).toBe("この記録はすでにその政策課題の根拠になっています。");
    expect(await auditEventsWhere(db, { entity: "policy_issue", recordId: issue.id })).toHaveLength(1);
    const byConsultation = await call(coordinator, "POST", url, { consultationId: consultation.id });
    expect(byConsultation.statusCode, byConsultation.body).toBe(200);
    const evidence = byConsultation.json().evidence;
    expect(evidence).toEqual([
      expect.objectContaining({
        kind: "case",
        month: "2026-05",
        concernTopics: ["housing", "debt"],
        channel: null,
      }),
      // 00:30 on July 1 in Japan: the month is Japan's.
      expect.objectContaining({
        kind: "consultation",
        month: "2026-07",
        categoryCode: "employment",
        channel: "visit",
      }),
    ]);
    const read = await call(coordinator, "GET", `/api/network/policy-issues/${issue.id}`);
    for (const secret of [
      person.familyName,
      person.givenName,
      person.familyNameKana,
      person.phone,
      participant.id,
      "秘密",
    ])
      expect(read.body).not.toContain(secret);

    // Another program's case, a consultation that does not exist, and a role without consultations.read.
    expectError(await call(coordinator, "POST", url, { caseId: caseB.id }), 404, "NOT_FOUND");
    expectError(
      await call(coordinator, "POST", url, { consultationId: crypto.randomUUID() }),
      404,
      "NOT_FOUND",
    );
    const staff = await t.loginAs("staff");
    expectError(await call(staff, "POST", url, { consultationId: consultation.id }), 404, "NOT_FOUND");
    expectError(await call(coordinator, "POST", url, {}), 400, "VALIDATION_FAILED", ["body.consultationId"]);

    const removed = await call(coordinator, "DELETE", `${url}/${evidence[0].id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().evidence).toHaveLength(1);
    expectError(await call(coordinator, "DELETE", `${url}/${evidence[0].id}`), 404, "NOT_FOUND");
  });

  it("finds issues by words in the title, what was observed or the place (wildcards are plain text)", async () => {
    const db = t.database.db;
    const rent = await buildPolicyIssue(db, { title: "駐輪場代の滞納が増えている", place: "座間市" });
    const food = await buildPolicyIssue(db, {
      title: "食べるものがない",
      observed: "月末に駐輪場代を払うと食費が残らない",
      place: "海老名市",
    });
    await buildPolicyIssue(db, { title: "100%の回答", place: "綾瀬市" });
    const staff = await t.loginAs("staff");
    const titles = async (q: string) => {
      const response = await call(staff, "GET", `/api/network/policy-issues?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items.map((item: { id: string }) => item.id);
    };
    expect(new Set(await titles("駐輪場代"))).toEqual(new Set([rent.id, food.id]));
    expect(await titles("海老名")).toEqual([food.id]);
    expect(await titles("%")).toHaveLength(1);
    expect(await titles("見つからない言葉")).toEqual([]);
  });

  it("puts an issue into a proposal and out, version-checked", async () => {
    const staff = await t.loginAs("staff");
    const issue = await buildPolicyIssue(t.database.db);
    const proposal = await buildProposal(t.database.db);
    const url = `/api/network/policy-issues/${issue.id}/proposal`;
    const assigned = await call(staff, "PUT", url, { proposalId: proposal.id, version: 1 });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({
      proposalId: proposal.id,
      proposalTitle: proposal.title,
      version: 2,
    });
    expectError(await call(staff, "PUT", url, { proposalId: null, version: 1 }), 409, "STALE_UPDATE");
    const unassigned = await call(staff, "GET", "/api/network/policy-issues?unassigned=true");
    expect(unassigned.json().items.map((item: { id: string }) => item.id)).not.toContain(issue.id);
    const detail = await call(staff, "GET", `/api/network/proposals/${proposal.id}`);
    expect(detail.json().issues.map((item: { id: string }) => item.id)).toEqual([issue.id]);
  });
});

describe("proposals", () => {
  it("moves one step at a time, submitted and answered keep their days, each move is a status event", async () => {
    const staff = await t.loginAs("staff");
    const proposal = await buildProposal(t.database.db);
    const url = `/api/network/proposals/${proposal.id}/status`;
    expectError(
      await call(staff, "POST", url, { status: "submitted", on: "2026-07-01", version: 1 }),
      400,
      "VALIDATION_FAILED",
      ["body.status"],
    );
    let version = 1;
    for (const [status, on] of [
      ["discussed", "2026-06-01"],
      ["submitted", "2026-07-01"],
    ] as const) {
      const moved = await call(staff, "POST", url, { status, on, version });
      expect(moved.statusCode, moved.body).toBe(200);
      version = moved.json().version;
    }
    expectError(
      await call(staff, "POST", url, { status: "answered", on: "2026-09-01", version }),
      400,
      "VALIDATION_FAILED",
      ["body.answer"],
    );
    const answered = await call(staff, "POST", url, {
      status: "answered",
      on: "2026-09-01",
      answer: "検討します（架空）",
      version,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      status: "answered",
      nextStatus: null,
      submittedOn: "2026-07-01",
      answeredOn: "2026-09-01",
      answer: "検討します（架空）",
    });
    expect(answered.json().events.map((event: { description: string }) => event.description)).toEqual([
      "answered",
      "submitted",
      "discussed",
    ]);
  });

  it("keeps the campaign's history newest first, and reorders and deletes figures", async () => {
    const staff = await t.loginAs("staff");
    const proposal = await buildProposal(t.database.db);
    const base = `/api/network/proposals/${proposal.id}`;
    for (const [happenedOn, description] of [
      ["2019-05-10", "学習会を開いた"],
      ["2024-11-02", "議員と懇談した"],
      ["2021-02-15", "署名を集め始めた"],
    ])
      expect(
        (await call(staff, "POST", `${base}/events`, { happenedOn, kind: "meeting", description }))
          .statusCode,
      ).toBe(200);
    const detail = await call(staff, "GET", base);
    expect(detail.json().events.map((event: { happenedOn: string }) => event.happenedOn)).toEqual([
      "2024-11-02",
      "2021-02-15",
      "2019-05-10",
    ]);
    expectError(
      await call(staff, "POST", `${base}/events`, {
        happenedOn: "2026-01-01",
        kind: "status",
        description: "x",
      }),
      400,
      "VALIDATION_FAILED",
      ["body.kind"],
    );
    const first = await buildFigure(t.database.db, proposal.id, { label: "一", position: 0 });
    const second = await buildFigure(t.database.db, proposal.id, { label: "二", position: 1 });
    const reordered = await call(staff, "PUT", `${base}/figures/order`, { figureIds: [second.id, first.id] });
    expect(reordered.statusCode, reordered.body).toBe(200);
    expect(reordered.json().figures.map((figure: { label: string }) => figure.label)).toEqual(["二", "一"]);
    expectError(
      await call(staff, "PUT", `${base}/figures/order`, { figureIds: [first.id] }),
      400,
      "VALIDATION_FAILED",
    );
    const deleted = await call(staff, "DELETE", `${base}/figures/${first.id}`);
    expect(deleted.json().figures.map((figure: { label: string }) => figure.label)).toEqual(["二"]);
    const [audited] = await auditEventsWhere(t.database.db, {
      entity: "policy_proposal",
      recordId: proposal.id,
    });
    expect(audited?.changedFields).toBeDefined();
  });
});
