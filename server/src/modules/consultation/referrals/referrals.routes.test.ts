import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsultation } from "../../../test/factories/consultations.ts";
import { buildConsent } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildAdvisor, buildAgency } from "../../../test/factories/referrals.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { consultations } from "../consultations.tables.ts";

const t = useTestApp();
const purpose = "就労支援のための情報提供";

let consultant: Session;
let programId: string;
let agency: { id: string; name: string };
beforeAll(async () => {
  consultant = await t.loginAs("consultant");
  programId = (await buildProgram(t.database.db)).id;
  agency = await buildAgency(t.database.db, { name: "試験ハローワーク港北", kind: "hello_work" });
});

/** A consultation of a registered participant (with a case in the program). */
async function participantConsultation(status = "open") {
  const supportCase = await buildCase(t.database.db, programId);
  const consultation = await buildConsultation(t.database.db, {
    participantId: supportCase.participantId,
    status,
  });
  return { supportCase, consultation, participantId: supportCase.participantId };
}

function refer(url: string, overrides: Record<string, unknown> = {}, session = consultant) {
  return t.request({
    method: "POST",
    url,
    session,
    payload: {
      agencyId: agency.id,
      purpose,
      reason: "求職の登録と職業相談のため",
      referredOn: "2026-05-12",
      sharePersonalData: true,
      ...overrides,
    },
  });
}

