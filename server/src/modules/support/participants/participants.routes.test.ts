import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsent } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { participants } from "./participants.tables.ts";
import { person, searchIds } from "./participants.test-support.ts";

const t = useTestApp();
let coordinator: Session;
let programId: string;
beforeAll(async () => {
  programId = (await buildProgram(t.database.db)).id;
  coordinator = await t.loginAs("coordinator", { programIds: [programId] });
});

const profile = {
  familyName: "佐久間",
  givenName: "七海",
  familyNameKana: "サクマ",
  givenNameKana: "ナナミ",
  birthDate: "1995-03-08",
  phone: "090-1111-2222",
  email: "nanami@example.test",
  postalCode: "221-0822",
  address: "横浜市神奈川区西神奈川1-1",
};

function post(url: string, payload: unknown, session = coordinator) {
  return t.request({ method: "POST", url, payload: payload as Record<string, unknown>, session });
}

describe("registration", () => {
  it("registers a person with the search keys kept in step, audited", async () => {
    const response = await post("/api/participants", profile);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      familyName: "佐久間",
      familyNameKana: "サクマ",
      age: expect.any(Number),
      version: 1,
    });
    expect(created.cases).toEqual([]);
    const [row] = await t.database.db.select().from(participants).where(eq(participants.id, created.id));
    expect(row).toMatchObject({
      readingKey: "さくまななみ",
      searchKey: "佐久間七海 さくまななみ",
      phoneNormalized: "09011112222",
      createdBy: coordinator.userId,
    });
    // Registered with no case yet: reachable by whoever registered them.
    expect(await searchIds(t, coordinator, "さくま")).toContain(created.id);
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "create",
      entity: "participant",
      recordId: created.id,
    });
    expect(audit?.changedFields).toEqual(expect.arrayContaining(["familyName", "birthDate", "phone"]));
    expect(audit?.detail).toBeNull();
  });

  it("refuses a likely duplicate (409 DUPLICATE_SUSPECTED), then saves it with a reason, audited", async () => {
    const existing = await person(t, "宮坂 奏", "みやさか かなで", {
      birthDate: "1988-12-01",
      createdBy: coordinator.userId,
    });
    const input = {
      familyName: "宮坂",
      givenName: "かなで",
      familyNameKana: "ミヤサカ",
      givenNameKana: "カナデ",
      birthDate: "1988-12-01",
    };
    expectError(await post("/api/participants", input), 409, "DUPLICATE_SUSPECTED");
    expect(await searchIds(t, coordinator, "みやさか")).toEqual([existing.id]);
    const reason = "同姓同名で生年月日も同じだが、本人確認で別人と確認した";
    const saved = await post("/api/participants", {
      ...input,
      duplicateOverride: { reason, matchIds: [existing.id] },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const [audit] = await auditEventsWhere(t.database.db, { action: "create", recordId: saved.json().id });
    expect(JSON.parse(audit?.detail ?? "{}")).toEqual({
      duplicateOverride: { reason, matchIds: [existing.id] },
    });
  });

  it("refuses bad input with field errors and saves nothing", async () => {
    const response = await post("/api/participants", { ...profile, familyNameKana: "sakuma", phone: "123" });
    const body = expectError(response, 400, "VALIDATION_FAILED");
    expect(body.fields?.map((field) => field.path).sort()).toEqual(["body.familyNameKana", "body.phone"]);
  });
});

