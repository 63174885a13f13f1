import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsent } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { hasConsent } from "./consents.service.ts";
import { person } from "./participants.test-support.ts";

const t = useTestApp();
let coordinator: Session;
let programId: string;
beforeAll(async () => {
  programId = (await buildProgram(t.database.db)).id;
  coordinator = await t.loginAs("coordinator", { programIds: [programId] });
});

async function participantInProgram() {
  const row = await person(t, "江口 灯", "えぐち あかり");
  await buildCase(t.database.db, programId, { participantId: row.id });
  return row;
}

describe("consents", () => {
  it("records a consent per purpose and agency, audited, shown on the participant's page", async () => {
    const row = await participantInProgram();
    const response = await t.request({
      method: "POST",
      url: `/api/participants/${row.id}/consents`,
      session: coordinator,
      payload: {
        purpose: "就労先への情報提供",
        agency: "協力事業所A",
        givenOn: "2026-05-01",
        method: "written",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const consent = response.json();
    expect(consent).toMatchObject({ participantId: row.id, withdrawnOn: null, version: 1, notes: "" });
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "create",
      entity: "consent",
      recordId: consent.id,
    });
    expect(audit?.actorId).toBe(coordinator.userId);
    const page = await t.request({ method: "GET", url: `/api/participants/${row.id}`, session: coordinator });
    expect(page.json().consents.map((c: { id: string }) => c.id)).toEqual([consent.id]);
  });

  it("withdraws from a date on or after the day given (field error before), version-checked, audited", async () => {
    const row = await participantInProgram();
    const consent = await buildConsent(t.database.db, row.id, { givenOn: "2026-04-10" });
    const withdraw = (payload: Record<string, unknown>) =>
      t.request({
        method: "POST",
        url: `/api/consents/${consent.id}/withdraw`,
        session: coordinator,
        payload,
      });
    expectError(await withdraw({ withdrawnOn: "2026-04-09", version: 1 }), 400, "VALIDATION_FAILED", [
      "body.withdrawnOn",
    ]);
    const done = await withdraw({ withdrawnOn: "2026-06-30", version: 1 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ withdrawnOn: "2026-06-30", version: 2 });
    expectError(await withdraw({ withdrawnOn: "2026-07-01", version: 1 }), 409, "STALE_UPDATE");
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "update",
      entity: "consent",
      recordId: consent.id,
    });
    expect(audit?.changedFields).toEqual(["withdrawnOn"]);
  });

  it("answers 404 for a consent or participant of another program", async () => {
    const other = await buildProgram(t.database.db);
    const row = await person(t, "江口 灯", "えぐち あかり");
    await buildCase(t.database.db, other.id, { participantId: row.id });
    const consent = await buildConsent(t.database.db, row.id);
    const add = await t.request({
      method: "POST",
      url: `/api/participants/${row.id}/consents`,
      session: coordinator,
      payload: { purpose: "x", givenOn: "2026-05-01", method: "verbal" },
    });
    expectError(add, 404, "NOT_FOUND");
    const withdraw = await t.request({
      method: "POST",
      url: `/api/consents/${consent.id}/withdraw`,
      session: coordinator,
      payload: { withdrawnOn: "2026-06-30", version: 1 },
    });
    expectError(withdraw, 404, "NOT_FOUND");
  });

  it("hasConsent: in force from the day given until the day withdrawn; no agency covers any", async () => {
    const row = await participantInProgram();
    const db = t.database.db;
    await buildConsent(db, row.id, {
      purpose: "関係機関への情報提供",
      agency: "福祉事務所",
      givenOn: "2026-04-10",
      withdrawnOn: "2026-09-30",
    });
    await buildConsent(db, row.id, { purpose: "支援記録の共有", agency: "", givenOn: "2026-05-01" });
    const check = (purpose: string, agency: string, on: string) =>
      hasConsent(db, row.id, { purpose, agency, on });
    expect(await check("関係機関への情報提供", "福祉事務所", "2026-04-09")).toBe(false);
    expect(await check("関係機関への情報提供", "福祉事務所", "2026-04-10")).toBe(true);
    expect(await check("関係機関への情報提供", "福祉事務所", "2026-09-29")).toBe(true);
    expect(await check("関係機関への情報提供", "福祉事務所", "2026-09-30")).toBe(false);
    expect(await check("関係機関への情報提供", "ハローワーク", "2026-05-01")).toBe(false);
    expect(await check("支援記録の共有", "ハローワーク", "2026-05-01")).toBe(true);
    expect(await check("別の目的", "福祉事務所", "2026-05-01")).toBe(false);
  });
});
