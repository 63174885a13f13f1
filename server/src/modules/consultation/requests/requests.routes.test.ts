import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildConsultationRequest } from "../../../test/factories/consultation-requests.ts";
import { categoryIdByCode } from "../../../test/factories/consultations.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { appointments } from "../appointments/appointments.tables.ts";
import { openConsultationDays } from "../appointments/slots.service.ts";
import { consultations } from "../consultations.tables.ts";
import { buildWeekdaySchedule } from "./public/public-form.test-support.ts";
import { findRequestNames } from "./requests.repository.ts";
import { consultationRequests } from "./requests.tables.ts";

const t = useTestApp();

describe("the desk's inbox of public requests", () => {
  it("lists requests newest first, by status, and audits the read of each one shown", async () => {
    const consultant = await t.loginAs("consultant");
    const older = await buildConsultationRequest(t.database.db, {
      receivedAt: new Date("2026-05-01T01:00:00Z"),
    });
    const newer = await buildConsultationRequest(t.database.db, {
      receivedAt: new Date("2026-05-02T01:00:00Z"),
      name: "青木 はると",
    });
    const handled = await buildConsultationRequest(t.database.db, { status: "handled" });
    const response = await t.request({
      method: "GET",
      url: "/api/consultation-requests?status=new",
      session: consultant,
    });
    expect(response.statusCode, response.body).toBe(200);
    const ids = response.json().items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(ids).not.toContain(handled.id);
    // A list names people, never their contact details.
    expect(response.json().items[0]).not.toHaveProperty("phone");
    const [event] = await auditEventsWhere(t.database.db, {
      entity: "consultation_request",
      action: "read",
      actorId: consultant.userId,
    });
    expect(event?.recordIds).toEqual(expect.arrayContaining([newer.id, older.id]));
  });

  it("shows one request with its contact details, and audits the view", async () => {
    const consultant = await t.loginAs("consultant");
    const request = await buildConsultationRequest(t.database.db, { topic: "living" });
    const response = await t.request({
      method: "GET",
      url: `/api/consultation-requests/${request.id}`,
      session: consultant,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      phone: "090-2345-6789",
      topic: "living",
      categoryCode: "living",
      status: "new",
      version: 1,
    });
    const events = await auditEventsWhere(t.database.db, {
      entity: "consultation_request",
      recordId: request.id,
      action: "read",
    });
    expect(events).toHaveLength(1);
    expectError(
      await t.request({
        method: "GET",
        url: `/api/consultation-requests/${crypto.randomUUID()}`,
        session: consultant,
      }),
      404,
      "NOT_FOUND",
    );
  });

  it("keeps requests from everyone without consultationRequests.handle", async () => {
    const request = await buildConsultationRequest(t.database.db);
    for (const role of ["coordinator", "staff", "viewer", "partner"] as const) {
      const session = await t.loginAs(role);
      for (const url of ["/api/consultation-requests", `/api/consultation-requests/${request.id}`]) {
        const response = await t.request({ method: "GET", url, session });
        expect(response.statusCode, `${role} ${url}`).toBe(403);
        expect(response.body).not.toContain("090-2345-6789");
      }
    }
    const anonymous = await t.request({ method: "GET", url: `/api/consultation-requests/${request.id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("turns a request into a consultation: channel, category, person and question from the request", async () => {
    const consultant = await t.loginAs("consultant");
    const request = await buildConsultationRequest(t.database.db, {
      topic: "startup",
      contactMethod: "email",
      email: "kawaguchi@example.jp",
      phone: "",
    });
    const response = await t.request({
      method: "POST",
      url: `/api/consultation-requests/${request.id}/convert`,
      session: consultant,
      payload: { version: 1 },
    });
    expect(response.statusCode, response.body).toBe(200);
    const converted = response.json();
    expect(converted).toMatchObject({ status: "converted", handledById: consultant.userId, version: 2 });
    const [consultation] = await t.database.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, converted.consultationId));
    expect(consultation).toMatchObject({
      channel: "email",
      categoryId: await categoryIdByCode(t.database.db, "startup"),
      personKind: "new_person",
      personName: "川口 みどり",
      personNameKana: "かわぐち みどり",
      personEmail: "kawaguchi@example.jp",
      question: "短い時間から働ける場所を探しています",
      consultantId: consultant.userId,
      status: "open",
    });
    const events = await auditEventsWhere(t.database.db, {
      entity: "consultation_request",
      recordId: request.id,
      action: "update",
    });
    expect(events[0]?.changedFields).toEqual(expect.arrayContaining(["status", "consultationId"]));
    // Taken up already: a second conversion is a conflict, a stale version too.
    expectError(
      await t.request({
        method: "POST",
        url: `/api/consultation-requests/${request.id}/convert`,
        session: consultant,
        payload: { version: 2 },
      }),
      409,
      "CONFLICT",
    );
  });

  it("uses the category the consultant chose, and refuses a stale version", async () => {
    const consultant = await t.loginAs("consultant");
    const request = await buildConsultationRequest(t.database.db);
    expectError(
      await t.request({
        method: "POST",
        url: `/api/consultation-requests/${request.id}/convert`,
        session: consultant,
        payload: { version: 5 },
      }),
      409,
      "STALE_UPDATE",
    );
    const living = await categoryIdByCode(t.database.db, "living");
    const response = await t.request({
      method: "POST",
      url: `/api/consultation-requests/${request.id}/convert`,
      session: consultant,
      payload: { version: 1, categoryId: living, consultedAt: "2026-06-01T10:00:00+09:00" },
    });
    expect(response.statusCode, response.body).toBe(200);
    const [consultation] = await t.database.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, response.json().consultationId));
    expect(consultation?.categoryId).toBe(living);
    expect(consultation?.channel).toBe("phone");
  });

  it("books an in-person visit in the same step, and undoes the conversion when the slot is taken", async () => {
    const consultant = await t.loginAs("consultant");
    await buildWeekdaySchedule(t.database.db);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const [day] = await openConsultationDays(t.database.db, tomorrow, later);
    if (!day) throw new Error("no open consultation day");
    const appointment = {
      startsAt: `${day.date}T10:00:00+09:00`,
      endsAt: `${day.date}T11:00:00+09:00`,
      room: "相談室1",
      consultantId: consultant.userId,
      scheduleId: day.scheduleId,
    };
    const first = await buildConsultationRequest(t.database.db);
    const booked = await t.request({
      method: "POST",
      url: `/api/consultation-requests/${first.id}/convert`,
      session: consultant,
      payload: { version: 1, appointment },
    });
    expect(booked.statusCode, booked.body).toBe(200);
    const [visit] = await t.database.db
      .select()
      .from(appointments)
      .where(eq(appointments.requestId, first.id));
    expect(visit).toMatchObject({
      channel: "visit",
      room: "相談室1",
      status: "booked",
      // Linked to the consultation the request became: its page lists it, its policy guards it.
      consultationId: booked.json().consultationId,
    });

    const second = await buildConsultationRequest(t.database.db);
    const taken = await t.request({
      method: "POST",
      url: `/api/consultation-requests/${second.id}/convert`,
      session: consultant,
      payload: { version: 1, appointment },
    });
    expect(taken.statusCode).toBe(409);
    const [unchanged] = await t.database.db
      .select({ status: consultationRequests.status })
      .from(consultationRequests)
      .where(eq(consultationRequests.id, second.id));
    expect(unchanged?.status).toBe("new");
  });

  it("marks a request handled with a note (version-checked), named in the audit trail", async () => {
    const consultant = await t.loginAs("consultant");
    const request = await buildConsultationRequest(t.database.db);
    const response = await t.request({
      method: "POST",
      url: `/api/consultation-requests/${request.id}/handled`,
      session: consultant,
      payload: { version: 1, note: "電話で回答済み" },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: "handled", handledNote: "電話で回答済み", version: 2 });
    expect(response.json().handledByName).not.toBeNull();
    expectError(
      await t.request({
        method: "POST",
        url: `/api/consultation-requests/${request.id}/handled`,
        session: consultant,
        payload: { version: 1, note: "" },
      }),
      409,
      "STALE_UPDATE",
    );
    const names = await findRequestNames(t.database.db, [request.id]);
    expect(names.get(request.id)).toMatch(/^\d{4}-\d{2}-\d{2}・川口 みどり$/);
  });

  it("puts new requests on the desk's today list", async () => {
    const consultant = await t.loginAs("consultant");
    const request = await buildConsultationRequest(t.database.db, { name: "今日 のぞみ" });
    const response = await t.request({ method: "GET", url: "/api/today", session: consultant });
    expect(response.statusCode, response.body).toBe(200);
    const group = response
      .json()
      .groups.find((item: { kind: string }) => item.kind === "consultationRequest.new");
    expect(group?.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(group)).toContain(request.id);
  });
});