describe("duplicate check", () => {
  it("names each reason, scores the matches, and only counts those of other programs", async () => {
    const otherProgram = await buildProgram(t.database.db);
    const sameReading = await person(t, "柚木 湊", "ゆのき みなと", {
      birthDate: "1979-07-07",
      createdBy: coordinator.userId,
    });
    const samePhone = await person(t, "別所 岬", "べっしょ みさき", {
      birthDate: "1960-01-01",
      phone: "045-765-4321",
      createdBy: coordinator.userId,
    });
    const similar = await person(t, "柚木 湊斗", "ゆのき みなとと", {
      birthDate: "1979-02-02",
      createdBy: coordinator.userId,
    });
    const hidden = await person(t, "柚木 湊", "ゆのき みなと", { birthDate: "1979-07-07" });
    await buildCase(t.database.db, otherProgram.id, { participantId: hidden.id });
    const differentYear = await person(t, "柚木 湊", "ゆのき みなと", {
      birthDate: "1981-07-07",
      createdBy: coordinator.userId,
    });
    const response = await post("/api/participants/duplicate-check", {
      familyName: "柚木",
      givenName: "湊",
      familyNameKana: "ユノキ",
      givenNameKana: "ミナト",
      birthDate: "1979-07-07",
      phone: "045 (765) 4321",
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as {
      matches: { participant: { id: string }; reasons: string[]; score: number }[];
      hiddenMatches: number;
    };
    const byId = new Map(result.matches.map((match) => [match.participant.id, match]));
    expect(byId.get(sameReading.id)?.reasons).toEqual(["sameReadingAndBirthDate"]);
    expect(byId.get(samePhone.id)?.reasons).toEqual(["samePhone"]);
    expect(byId.get(similar.id)?.reasons).toEqual(["similarReadingSameBirthYear"]);
    expect(byId.has(differentYear.id)).toBe(false);
    expect(byId.has(hidden.id)).toBe(false);
    expect(result.hiddenMatches).toBe(1);
    expect(result.matches[0]?.participant.id).toBe(sameReading.id);
    // What a match shows, read with the candidates in one statement.
    expect(result.matches[0]?.participant).toMatchObject({
      familyName: "柚木",
      givenName: "湊",
      familyNameKana: "ゆのき",
      givenNameKana: "みなと",
      birthDate: "1979-07-07",
    });
    const scores = result.matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score).toBeGreaterThan(0);
    expect(byId.get(sameReading.id)?.score).toBeGreaterThanOrEqual(0.95);
    // The matches shown are people read: audited.
    const [audit] = await auditEventsWhere(t.database.db, { action: "read", actorId: coordinator.userId });
    expect(audit?.recordIds.sort()).toEqual(result.matches.map((match) => match.participant.id).sort());
  });

  it("finds nothing to compare without a reading or a phone, and leaves the record itself out when editing", async () => {
    const empty = await post("/api/participants/duplicate-check", { familyName: "柚木" });
    expect(empty.json()).toEqual({ matches: [], hiddenMatches: 0 });
    const self = await person(t, "鳩山 凪", "はとやま なぎ", {
      birthDate: "2001-05-05",
      createdBy: coordinator.userId,
    });
    const editing = await post("/api/participants/duplicate-check", {
      familyNameKana: "はとやま",
      givenNameKana: "なぎ",
      birthDate: "2001-05-05",
      excludeId: self.id,
    });
    expect(editing.json()).toEqual({ matches: [], hiddenMatches: 0 });
  });
});

describe("the participant's page and editing", () => {
  it("shows the profile, consents and visible cases; audited", async () => {
    const row = await person(t, "久住 遥", "くすみ はるか");
    const supportCase = await buildCase(t.database.db, programId, { participantId: row.id });
    await buildCase(t.database.db, (await buildProgram(t.database.db)).id, { participantId: row.id });
    const consent = await buildConsent(t.database.db, row.id);
    const response = await t.request({
      method: "GET",
      url: `/api/participants/${row.id}`,
      session: coordinator,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.cases.map((c: { id: string }) => c.id)).toEqual([supportCase.id]);
    expect(body.consents.map((c: { id: string }) => c.id)).toEqual([consent.id]);
    expect(body.mergedIntoId).toBeNull();
    for (const field of ["health", "disability", "benefits", "livelihood", "publicAssistance"])
      expect(body).not.toHaveProperty(field);
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "participant",
      recordId: row.id,
    });
    expect(audit?.actorId).toBe(coordinator.userId);
  });

  it("answers a merged-away record with the live record to go to", async () => {
    const survivor = await person(t, "沖田 湊", "おきた みなと");
    await buildCase(t.database.db, programId, { participantId: survivor.id });
    const middle = await person(t, "沖田 湊", "おきた みなと", { mergedIntoId: survivor.id });
    const first = await person(t, "沖田 湊", "おきた みなと", { mergedIntoId: middle.id });
    const response = await t.request({
      method: "GET",
      url: `/api/participants/${first.id}`,
      session: coordinator,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().mergedIntoId).toBe(survivor.id);
    // Someone who cannot see the survivor does not learn of the tombstone either.
    const outsider = await t.loginAs("coordinator", { programIds: [(await buildProgram(t.database.db)).id] });
    const hidden = await t.request({
      method: "GET",
      url: `/api/participants/${first.id}`,
      session: outsider,
    });
    expectError(hidden, 404, "NOT_FOUND");
  });

  it("edits the profile with the version, keeps the keys in step, audits the changed fields", async () => {
    const row = await person(t, "桐谷 岳", "きりたに がく", { createdBy: coordinator.userId, phone: "" });
    const response = await t.request({
      method: "PATCH",
      url: `/api/participants/${row.id}`,
      session: coordinator,
      payload: { version: 1, familyName: "髙谷", familyNameKana: "タカヤ", phone: "080-3333-4444" },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ familyName: "髙谷", version: 2 });
    expect(await searchIds(t, coordinator, "高谷岳")).toEqual([row.id]);
    expect(await searchIds(t, coordinator, "きりたに")).toEqual([]);
    const [audit] = await auditEventsWhere(t.database.db, { action: "update", recordId: row.id });
    expect(audit?.changedFields.sort()).toEqual(["familyName", "familyNameKana", "phone"]);
  });

  it("refuses an edit made on an old version (409 STALE_UPDATE) and changes nothing", async () => {
    const row = await person(t, "榊 蒼", "さかき あお", { createdBy: coordinator.userId });
    const patch = (payload: Record<string, unknown>) =>
      t.request({ method: "PATCH", url: `/api/participants/${row.id}`, session: coordinator, payload });
    expect((await patch({ version: 1, givenName: "蒼一" })).statusCode).toBe(200);
    expectError(await patch({ version: 1, givenName: "蒼二" }), 409, "STALE_UPDATE");
    const [stored] = await t.database.db.select().from(participants).where(eq(participants.id, row.id));
    expect(stored).toMatchObject({ givenName: "蒼一", version: 2 });
  });
});
