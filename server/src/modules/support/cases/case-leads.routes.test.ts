import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildUser } from "../../../test/factories.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
let programA: string;
let programB: string;
let coordinatorA: Session;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const db = t.database.db;
  programA = (await buildProgram(db)).id;
  programB = (await buildProgram(db)).id;
  coordinatorA = await t.loginAs("coordinator", { programIds: [programA] });
  ids.colleagueA = (await buildUser(db, { role: "coordinator", programIds: [programA, programB] })).id;
  ids.onlyB = (await buildUser(db, { role: "coordinator", programIds: [programB] })).id;
  ids.unlimitedManager = (await buildUser(db, { role: "manager" })).id;
  ids.disabled = (
    await buildUser(db, { role: "coordinator", programIds: [programA], status: "disabled" })
  ).id;
  ids.consultant = (await buildUser(db, { role: "consultant", programIds: [programA] })).id;
});

describe("who may lead a case of a program", () => {
  it("lists the active accounts working on cases that reach the program, to a coordinator too", async () => {
    const response = await t.request({
      method: "GET",
      url: `/api/programs/${programA}/case-leads`,
      session: coordinatorA,
    });
    expect(response.statusCode).toBe(200);
    const listed = response.json().items.map((item: { id: string }) => item.id);
    expect(listed).toEqual(
      expect.arrayContaining([coordinatorA.userId, ids.colleagueA, ids.unlimitedManager]),
    );
    for (const absent of [ids.onlyB, ids.disabled, ids.consultant]) expect(listed).not.toContain(absent);
    // Names only: nothing else about a colleague travels with the list.
    expect(Object.keys(response.json().items[0]).sort()).toEqual(["displayName", "displayNameKana", "id"]);
  });

  it("answers 404 for a program outside the user's scope, and for one that does not exist", async () => {
    for (const id of [programB, "00000000-0000-4000-8000-000000000000"]) {
      const response = await t.request({
        method: "GET",
        url: `/api/programs/${id}/case-leads`,
        session: coordinatorA,
      });
      expectError(response, 404, "NOT_FOUND");
    }
  });

  it("refuses as lead someone who cannot reach the case's program", async () => {
    const supportCase = await buildCase(t.database.db, programA);
    const refused = await t.request({
      method: "PATCH",
      url: `/api/cases/${supportCase.id}`,
      session: coordinatorA,
      payload: { leadCoordinatorId: ids.onlyB, version: supportCase.version },
    });
    expectError(refused, 400, "VALIDATION_FAILED", ["body.leadCoordinatorId"]);
    const accepted = await t.request({
      method: "PATCH",
      url: `/api/cases/${supportCase.id}`,
      session: coordinatorA,
      payload: { leadCoordinatorId: ids.colleagueA, version: supportCase.version },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().leadCoordinatorId).toBe(ids.colleagueA);
  });
});
