import type { Evaluation, PlacementEvaluations } from "@otagai/shared/support/evaluations";
import { beforeAll, describe, expect, it } from "vitest";
import { flushAuditQueue } from "../../../platform/audit/audit.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { addDays } from "./placement-calendar.ts";

const t = useTestApp();
let programA: string;
let coordinatorA: Session;
let coordinatorB: Session;

beforeAll(async () => {
  programA = (await buildProgram(t.database.db)).id;
  coordinatorA = await t.loginAs("coordinator", { programIds: [programA] });
  coordinatorB = await t.loginAs("coordinator", { programIds: [(await buildProgram(t.database.db)).id] });
});

/** Two 3-month terms from 2026-05-01 unless told. */
async function placement(overrides: Parameters<typeof buildPlacement>[2] = {}) {
  const supportCase = await buildCase(t.database.db, programA, { status: "active" });
  return buildPlacement(t.database.db, supportCase.id, { termCount: 2, ...overrides });
}

const scores = {
  punctuality: 4,
  communication: 3,
  followingInstructions: 3,
  taskPerformance: 2,
  stamina: 2,
  safety: 4,
};

function save(
  id: string,
  term: number,
  evaluator: string,
  payload: Record<string, unknown>,
  session = coordinatorA,
) {
  return t.request({
    method: "PUT",
    url: `/api/placements/${id}/evaluations/${term}/${evaluator}`,
    session,
    payload,
  });
}

describe("a placement's evaluations", () => {
  it("lists every term with its dates and both sides, and saves each side", async () => {
    const { id } = await placement();
    const first = await save(id, 1, "coordinator", {
      scores,
      comments: "挨拶がよくできる",
      evaluatedOn: "2026-07-31",
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json() as Evaluation).toMatchObject({
      term: 1,
      evaluator: "coordinator",
      scores,
      comments: "挨拶がよくできる",
      recordedVia: "staff",
      version: 1,
    });
    const workplace = await save(id, 1, "workplace", {
      scores: { ...scores, stamina: 3 },
      evaluatedOn: "2026-07-30",
    });
    expect(workplace.statusCode, workplace.body).toBe(200);
    const response = await t.request({
      method: "GET",
      url: `/api/placements/${id}/evaluations`,
      session: coordinatorA,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body: PlacementEvaluations = response.json();
    expect(body.terms.map((term) => [term.term, term.from, term.to])).toEqual([
      [1, "2026-05-01", "2026-07-31"],
      [2, "2026-08-01", "2026-10-31"],
    ]);
    expect(body.terms[0]?.coordinator?.scores.stamina).toBe(2);
    expect(body.terms[0]?.workplace?.scores.stamina).toBe(3);
    expect(body.terms[1]).toMatchObject({ workplace: null, coordinator: null });
    await flushAuditQueue(t.database.db);
    const entries = await auditEventsWhere(t.database.db, { entity: "placement_evaluation", recordId: id });
    expect(entries.map((entry) => entry.action)).toEqual(["read", "create", "create"]);
  });

  it("answers 409 to a save that did not see the one before it, and saves at the current version", async () => {
    const { id } = await placement();
    expect((await save(id, 1, "coordinator", { scores, evaluatedOn: "2026-07-31" })).statusCode).toBe(200);
    const stale = await save(id, 1, "coordinator", { scores, evaluatedOn: "2026-07-31", version: null });
    const body = expectError(stale, 409, "STALE_UPDATE", ["body.version"]);
    expect(body.fields?.[0]?.message).toContain("ほかの人が先にこの評価を保存しました");
    const updated = await save(id, 1, "coordinator", {
      scores: { ...scores, safety: 3 },
      evaluatedOn: "2026-07-31",
      version: 1,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, scores: { safety: 3 } });
  });

  it("refuses a term that has not started, and a term the placement does not have", async () => {
    const today = todayInJapan();
    const { id } = await placement({ startOn: addDays(today, -10) });
    const response = await save(id, 2, "workplace", { scores, evaluatedOn: today });
    const body = expectError(response, 400, "VALIDATION_FAILED", ["params.term"]);
    expect(body.fields?.[0]?.message).toBe("第2期はまだ始まっていません。");
    expectError(await save(id, 3, "workplace", { scores, evaluatedOn: today }), 404, "NOT_FOUND");
  });

  it("answers 404 to a coordinator of another program", async () => {
    const { id } = await placement();
    expectError(
      await t.request({ method: "GET", url: `/api/placements/${id}/evaluations`, session: coordinatorB }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await save(id, 1, "workplace", { scores, evaluatedOn: "2026-07-31" }, coordinatorB),
      404,
      "NOT_FOUND",
    );
  });
});