describe("the consent rule when referring", () => {
  it("shares personal details on a consent for the agency (name trimmed) and purpose", async () => {
    const { consultation, participantId } = await participantConsultation();
    const consent = await buildConsent(t.database.db, participantId, {
      agency: " 試験ハローワーク港北 ",
      purpose,
      givenOn: "2026-05-01",
    });
    const before = await t.request({
      method: "GET",
      url: `/api/consultations/${consultation.id}/referral-consents?agencyId=${agency.id}&on=2026-05-12`,
      session: consultant,
    });
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({
      hasParticipant: true,
      consents: [{ id: consent.id, purpose, givenOn: "2026-05-01" }],
    });

    const response = await refer(`/api/consultations/${consultation.id}/referrals`);
    expect(response.statusCode, response.body).toBe(201);
    const { referral, consent: found } = response.json();
    expect(found).toEqual({ status: "given" });
    expect(referral).toMatchObject({
      consultationId: consultation.id,
      participantId,
      personalDataShared: true,
      consentId: consent.id,
      status: "sent",
      statusChangedOn: "2026-05-12",
      recipient: { kind: "agency", id: agency.id, name: "試験ハローワーク港北", type: "hello_work" },
    });
    // An open consultation becomes "referred".
    const [stored] = await t.database.db
      .select({ status: consultations.status, version: consultations.version })
      .from(consultations)
      .where(eq(consultations.id, consultation.id));
    expect(stored).toEqual({ status: "referred", version: consultation.version + 1 });
    const [created] = await auditEventsWhere(t.database.db, { action: "create", entity: "referral" });
    expect(created?.recordId).toBe(referral.id);
    expect(created?.changedFields).toContain("personalDataShared");
  });

  it("stores without personal details when no consent names that purpose (and says so)", async () => {
    const { consultation, participantId } = await participantConsultation("follow_up_due");
    await buildConsent(t.database.db, participantId, {
      agency: agency.name,
      purpose: "別の目的",
      givenOn: "2026-05-01",
    });
    const response = await refer(`/api/consultations/${consultation.id}/referrals`);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().consent).toEqual({ status: "missing" });
    expect(response.json().referral).toMatchObject({ personalDataShared: false, consentId: null });
    // Not open: the status stays.
    const [stored] = await t.database.db
      .select({ status: consultations.status })
      .from(consultations)
      .where(eq(consultations.id, consultation.id));
    expect(stored?.status).toBe("follow_up_due");
  });

  it("records a consent the person gives at the desk now, with the referral, and shares on it", async () => {
    const { consultation, participantId } = await participantConsultation();
    const refused = await refer(`/api/consultations/${consultation.id}/referrals`, {
      sharePersonalData: false,
      consentGivenNow: "verbal",
    });
    expectError(refused, 400, "VALIDATION_FAILED", ["body.consentGivenNow"]);
    const response = await refer(`/api/consultations/${consultation.id}/referrals`, {
      consentGivenNow: "verbal",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().consent).toEqual({ status: "given" });
    const { referral } = response.json();
    expect(referral).toMatchObject({ personalDataShared: true, consentId: expect.any(String) });
    const [recorded] = await auditEventsWhere(t.database.db, {
      action: "create",
      entity: "consent",
      recordId: referral.consentId,
    });
    expect(recorded).toBeDefined();
    // The consent is the participant's own from now on: the next referral finds it.
    const before = await t.request({
      method: "GET",
      url: `/api/consultations/${consultation.id}/referral-consents?agencyId=${agency.id}&on=2026-05-12`,
      session: consultant,
    });
    expect(before.json()).toEqual({
      hasParticipant: true,
      consents: [{ id: referral.consentId, purpose, givenOn: "2026-05-12" }],
    });
    expect(participantId).toEqual(referral.participantId);
  });

  it("treats a consent withdrawn by the referral date, or given after it, as missing", async () => {
    const { supportCase, participantId } = await participantConsultation();
    await buildConsent(t.database.db, participantId, {
      agency: agency.name,
      purpose,
      givenOn: "2026-04-01",
      withdrawnOn: "2026-05-12",
    });
    await buildConsent(t.database.db, participantId, { agency: agency.name, purpose, givenOn: "2026-05-13" });
    const response = await refer(`/api/cases/${supportCase.id}/referrals`);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().consent).toEqual({ status: "missing" });
    expect(response.json().referral).toMatchObject({ caseId: supportCase.id, personalDataShared: false });
    // The day before the withdrawal it was in force.
    const earlier = await refer(`/api/cases/${supportCase.id}/referrals`, { referredOn: "2026-05-11" });
    expect(earlier.json().consent).toEqual({ status: "given" });
  });

  it("has no one to ask for an anonymous caller, and asks nothing when details are not to go", async () => {
    const anonymous = await buildConsultation(t.database.db, { status: "open" });
    const response = await refer(`/api/consultations/${anonymous.id}/referrals`);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().consent).toEqual({ status: "no_participant" });
    expect(response.json().referral.personalDataShared).toBe(false);
    const preflight = await t.request({
      method: "GET",
      url: `/api/consultations/${anonymous.id}/referral-consents?agencyId=${agency.id}`,
      session: consultant,
    });
    expect(preflight.json()).toEqual({ hasParticipant: false, consents: [] });

    const { consultation } = await participantConsultation();
    const notAsked = await refer(`/api/consultations/${consultation.id}/referrals`, {
      sharePersonalData: false,
    });
    expect(notAsked.json().consent).toEqual({ status: "not_requested" });
  });

  it("escalates to an advisor the same way, on a consent naming the advisor's office", async () => {
    const { supportCase, participantId } = await participantConsultation();
    const advisor = await buildAdvisor(t.database.db, { organization: "試験法律事務所" });
    await buildConsent(t.database.db, participantId, {
      agency: "試験法律事務所",
      purpose,
      givenOn: "2026-05-01",
    });
    const response = await refer(`/api/cases/${supportCase.id}/referrals`, {
      agencyId: null,
      advisorId: advisor.id,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().consent).toEqual({ status: "given" });
    expect(response.json().referral.recipient).toMatchObject({ kind: "advisor", type: "lawyer" });
    const list = await t.request({
      method: "GET",
      url: `/api/cases/${supportCase.id}/referrals`,
      session: consultant,
    });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([response.json().referral.id]);
  });

  it("refuses both or neither recipient, and an inactive agency", async () => {
    const { consultation } = await participantConsultation();
    const neither = await refer(`/api/consultations/${consultation.id}/referrals`, { agencyId: null });
    expectError(neither, 400, "VALIDATION_FAILED", ["body.agencyId"]);
    const closed = await buildAgency(t.database.db, { active: false });
    const inactive = await refer(`/api/consultations/${consultation.id}/referrals`, { agencyId: closed.id });
    expectError(inactive, 400, "VALIDATION_FAILED", ["body.agencyId"]);
  });
});

