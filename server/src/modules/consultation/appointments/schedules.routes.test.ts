import { describe, expect, it } from "vitest";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();

const scheduleInput = {
  name: "定例相談（第2・第4火曜）",
  recurrence: "FREQ=MONTHLY;BYDAY=+2TU,+4TU",
  startsOn: "2027-01-01",
  dayStartsAt: "10:00",
  dayEndsAt: "16:00",
  slotMinutes: 60,
  room: "相談室1",
};

describe("regular consultation days", () => {
  it("adds one, changes it (version-checked), lists it; its days skip holidays", async () => {
    const session = await t.loginAs("consultant");
    const created = await t.request({
      method: "POST",
      url: "/api/consultation-schedules",
      session,
      payload: { ...scheduleInput, consultantId: session.userId },
    });
    expect(created.statusCode, created.body).toBe(201);
    const schedule = created.json();
    expect(schedule).toMatchObject({ dayStartsAt: "10:00", dayEndsAt: "16:00", version: 1, active: true });
    const changed = await t.request({
      method: "PATCH",
      url: `/api/consultation-schedules/${schedule.id}`,
      session,
      payload: { schedule: { ...scheduleInput, room: "相談室3" }, version: 1 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ room: "相談室3", version: 2, consultantId: null });
    const stale = await t.request({
      method: "PATCH",
      url: `/api/consultation-schedules/${schedule.id}`,
      session,
      payload: { schedule: scheduleInput, version: 1 },
    });
    expectError(stale, 409, "STALE_UPDATE");
    const list = await t.request({ method: "GET", url: "/api/consultation-schedules", session });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(schedule.id);
    // February 2027: the 4th Tuesday is 天皇誕生日 (2/23), so only 2/9 has slots.
    const calendar = await t.request({
      method: "GET",
      url: "/api/consultation-calendar?from=2027-02-01&to=2027-02-28",
      session,
    });
    const days = new Set(
      calendar
        .json()
        .slots.filter((slot: { scheduleId: string }) => slot.scheduleId === schedule.id)
        .map((slot: { startsAt: string }) => slot.startsAt.slice(0, 10)),
    );
    expect([...days]).toEqual(["2027-02-09"]);
    expect(calendar.json().closedDays).toContainEqual({
      date: "2027-02-23",
      kind: "holiday",
      name: "天皇誕生日",
    });
    const trail = await auditEventsWhere(t.database.db, {
      entity: "consultation_schedule",
      recordId: schedule.id,
    });
    expect(trail.map((event) => event.action)).toEqual(["update", "create"]);
  });

  it("refuses an RRULE rrule does not accept, with a field error", async () => {
    const session = await t.loginAs("consultant");
    const response = await t.request({
      method: "POST",
      url: "/api/consultation-schedules",
      session,
      payload: { ...scheduleInput, recurrence: "FREQ=MONTHLY;BYDAY=+2XX" },
    });
    const body = expectError(response, 400, "VALIDATION_FAILED", ["body.recurrence"]);
    expect(body.fields?.[0]?.message).toBe("繰り返しの設定が正しくありません。");
  });

  it("is changed only with desk.manage", async () => {
    const session = await t.loginAs("staff");
    const response = await t.request({
      method: "POST",
      url: "/api/consultation-schedules",
      session,
      payload: scheduleInput,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe("closed days", () => {
  it("adds, lists with 12/29–1/3 fixed, refuses a second time and a fixed day, removes", async () => {
    const session = await t.loginAs("consultant");
    const added = await t.request({
      method: "POST",
      url: "/api/consultation-closed-days",
      session,
      payload: { date: "2027-06-10", reason: "事務所の研修日" },
    });
    expect(added.statusCode, added.body).toBe(201);
    const again = await t.request({
      method: "POST",
      url: "/api/consultation-closed-days",
      session,
      payload: { date: "2027-06-10" },
    });
    expectError(again, 400, "VALIDATION_FAILED", ["body.date"]);
    const fixed = await t.request({
      method: "POST",
      url: "/api/consultation-closed-days",
      session,
      payload: { date: "2027-12-30" },
    });
    expectError(fixed, 400, "VALIDATION_FAILED", ["body.date"]);
    const list = await t.request({ method: "GET", url: "/api/consultation-closed-days?year=2027", session });
    const items = list.json().items;
    expect(
      items.filter((item: { fixed: boolean }) => item.fixed).map((item: { date: string }) => item.date),
    ).toEqual(["2027-01-01", "2027-01-02", "2027-01-03", "2027-12-29", "2027-12-30", "2027-12-31"]);
    expect(items).toContainEqual({ date: "2027-06-10", reason: "事務所の研修日", fixed: false });
    const removed = await t.request({
      method: "DELETE",
      url: "/api/consultation-closed-days/2027-06-10",
      session,
    });
    expect(removed.statusCode).toBe(204);
    const gone = await t.request({
      method: "DELETE",
      url: "/api/consultation-closed-days/2027-06-10",
      session,
    });
    expectError(gone, 404, "NOT_FOUND");
  });
});
