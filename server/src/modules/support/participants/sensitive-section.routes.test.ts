import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { participantSensitive } from "./participants.tables.ts";
import { listParticipants, person } from "./participants.test-support.ts";

const t = useTestApp();
let coordinator: Session;
let consultant: Session;
let programId: string;
beforeAll(async () => {
  programId = (await buildProgram(t.database.db)).id;
  coordinator = await t.loginAs("coordinator", { programIds: [programId] });
  consultant = await t.loginAs("consultant");
});

async function participantInProgram(name: string, kana: string) {
  const row = await person(t, name, kana);
  await buildCase(t.database.db, programId, { participantId: row.id });
  return row;
}

const section = {
  health: "通院中（心療内科、月1回）",
  disability: "精神障害",
  disabilityCertificate: "精神障害者保健福祉手帳",
  certificateGrade: "2級",
  livelihood: "単身、家賃滞納あり",
  benefits: ["public_assistance", "housing_benefit"],
  notes: "",
};

function put(id: string, payload: Record<string, unknown>, session = coordinator) {
  return t.request({ method: "PUT", url: `/api/participants/${id}/sensitive`, session, payload });
}
function get(id: string, session = coordinator) {
  return t.request({ method: "GET", url: `/api/participants/${id}/sensitive`, session });
}

describe("the sensitive section", () => {
  it("is refused to roles without participants.sensitive (403), reading and writing", async () => {
    const row = await participantInProgram("笹川 澪", "ささがわ みお");
    expectError(await get(row.id, consultant), 403, "FORBIDDEN");
    expectError(await put(row.id, { ...section, version: 0 }, consultant), 403, "FORBIDDEN");
  });

  it("is empty (version 0) until first written, then version-checked; audited without values", async () => {
    const row = await participantInProgram("入江 蓮", "いりえ れん");
    expect((await get(row.id)).json()).toMatchObject({
      health: "",
      benefits: [],
      version: 0,
      updatedAt: null,
    });
    const first = await put(row.id, { ...section, version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ ...section, version: 1 });
    const [stored] = await t.database.db
      .select()
      .from(participantSensitive)
      .where(eq(participantSensitive.participantId, row.id));
    expect(stored?.publicAssistance).toBe(true);
    // A second first write, or a write on an old version: someone else saved first.
    expectError(await put(row.id, { ...section, version: 0 }), 409, "STALE_UPDATE");
    const second = await put(row.id, { ...section, benefits: ["housing_benefit"], health: "", version: 1 });
    expect(second.json()).toMatchObject({ version: 2, benefits: ["housing_benefit"] });
    const [after] = await t.database.db
      .select()
      .from(participantSensitive)
      .where(eq(participantSensitive.participantId, row.id));
    expect(after?.publicAssistance).toBe(false);
    const writes = await auditEventsWhere(t.database.db, {
      entity: "participant_sensitive",
      recordId: row.id,
    });
    const [update, create] = writes.filter((entry) => entry.action !== "read");
    expect(create).toMatchObject({ action: "create", detail: null });
    expect(create?.changedFields.sort()).toEqual(
      ["benefits", "certificateGrade", "disability", "disabilityCertificate", "health", "livelihood"].sort(),
    );
    expect(update).toMatchObject({ action: "update", changedFields: ["health", "benefits"], detail: null });
    // The trail never holds the values themselves.
    expect(JSON.stringify(writes)).not.toContain("心療内科");
  });

  it("audits every view, one entry each", async () => {
    const row = await participantInProgram("芦田 陸", "あしだ りく");
    await get(row.id);
    await get(row.id);
    const reads = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "participant_sensitive",
      recordId: row.id,
    });
    expect(reads).toHaveLength(2);
    expect(reads[0]?.actorId).toBe(coordinator.userId);
  });

  it("answers 404 for a participant of another program", async () => {
    const other = await buildProgram(t.database.db);
    const row = await person(t, "氷室 朔", "ひむろ さく");
    await buildCase(t.database.db, other.id, { participantId: row.id });
    expectError(await get(row.id), 404, "NOT_FOUND");
    expectError(await put(row.id, { ...section, version: 0 }), 404, "NOT_FOUND");
  });

  it("never appears in the list or on the participant's page", async () => {
    const row = await participantInProgram("雨宮 栞", "あまみや しおり");
    await put(row.id, { ...section, version: 0 });
    const detail = await t.request({
      method: "GET",
      url: `/api/participants/${row.id}`,
      session: coordinator,
    });
    const list = await listParticipants(t, coordinator, { q: "あまみや" });
    for (const body of [detail.body, JSON.stringify(list)]) {
      expect(body).not.toContain("精神障害");
      expect(body).not.toContain("public_assistance");
      expect(body).not.toContain("health");
    }
  });
});