describe("a referral's status and result", () => {
  it("moves sent → accepted → result_received → closed, recording the day, version-checked", async () => {
    const { consultation } = await participantConsultation();
    const { referral } = (await refer(`/api/consultations/${consultation.id}/referrals`)).json();
    const patch = (payload: Record<string, unknown>) =>
      t.request({ method: "PATCH", url: `/api/referrals/${referral.id}`, session: consultant, payload });

    const skipped = await patch({ status: "closed", version: 1 });
    expectError(skipped, 400, "VALIDATION_FAILED", ["body.status"]);
    const accepted = await patch({ status: "accepted", followUpOn: "2026-06-01", version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", followUpOn: "2026-06-01", version: 2 });
    expect(accepted.json().statusChangedOn).not.toBe("2026-05-12");
    expectError(await patch({ status: "result_received", version: 1 }), 409, "STALE_UPDATE");
    const result = await patch({
      status: "result_received",
      result: "求職登録を済ませ、職業相談を始めた",
      version: 2,
    });
    expect(result.json()).toMatchObject({
      status: "result_received",
      result: "求職登録を済ませ、職業相談を始めた",
    });
    const closed = await patch({ status: "closed", result: result.json().result, version: 3 });
    // What is left out stays as it was.
    expect(closed.json()).toMatchObject({ status: "closed", followUpOn: "2026-06-01" });
    expectError(await patch({ status: "accepted", version: 4 }), 400, "VALIDATION_FAILED", ["body.status"]);
    const [update] = await auditEventsWhere(t.database.db, { action: "update", entity: "referral" });
    expect(update?.changedFields).toEqual(["status", "statusChangedOn"]);
  });

  it("goes declined → closed", async () => {
    const { consultation } = await participantConsultation();
    const { referral } = (await refer(`/api/consultations/${consultation.id}/referrals`)).json();
    const patch = (payload: Record<string, unknown>) =>
      t.request({ method: "PATCH", url: `/api/referrals/${referral.id}`, session: consultant, payload });
    expect((await patch({ status: "declined", result: "対象外とのこと", version: 1 })).json().status).toBe(
      "declined",
    );
    expectError(await patch({ status: "result_received", version: 2 }), 400, "VALIDATION_FAILED");
    expect((await patch({ status: "closed", result: "対象外とのこと", version: 2 })).json().status).toBe(
      "closed",
    );
  });
});

describe("who reaches a referral", () => {
  it("answers 404 outside the consultation's or case's program; audits list reads", async () => {
    const { consultation, supportCase } = await participantConsultation();
    const { referral } = (await refer(`/api/consultations/${consultation.id}/referrals`)).json();
    const outsider = await t.loginAs("consultant", { programIds: [(await buildProgram(t.database.db)).id] });
    expectError(
      await t.request({ method: "GET", url: `/api/referrals/${referral.id}`, session: outsider }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await t.request({
        method: "GET",
        url: `/api/consultations/${consultation.id}/referrals`,
        session: outsider,
      }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await t.request({
        method: "PATCH",
        url: `/api/referrals/${referral.id}`,
        session: outsider,
        payload: { status: "accepted", version: 1 },
      }),
      404,
      "NOT_FOUND",
    );
    expectError(await refer(`/api/cases/${supportCase.id}/referrals`, {}, outsider), 404, "NOT_FOUND");

    const insider = await t.loginAs("coordinator", { programIds: [programId] });
    const list = await t.request({
      method: "GET",
      url: `/api/consultations/${consultation.id}/referrals`,
      session: insider,
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toHaveLength(1);
    const [read] = await auditEventsWhere(t.database.db, { action: "read", entity: "referral" });
    expect(read?.recordIds).toEqual([referral.id]);
    // A viewer has no referral permission.
    const viewer = await t.loginAs("viewer");
    expectError(
      await t.request({ method: "GET", url: `/api/referrals/${referral.id}`, session: viewer }),
      403,
      "FORBIDDEN",
    );
  });
});
