import {
  type CaseRequirement,
  type CaseStatus,
  type CaseTransition,
  caseStatuses,
  caseTransitions,
  findTransition,
} from "@otagai/shared/support/case-flow";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildAssessment,
  buildConference,
  buildEvaluation,
  buildIntake,
  buildPlan,
} from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { cases, caseTransitions as transitionsTable } from "./cases.tables.ts";

const t = useTestApp();
let programId: string;
let coordinator: Session;

beforeAll(async () => {
  programId = (await buildProgram(t.database.db)).id;
  coordinator = await t.loginAs("coordinator", { programIds: [programId] });
});

const closure = { closedOn: "2026-09-30", reason: "employed", outcomeSummary: "一般就労（事務補助）" };

/** Writes the records that meet `requirements` on a case (closure: sent with the request instead). */
async function meet(caseId: string, requirements: readonly CaseRequirement[]) {
  const db = t.database.db;
  const needs = new Set(requirements);
  if (needs.has("intake")) await buildIntake(db, caseId);
  if (needs.has("assessment")) await buildAssessment(db, caseId);
  const planNeeded = ["plan", "approvedConference", "revisionDecided", "evaluation"].some((key) =>
    needs.has(key as CaseRequirement),
  );
  if (!planNeeded) return;
  const plan = await buildPlan(db, caseId, 1);
  if (needs.has("approvedConference")) await buildConference(db, caseId, plan.id, "approved");
  if (needs.has("revisionDecided")) await buildConference(db, caseId, plan.id, "revise");
  if (needs.has("evaluation")) await buildEvaluation(db, caseId, plan.id);
}

async function transition(
  caseId: string,
  to: CaseStatus,
  options: { closure?: boolean; version?: number } = {},
) {
  return t.request({
    method: "POST",
    url: `/api/cases/${caseId}/transitions`,
    session: coordinator,
    headers: { "accept-language": "ja" },
    payload: { to, version: options.version ?? 1, ...(options.closure ? { closure } : {}) },
  });
}

const label = (entry: CaseTransition) => `${entry.from} → ${entry.to}`;

describe("the flow table, every entry", () => {
  it.each(caseTransitions.map((entry) => [label(entry), entry] as const))(
    "%s: allowed once its requirements are met",
    async (_, entry) => {
      const supportCase = await buildCase(t.database.db, programId, { status: entry.from });
      await meet(supportCase.id, entry.requires);
      const response = await transition(supportCase.id, entry.to, {
        closure: entry.requires.includes("closure"),
      });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.status).toBe(entry.to);
      expect(body.version).toBe(2);
      expect(body.transitions.at(-1)).toMatchObject({ fromStatus: entry.from, toStatus: entry.to });
      if (entry.to === "closed") {
        expect(body.closedOn).toBe(closure.closedOn);
        expect(body.closure).toEqual(closure);
      }
    },
  );

  const refusals = caseTransitions.flatMap((entry) =>
    entry.requires.map((missing) => [`${label(entry)} without ${missing}`, entry, missing] as const),
  );
  it.each(refusals)("%s: refused, naming it", async (_, entry, missing) => {
    const supportCase = await buildCase(t.database.db, programId, { status: entry.from });
    await meet(
      supportCase.id,
      entry.requires.filter((requirement) => requirement !== missing),
    );
    const response = await transition(supportCase.id, entry.to, {
      closure: missing !== "closure" && entry.requires.includes("closure"),
    });
    const body = expectError(response, 409, "CASE_STEP_NOT_ALLOWED");
    expect(body.fields?.map((field) => field.code)).toEqual([missing]);
    const names: Record<CaseRequirement, string> = {
      intake: "相談受付票",
      assessment: "アセスメント",
      plan: "支援プラン",
      approvedConference: "支援プランを承認した支援調整会議",
      revisionDecided: "支援プランの見直しを決めた支援調整会議",
      evaluation: "最新の支援プランの評価",
      closure: "終結の記録（終結日と理由）",
    };
    expect(body.message).toContain(names[missing]);
    // Nothing moved: same status, same version, no line on the timeline.
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, supportCase.id));
    expect(row).toMatchObject({ status: entry.from, version: 1, closedOn: null });
    expect(
      await t.database.db.select().from(transitionsTable).where(eq(transitionsTable.caseId, supportCase.id)),
    ).toEqual([]);
  });

  it("names every missing requirement at once", async () => {
    const supportCase = await buildCase(t.database.db, programId, { status: "evaluation" });
    const body = expectError(await transition(supportCase.id, "closed"), 409, "CASE_STEP_NOT_ALLOWED");
    expect(body.fields).toEqual([
      { path: "body.to", code: "evaluation", message: "最新の支援プランの評価がまだ記録されていません。" },
      {
        path: "body.closure",
        code: "closure",
        message: "終結の記録（終結日と理由）がまだ記録されていません。",
      },
    ]);
    expect(body.message).toBe(
      "この操作はいまの段階ではできません。まだ記録されていないもの: 最新の支援プランの評価、終結の記録（終結日と理由）",
    );
  });

  const notInTable = caseStatuses
    .flatMap((from) => caseStatuses.map((to) => [from, to] as const))
    .filter(([from, to]) => !findTransition(from, to));
  it("leaves out some moves (a sample is walked below)", () => {
    for (const move of [
      ["intake", "active"],
      ["intake", "plan"],
      ["assessment", "conference"],
      ["plan", "active"],
      ["active", "plan"],
      ["closed", "intake"],
      ["closed", "active"],
      ["plan", "plan"],
    ])
      expect(notInTable).toContainEqual(move);
  });

  it.each(notInTable)("%s → %s: not in the table, refused even with every record", async (from, to) => {
    const supportCase = await buildCase(t.database.db, programId, { status: from });
    await meet(supportCase.id, ["intake", "assessment", "approvedConference", "evaluation"]);
    const response = await transition(supportCase.id, to, { closure: to === "closed" });
    const body = expectError(response, 409, "CASE_STEP_NOT_ALLOWED", ["body.to"]);
    expect(body.fields?.[0]?.code).toBe("not_in_flow");
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, supportCase.id));
    expect(row?.status).toBe(from);
  });

  it("answers in English to an English caller", async () => {
    const supportCase = await buildCase(t.database.db, programId, { status: "intake" });
    const response = await t.request({
      method: "POST",
      url: `/api/cases/${supportCase.id}/transitions`,
      session: coordinator,
      headers: { "accept-language": "en" },
      payload: { to: "active", version: 1 },
    });
    expect(expectError(response, 409, "CASE_STEP_NOT_ALLOWED").message).toBe(
      "This step is not possible now. A case cannot move from “Intake” to “Active support”.",
    );
  });

  it("refuses a closure record sent with another step (it would be lost)", async () => {
    const supportCase = await buildCase(t.database.db, programId, { status: "intake" });
    await meet(supportCase.id, ["intake"]);
    const response = await t.request({
      method: "POST",
      url: `/api/cases/${supportCase.id}/transitions`,
      session: coordinator,
      payload: { to: "assessment", version: 1, closure },
    });
    expectError(response, 400, "VALIDATION_FAILED", ["body.closure"]);
  });

  it("refuses a closure dated before the case was opened", async () => {
    const supportCase = await buildCase(t.database.db, programId, {
      status: "intake",
      openedOn: "2026-10-01",
    });
    const response = await transition(supportCase.id, "closed", { closure: true });
    expectError(response, 400, "VALIDATION_FAILED", ["body.closure.closedOn"]);
  });
});
