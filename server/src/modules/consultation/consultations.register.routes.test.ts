import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildParticipant } from "../../test/factories/participants.ts";
import { buildProgram } from "../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";
import { cases } from "../support/cases/cases.tables.ts";
import { consultations } from "./consultations.tables.ts";
import { useConsultationDesk } from "./consultations.test-support.ts";

const t = useTestApp();
const { desk, record, consultationInput } = useConsultationDesk(t);

describe("registering the person and opening a case from a consultation", () => {
  const profile = {
    familyName: "林",
    givenName: "大輝",
    familyNameKana: "はやし",
    givenNameKana: "だいき",
    birthDate: "2007-08-19",
  };

  it("registers the participant and opens the case in one step, linking both (desk.consultant without participants.write)", async () => {
    const programId = (await buildProgram(t.database.db)).id;
    const created = await record({
      person: { kind: "new_person", name: "林 大輝", nameKana: "はやし だいき" },
    });
    const response = await t.request({
      method: "POST",
      url: `/api/consultations/${created.id}/register`,
      session: desk.consultant,
      payload: { participant: profile, case: { programId, openedOn: "2026-05-13" }, version: 1 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const linked = response.json();
    expect(linked).toMatchObject({ personKind: "participant", personName: "林 大輝", version: 2 });
    expect(linked.participantId).toEqual(expect.any(String));
    const [supportCase] = await t.database.db.select().from(cases).where(eq(cases.id, linked.caseId));
    expect(supportCase).toMatchObject({ participantId: linked.participantId, programId, status: "intake" });
    const participantEvents = await auditEventsWhere(t.database.db, {
      entity: "participant",
      recordId: linked.participantId,
    });
    expect(participantEvents.map((event) => event.action)).toEqual(["create"]);

    // Linked already: refused.
    const again = await t.request({
      method: "POST",
      url: `/api/consultations/${created.id}/register`,
      session: desk.consultant,
      payload: { participant: profile, case: { programId, openedOn: "2026-05-13" }, version: 2 },
    });
    const body = expectError(again, 400, "VALIDATION_FAILED", ["body.case"]);
    expect(body.fields?.[0]?.message).toContain("すでに");

    // The person is now the case's participant: the record keeps them, its other fields stay editable.
    const anonymous = await t.request({
      method: "PATCH",
      url: `/api/consultations/${created.id}`,
      session: desk.consultant,
      payload: { consultation: consultationInput({ person: { kind: "anonymous" } }), version: 2 },
    });
    const refused = expectError(anonymous, 400, "VALIDATION_FAILED", ["body.consultation.person"]);
    expect(refused.fields?.[0]?.message).toContain("変更できません");
    const answered = await t.request({
      method: "PATCH",
      url: `/api/consultations/${created.id}`,
      session: desk.consultant,
      payload: {
        consultation: consultationInput({
          person: { kind: "participant", participantId: linked.participantId },
          answer: "来所で面談する",
        }),
        version: 2,
      },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ answer: "来所で面談する", caseId: linked.caseId, version: 3 });
  });

  it("answers the duplicate warning as POST /api/participants does, and saves nothing", async () => {
    const programId = (await buildProgram(t.database.db)).id;
    await buildParticipant(t.database.db, { ...profile, familyName: "林", givenName: "大輝" });
    const created = await record();
    const payload = {
      participant: { ...profile, birthDate: profile.birthDate },
      case: { programId, openedOn: "2026-05-13" },
      version: 1,
    };
    const warned = await t.request({
      method: "POST",
      url: `/api/consultations/${created.id}/register`,
      session: desk.consultant,
      payload,
    });
    const direct = await t.request({
      method: "POST",
      url: "/api/participants",
      session: await t.loginAs("coordinator"),
      payload: profile,
    });
    expectError(direct, 409, "DUPLICATE_SUSPECTED");
    expect(warned.statusCode).toBe(direct.statusCode);
    expect(warned.json()).toEqual(direct.json());
    const [unchanged] = await t.database.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, created.id));
    expect(unchanged).toMatchObject({ caseId: null, participantId: null, version: 1 });

    // With a reason to save anyway, it goes through.
    const overridden = await t.request({
      method: "POST",
      url: `/api/consultations/${created.id}/register`,
      session: desk.consultant,
      payload: {
        ...payload,
        participant: { ...profile, duplicateOverride: { reason: "同姓同名の別人", matchIds: [] } },
      },
    });
    expect(overridden.statusCode, overridden.body).toBe(200);
  });

  it("refuses a stale version (409) and a case program out of scope (field under body.case), saving nothing", async () => {
    const created = await record();
    const stale = await t.request({
      method: "POST",
      url: `/api/consultations/${created.id}/register`,
      session: desk.consultant,
      payload: {
        participant: { ...profile, familyName: "別人", familyNameKana: "べつじん" },
        case: { programId: (await buildProgram(t.database.db)).id, openedOn: "2026-05-13" },
        version: 7,
      },
    });
    expectError(stale, 409, "STALE_UPDATE");
    const noProgram = await t.request({
      method: "POST",
      url: `/api/consultations/${created.id}/register`,
      session: desk.consultant,
      payload: {
        participant: { ...profile, familyName: "別人", familyNameKana: "べつじん", birthDate: "1990-01-01" },
        case: { programId: "00000000-0000-4000-8000-000000000000", openedOn: "2026-05-13" },
        version: 1,
      },
    });
    expectError(noProgram, 400, "VALIDATION_FAILED", ["body.case.programId"]);
    const events = await auditEventsWhere(t.database.db, { entity: "participant", action: "create" });
    expect(events.every((event) => event.actorId !== desk.consultant.userId || event.recordId !== null)).toBe(
      true,
    );
  });
});
