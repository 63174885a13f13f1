import type { MergePreview } from "@otagai/shared/support/duplicates";
import type { Participant } from "@otagai/shared/support/participants";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildActivity } from "../../../test/factories/activities.ts";
import { buildAppointment } from "../../../test/factories/appointments.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsultation } from "../../../test/factories/consultations.ts";
import { buildConsent } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildReferral } from "../../../test/factories/referrals.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { appointments } from "../../consultation/appointments/appointments.tables.ts";
import { consultations } from "../../consultation/consultations.tables.ts";
import { referrals } from "../../consultation/referrals/referrals.tables.ts";
import { activities } from "../activities/activities.tables.ts";
import { cases } from "../cases/cases.tables.ts";
import { duplicateDismissals } from "./participants.duplicates.tables.ts";
import { consents, participantSensitive, participants } from "./participants.tables.ts";
import { person, searchIds } from "./participants.test-support.ts";

const t = useTestApp();
let manager: Session;
let programA: string;
let programB: string;

beforeAll(async () => {
  programA = (await buildProgram(t.database.db)).id;
  programB = (await buildProgram(t.database.db)).id;
  manager = await t.loginAs("manager");
});

/** Two records of one person, each with a case, an activity and a consent, the second in another program. */
async function duplicates(name: string, kana: string) {
  const db = t.database.db;
  const survivor = await person(t, name, kana, { birthDate: "1986-07-07", phone: "045-111-2222" });
  const other = await person(t, name, kana, {
    birthDate: "1986-07-07",
    phone: "090-3333-4444",
    email: "other@example.test",
    address: "横浜市中区1-1",
  });
  const survivorCase = await buildCase(db, programA, { participantId: survivor.id });
  const otherCase = await buildCase(db, programB, { participantId: other.id });
  const survivorActivity = await buildActivity(db, survivor.id, { caseId: survivorCase.id });
  const otherActivities = [
    await buildActivity(db, other.id, { caseId: otherCase.id }),
    await buildActivity(db, other.id, { notes: "ケースに紐づかない電話" }),
  ];
  const otherConsent = await buildConsent(db, other.id);
  return { survivor, other, survivorCase, otherCase, survivorActivity, otherActivities, otherConsent };
}

function merge(survivorId: string, payload: Record<string, unknown>, session = manager) {
  return t.request({ method: "POST", url: `/api/participants/${survivorId}/merge`, payload, session });
}

function preview(id: string, otherId: string, session = manager) {
  return t.request({ method: "GET", url: `/api/participants/${id}/merge-preview/${otherId}`, session });
}

