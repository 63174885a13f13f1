import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildCase } from "../../test/factories/cases.ts";
import { buildConsultation, categoryIdByCode } from "../../test/factories/consultations.ts";
import { buildParticipant } from "../../test/factories/participants.ts";
import { buildProgram } from "../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";
import { findCategoryNames, findConsultationNames } from "./consultations.repository.ts";
import { consultations } from "./consultations.tables.ts";
import { useConsultationDesk } from "./consultations.test-support.ts";

const t = useTestApp();
const { desk, consultationInput, record } = useConsultationDesk(t);

describe("consultation categories", () => {
  it("lists the six fixed ones in order", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/consultation-categories",
      session: desk.consultant,
    });
    expect(response.statusCode, response.body).toBe(200);
    const codes = response.json().items.map((item: { code: string | null }) => item.code);
    expect(codes.slice(0, 6)).toEqual([
      "employment",
      "youth_station_practice",
      "public_employment",
      "club_family_employment",
      "living",
      "startup",
    ]);
  });

  it("adds the desk's own, renames it, refuses a stale edit", async () => {
    const created = await t.request({
      method: "POST",
      url: "/api/consultation-categories",
      session: desk.consultant,
      payload: { name: "住まいの相談", sortOrder: 70 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const category = created.json();
    expect(category).toMatchObject({ code: null, name: "住まいの相談", active: true, version: 1 });
    const renamed = await t.request({
      method: "PATCH",
      url: `/api/consultation-categories/${category.id}`,
      session: desk.consultant,
      payload: { name: "住まい・家賃の相談", sortOrder: 70, active: true, version: 1 },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: "住まい・家賃の相談", version: 2 });
    const stale = await t.request({
      method: "PATCH",
      url: `/api/consultation-categories/${category.id}`,
      session: desk.consultant,
      payload: { name: "別の名前", sortOrder: 70, active: true, version: 1 },
    });
    expectError(stale, 409, "STALE_UPDATE");
    const audited = await auditEventsWhere(t.database.db, {
      entity: "consultation_category",
      recordId: category.id,
    });
    expect(audited.map((event) => event.action)).toEqual(["update", "create"]);
  });

  it("refuses renaming a fixed category, but deactivates and reorders it", async () => {
    const startup = await categoryIdByCode(t.database.db, "startup");
    const rename = await t.request({
      method: "PATCH",
      url: `/api/consultation-categories/${startup}`,
      session: desk.consultant,
      payload: { name: "起業の相談", sortOrder: 60, active: true, version: 1 },
    });
    const body = expectError(rename, 400, "VALIDATION_FAILED", ["body.name"]);
    expect(body.fields?.[0]?.message).toContain("名前を変えられません");
    const deactivated = await t.request({
      method: "PATCH",
      url: `/api/consultation-categories/${startup}`,
      session: desk.consultant,
      payload: { name: "起業相談", sortOrder: 65, active: false, version: 1 },
    });
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    expect(deactivated.json()).toMatchObject({ active: false, sortOrder: 65, name: "起業相談" });
    // An inactive category is refused on a new consultation.
    const refused = await t.request({
      method: "POST",
      url: "/api/consultations",
      session: desk.consultant,
      payload: consultationInput({ categoryId: startup }),
    });
    expectError(refused, 400, "VALIDATION_FAILED", ["body.categoryId"]);
  });
});

describe("recording and finding consultations", () => {
  it("records a new person's consultation, audited, and reads it back (the read audited)", async () => {
    const created = await record();
    expect(created).toMatchObject({
      personKind: "new_person",
      personName: "森 さくら",
      person: { kind: "new_person", name: "森 さくら", phone: "090-1234-5678", ageBand: "20s" },
      consultantId: null,
      categoryName: "就労相談",
      status: "open",
      version: 1,
    });
    const [stored] = await t.database.db.select().from(consultations).where(eq(consultations.id, created.id));
    expect(stored?.searchKey).not.toBe("");
    expect(stored?.createdBy).toBe(desk.consultant.userId);
    const response = await t.request({
      method: "GET",
      url: `/api/consultations/${created.id}`,
      session: desk.consultant,
    });
    expect(response.statusCode, response.body).toBe(200);
    const events = await auditEventsWhere(t.database.db, { entity: "consultation", recordId: created.id });
    expect(events.map((event) => event.action)).toEqual(["read", "create"]);
  });

  it("records an anonymous one (no name) and one of a participant (named by the participant)", async () => {
    const anonymous = await record({ person: { kind: "anonymous", ageBand: "50s", area: "座間市" } });
    expect(anonymous).toMatchObject({
      personKind: "anonymous",
      personName: null,
      person: { area: "座間市" },
    });
    const participant = await buildParticipant(t.database.db, {
      familyName: "渡邊",
      givenName: "陽菜",
      familyNameKana: "わたなべ",
      givenNameKana: "ひな",
    });
    const known = await record({
      person: { kind: "participant", participantId: participant.id },
      consultantId: desk.consultant.userId,
    });
    expect(known).toMatchObject({
      personKind: "participant",
      participantId: participant.id,
      personName: "渡邊 陽菜",
      consultantName: expect.any(String),
    });
    // Found by the participant's name, with the variant kanji folded (渡辺 for 渡邊), and in their history.
    const found = await t.request({
      method: "GET",
      url: "/api/consultations?q=渡辺",
      session: desk.consultant,
    });
    expect(found.json().items.map((item: { id: string }) => item.id)).toEqual([known.id]);
    const history = await t.request({
      method: "GET",
      url: `/api/participants/${participant.id}/consultations`,
      session: desk.consultant,
    });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items.map((item: { id: string }) => item.id)).toEqual([known.id]);
  });

  it("refuses a participant that does not exist (404) and a desk.consultant who is no internal user", async () => {
    const missing = await t.request({
      method: "POST",
      url: "/api/consultations",
      session: desk.consultant,
      payload: consultationInput({
        person: { kind: "participant", participantId: "00000000-0000-4000-8000-000000000000" },
      }),
    });
    expectError(missing, 404, "NOT_FOUND");
    const partner = await t.loginAs("partner");
    const refused = await t.request({
      method: "POST",
      url: "/api/consultations",
      session: desk.consultant,
      payload: consultationInput({ consultantId: partner.userId }),
    });
    expectError(refused, 400, "VALIDATION_FAILED", ["body.consultantId"]);
  });

  it("lists newest first, finds by kana and by words of the question, and audits the list as a read", async () => {
    const older = await record({ consultedAt: "2026-01-05T09:00:00+09:00", question: "起業の資金について" });
    const newer = await record({ consultedAt: "2026-06-05T09:00:00+09:00" });
    const all = await t.request({
      method: "GET",
      url: "/api/consultations?pageSize=200",
      session: desk.consultant,
    });
    const ids = all.json().items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    const events = await auditEventsWhere(t.database.db, { entity: "consultation", action: "read" });
    expect(events[0]?.recordIds).toEqual(expect.arrayContaining([newer.id, older.id]));
    const byKana = await t.request({
      method: "GET",
      url: "/api/consultations?q=モリサクラ",
      session: desk.consultant,
    });
    expect(byKana.json().items.map((item: { id: string }) => item.id)).toContain(newer.id);
    const byWords = await t.request({
      method: "GET",
      url: "/api/consultations?q=資金",
      session: desk.consultant,
    });
    expect(byWords.json().items.map((item: { id: string }) => item.id)).toEqual([older.id]);
    const filtered = await t.request({
      method: "GET",
      url: "/api/consultations?from=2026-01-05&to=2026-01-05",
      session: desk.consultant,
    });
    expect(filtered.json().items.map((item: { id: string }) => item.id)).toEqual([older.id]);
  });

  it("edits a consultation (version-checked: 409 when stale)", async () => {
    const created = await record();
    const edit = {
      ...consultationInput({
        status: "follow_up_due",
        nextAction: "折り返しの電話",
        nextActionOn: "2026-05-14",
      }),
    };
    const saved = await t.request({
      method: "PATCH",
      url: `/api/consultations/${created.id}`,
      session: desk.consultant,
      payload: { consultation: edit, version: 1 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: "follow_up_due", nextActionOn: "2026-05-14", version: 2 });
    const [event] = await auditEventsWhere(t.database.db, {
      entity: "consultation",
      recordId: created.id,
      action: "update",
    });
    expect(event?.changedFields?.sort()).toEqual(["nextAction", "nextActionOn", "status"]);
    const stale = await t.request({
      method: "PATCH",
      url: `/api/consultations/${created.id}`,
      session: desk.consultant,
      payload: { consultation: edit, version: 1 },
    });
    expectError(stale, 409, "STALE_UPDATE");
  });
});

describe("the record policy", () => {
  it("lets a user limited to programs reach only consultations with no participant or a participant in reach", async () => {
    const programA = (await buildProgram(t.database.db)).id;
    const programB = (await buildProgram(t.database.db)).id;
    const inA = await buildCase(t.database.db, programA);
    const inB = await buildCase(t.database.db, programB);
    const ofA = await buildConsultation(t.database.db, { participantId: inA.participantId });
    const ofB = await buildConsultation(t.database.db, { participantId: inB.participantId });
    const anonymous = await buildConsultation(t.database.db);
    const limited = await t.loginAs("consultant", { programIds: [programA] });
    for (const [id, status] of [
      [ofA.id, 200],
      [anonymous.id, 200],
      [ofB.id, 404],
    ] as const) {
      const response = await t.request({ method: "GET", url: `/api/consultations/${id}`, session: limited });
      expect(response.statusCode, `${id} ${response.body}`).toBe(status);
    }
    const list = await t.request({ method: "GET", url: "/api/consultations?pageSize=200", session: limited });
    const ids = list.json().items.map((item: { id: string }) => item.id);
    expect(ids).toContain(ofA.id);
    expect(ids).not.toContain(ofB.id);
    const patch = await t.request({
      method: "PATCH",
      url: `/api/consultations/${ofB.id}`,
      session: limited,
      payload: { consultation: consultationInput(), version: 1 },
    });
    expectError(patch, 404, "NOT_FOUND");
    const history = await t.request({
      method: "GET",
      url: `/api/participants/${inB.participantId}/consultations`,
      session: limited,
    });
    expectError(history, 404, "NOT_FOUND");
    // Naming a participant out of reach on a new consultation: 404 as well.
    const naming = await t.request({
      method: "POST",
      url: "/api/consultations",
      session: limited,
      payload: consultationInput({ person: { kind: "participant", participantId: inB.participantId } }),
    });
    expectError(naming, 404, "NOT_FOUND");
  });
});

describe("the audit trail's names", () => {
  it("names a consultation by day, category and person, and a category by its name", async () => {
    const participant = await buildParticipant(t.database.db, { familyName: "伊藤", givenName: "翔太" });
    const known = await buildConsultation(t.database.db, {
      participantId: participant.id,
      consultedAt: new Date("2026-05-11T16:00:00Z"),
    });
    const anonymous = await buildConsultation(t.database.db, {
      consultedAt: new Date("2026-05-11T01:00:00Z"),
    });
    const names = await findConsultationNames(t.database.db, [known.id, anonymous.id, "not-a-uuid"]);
    // 16:00 UTC is the next day in Japan.
    expect(names.get(known.id)).toBe("2026-05-12・就労相談・伊藤 翔太");
    expect(names.get(anonymous.id)).toBe("2026-05-11・就労相談");
    const categoryNames = await findCategoryNames(t.database.db, [desk.employment]);
    expect(categoryNames.get(desk.employment)).toBe("就労相談");
  });
});
