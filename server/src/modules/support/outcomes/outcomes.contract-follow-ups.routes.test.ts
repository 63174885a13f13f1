import type { Outcome } from "@otagai/shared/support/outcomes";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildContract, buildProgram } from "../../../test/factories/programs.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";

// Follow-up months per contract (issue 11): the contract of the case's program for the fiscal year
// the work started in sets them; without one (or without months on it), the default 1, 3, 6, 12.

const t = useTestApp();
let coordinator: Session;
let caseId: string;

beforeAll(async () => {
  const program = (await buildProgram(t.database.db)).id;
  // Fiscal 2026 (April 2026 – March 2027) sets 1, 2 and 6 months; fiscal 2027 has a contract without.
  await buildContract(t.database.db, program, 2026, { followUpMonths: [1, 2, 6] });
  await buildContract(t.database.db, program, 2027);
  coordinator = await t.loginAs("coordinator", { programIds: [program] });
  caseId = (await buildCase(t.database.db, program, { openedOn: "2026-04-01" })).id;
});

async function created(payload: Record<string, unknown>): Promise<Outcome> {
  const response = await t.request({
    method: "POST",
    url: `/api/cases/${caseId}/outcomes`,
    session: coordinator,
    payload,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const schedule = (outcome: Outcome) =>
  outcome.followUps.map((followUp) => [followUp.offsetMonths, followUp.dueOn]);

describe("follow-ups at the contract's months", () => {
  it("schedules the months of the contract of the start's fiscal year", async () => {
    const outcome = await created({ outcomeType: "part_time", startedOn: "2027-01-31" });
    expect(schedule(outcome)).toEqual([
      [1, "2027-02-28"],
      [2, "2027-03-31"],
      [6, "2027-07-31"],
    ]);
  });

  it("falls back to 1, 3, 6 and 12 months when that year's contract sets none", async () => {
    const outcome = await created({ outcomeType: "part_time", startedOn: "2027-05-01" });
    expect(schedule(outcome).map(([months]) => months)).toEqual([1, 3, 6, 12]);
  });

  it("falls back to the default when the year has no contract at all", async () => {
    const outcome = await created({ outcomeType: "general_employment", startedOn: "2028-06-01" });
    expect(schedule(outcome).map(([months]) => months)).toEqual([1, 3, 6, 12]);
  });

  it("re-schedules at the other year's months when the start moves into it", async () => {
    const outcome = await created({ outcomeType: "part_time", startedOn: "2027-05-01" });
    const response = await t.request({
      method: "PATCH",
      url: `/api/outcomes/${outcome.id}`,
      session: coordinator,
      payload: { outcomeType: "part_time", startedOn: "2026-10-01", version: outcome.version },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(schedule(response.json())).toEqual([
      [1, "2026-11-01"],
      [2, "2026-12-01"],
      [6, "2027-04-01"],
    ]);
  });
});