describe("merging two participant records", () => {
  it("shows both records side by side, field by field, audited as a read of both", async () => {
    const { survivor, other } = await duplicates("桐生 灯", "きりゅう あかり");
    await t.database.db.insert(participantSensitive).values({ participantId: other.id, health: "通院中" });
    const response = await preview(survivor.id, other.id);
    expect(response.statusCode, response.body).toBe(200);
    const body: MergePreview = response.json();
    expect(body.participant.participant.id).toBe(survivor.id);
    expect(body.other.participant).toMatchObject({ id: other.id, phone: "090-3333-4444" });
    expect(body.differingFields).toEqual(["phone", "email", "address"]);
    expect(body.other.activityCount).toBe(2);
    expect(body.other.participant.consents).toHaveLength(1);
    // Managers may see sections: told whether each has one, never its values.
    expect(body.participant.hasSensitiveSection).toBe(false);
    expect(body.other.hasSensitiveSection).toBe(true);
    expect(response.body).not.toContain("通院中");
    const [read] = await auditEventsWhere(t.database.db, { action: "read", actorId: manager.userId });
    expect(read?.recordIds).toEqual([survivor.id, other.id]);
  });

  it("keeps every case, activity and consent on the survivor; the old id answers mergedIntoId; the trail keeps every old value", async () => {
    const db = t.database.db;
    const records = await duplicates("朝霧 澄", "あさぎり すみ");
    const { survivor, other } = records;
    // The desk's records of the merged-away person.
    const consultation = await buildConsultation(db, { participantId: other.id });
    const referral = await buildReferral(db, { consultationId: consultation.id, participantId: other.id });
    const appointment = await buildAppointment(db, { participantId: other.id });
    const response = await merge(survivor.id, {
      otherId: other.id,
      keep: { phone: "other", email: "other" },
      version: survivor.version,
      otherVersion: other.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    const merged: Participant = response.json();
    expect(merged).toMatchObject({
      id: survivor.id,
      phone: "090-3333-4444",
      email: "other@example.test",
      // Not chosen: the survivor's own (empty) address stays.
      address: "",
      version: survivor.version + 1,
      mergedIntoId: null,
    });
    expect(merged.cases.map((item) => item.id).sort()).toEqual(
      [records.survivorCase.id, records.otherCase.id].sort(),
    );
    expect(merged.consents.map((item) => item.id)).toEqual([records.otherConsent.id]);
    const [row] = await db.select().from(participants).where(eq(participants.id, survivor.id));
    expect(row?.phoneNormalized).toBe("09033334444");

    // Everything is the survivor's now.
    const allActivities = [records.survivorActivity, ...records.otherActivities].map(
      (activity) => activity.id,
    );
    const activityOwners = await db
      .select({ participantId: activities.participantId })
      .from(activities)
      .where(inArray(activities.id, allActivities));
    expect(activityOwners).toEqual(allActivities.map(() => ({ participantId: survivor.id })));
    const caseOwners = await db
      .select({ participantId: cases.participantId })
      .from(cases)
      .where(inArray(cases.id, [records.survivorCase.id, records.otherCase.id]));
    expect(caseOwners).toEqual([{ participantId: survivor.id }, { participantId: survivor.id }]);
    const [consent] = await db.select().from(consents).where(eq(consents.id, records.otherConsent.id));
    expect(consent?.participantId).toBe(survivor.id);
    const ownerOf = async (
      table: typeof consultations | typeof referrals | typeof appointments,
      id: string,
    ) =>
      (await db.select({ participantId: table.participantId }).from(table).where(eq(table.id, id)))[0]
        ?.participantId;
    expect(await ownerOf(consultations, consultation.id)).toBe(survivor.id);
    expect(await ownerOf(referrals, referral.id)).toBe(survivor.id);
    expect(await ownerOf(appointments, appointment.id)).toBe(survivor.id);

    // The old id: a tombstone whose page sends the user to the survivor; gone from searches.
    const old = await t.request({ method: "GET", url: `/api/participants/${other.id}`, session: manager });
    expect(old.statusCode, old.body).toBe(200);
    expect(old.json()).toMatchObject({ id: other.id, mergedIntoId: survivor.id });
    expect(await searchIds(t, manager, "あさぎり")).toEqual([survivor.id]);

    // The trail: the merge, both ids, every value of the merged-away record and what it replaced.
    const [audit] = await auditEventsWhere(db, {
      action: "merge",
      entity: "participant",
      recordId: survivor.id,
    });
    expect(audit?.recordIds).toEqual([survivor.id, other.id]);
    expect(audit?.changedFields).toEqual(["phone", "email"]);
    const detail = JSON.parse(audit?.detail ?? "{}");
    expect(detail).toMatchObject({
      survivorId: survivor.id,
      mergedId: other.id,
      merged: {
        familyName: "朝霧",
        familyNameKana: "あさぎり",
        birthDate: "1986-07-07",
        phone: "090-3333-4444",
        email: "other@example.test",
        address: "横浜市中区1-1",
        version: other.version,
      },
      survivorReplaced: { phone: "045-111-2222", email: "" },
      moved: {
        caseIds: [records.otherCase.id],
        consentIds: [records.otherConsent.id],
        consultationIds: [consultation.id],
        referralIds: [referral.id],
        appointmentIds: [appointment.id],
        activityCount: 2,
      },
      sensitive: null,
    });
    expect([...detail.moved.activityIds].sort()).toEqual(records.otherActivities.map((a) => a.id).sort());
  });

  it("moves the sensitive section when only the other has one; keeps the survivor's when both do, the other's in the trail", async () => {
    const db = t.database.db;
    const first = await duplicates("霧島 渚", "きりしま なぎさ");
    await db.insert(participantSensitive).values({ participantId: first.other.id, health: "持病あり" });
    expect(
      (
        await merge(first.survivor.id, {
          otherId: first.other.id,
          version: first.survivor.version,
          otherVersion: first.other.version,
        })
      ).statusCode,
    ).toBe(200);
    const [moved] = await db
      .select()
      .from(participantSensitive)
      .where(eq(participantSensitive.participantId, first.survivor.id));
    expect(moved?.health).toBe("持病あり");

    const second = await duplicates("霧島 湊", "きりしま みなと");
    await db.insert(participantSensitive).values([
      { participantId: second.survivor.id, health: "本人の記録" },
      {
        participantId: second.other.id,
        health: "別の記録",
        benefits: ["public_assistance"],
        publicAssistance: true,
      },
    ]);
    expect(
      (
        await merge(second.survivor.id, {
          otherId: second.other.id,
          version: second.survivor.version,
          otherVersion: second.other.version,
        })
      ).statusCode,
    ).toBe(200);
    const sections = await db
      .select()
      .from(participantSensitive)
      .where(inArray(participantSensitive.participantId, [second.survivor.id, second.other.id]));
    expect(sections.map((section) => [section.participantId, section.health])).toEqual([
      [second.survivor.id, "本人の記録"],
    ]);
    const [audit] = await auditEventsWhere(db, { action: "merge", recordId: second.survivor.id });
    expect(JSON.parse(audit?.detail ?? "{}").sensitive).toMatchObject({
      outcome: "survivorKept",
      mergedSection: { health: "別の記録", benefits: ["public_assistance"], publicAssistance: true },
    });
  });

  it('carries "not a duplicate" decisions about the merged-away person over to the survivor', async () => {
    const db = t.database.db;
    const { survivor, other } = await duplicates("葛城 結", "かつらぎ ゆい");
    const stranger = await person(t, "葛城 唯", "かつらぎ ゆい", { birthDate: "1986-07-08" });
    const [low, high] = [other.id, stranger.id].sort() as [string, string];
    await db.insert(duplicateDismissals).values({ participantId: low, otherId: high });
    const response = await merge(survivor.id, {
      otherId: other.id,
      version: survivor.version,
      otherVersion: other.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    const [first, second] = [survivor.id, stranger.id].sort() as [string, string];
    const copied = await db
      .select()
      .from(duplicateDismissals)
      .where(eq(duplicateDismissals.participantId, first));
    expect(copied.map((row) => row.otherId)).toContain(second);
  });

  it("refuses a stale version (409), a record merged into itself (400), a tombstone (409), a record out of reach (404)", async () => {
    const { survivor, other } = await duplicates("鷹野 凛", "たかの りん");
    const payload = { otherId: other.id, version: survivor.version, otherVersion: other.version };
    expectError(await merge(survivor.id, { ...payload, version: survivor.version + 1 }), 409, "STALE_UPDATE");
    expectError(await merge(survivor.id, { ...payload, otherVersion: 7 }), 409, "STALE_UPDATE");
    expectError(await merge(survivor.id, { ...payload, otherId: survivor.id }), 400, "SAME_RECORD");
    expectError(await preview(survivor.id, survivor.id), 400, "SAME_RECORD");

    // A manager of program A alone cannot reach the other (its only case is in program B).
    const limited = await t.loginAs("manager", { programIds: [programA] });
    expectError(await merge(survivor.id, payload, limited), 404, "NOT_FOUND");
    expectError(await preview(survivor.id, other.id, limited), 404, "NOT_FOUND");

    expect((await merge(survivor.id, payload)).statusCode).toBe(200);
    // Merged already: into the tombstone, or the tombstone into something, is refused clearly.
    const third = await person(t, "鷹野 凛", "たかの りん", { birthDate: "1986-07-07" });
    await buildCase(t.database.db, programA, { participantId: third.id });
    const en = { "accept-language": "en" };
    const intoTombstone = await t.request({
      method: "POST",
      url: `/api/participants/${other.id}/merge`,
      payload: { otherId: third.id, version: other.version + 1, otherVersion: third.version },
      session: manager,
      headers: en,
    });
    expectError(intoTombstone, 409, "ALREADY_MERGED");
    expect(intoTombstone.json().message).toMatch(/already been merged/);
    expectError(
      await merge(third.id, { otherId: other.id, version: third.version, otherVersion: other.version + 1 }),
      409,
      "ALREADY_MERGED",
    );
    expectError(await preview(third.id, other.id), 409, "ALREADY_MERGED");
  });

  it("is for managers: a coordinator is refused (403)", async () => {
    const { survivor, other } = await duplicates("榊 陽", "さかき はる");
    const coordinator = await t.loginAs("coordinator", { programIds: [programA, programB] });
    expectError(await preview(survivor.id, other.id, coordinator), 403, "FORBIDDEN");
    expectError(
      await merge(
        survivor.id,
        { otherId: other.id, version: survivor.version, otherVersion: other.version },
        coordinator,
      ),
      403,
      "FORBIDDEN",
    );
    const [row] = await t.database.db.select().from(participants).where(eq(participants.id, other.id));
    expect(row?.mergedIntoId).toBeNull();
  });
});
