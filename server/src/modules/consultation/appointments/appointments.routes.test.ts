import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { advisoryLocks } from "../../../platform/db/advisory-locks.ts";
import { selectRows } from "../../../platform/db/select-rows.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsultation } from "../../../test/factories/consultations.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { holdAppointmentBook } from "./appointments.service.ts";
import { useAppointmentDesk } from "./appointments.test-support.ts";

const t = useTestApp();
const { desk, slotInput, book } = useAppointmentDesk(t);

describe("booking", () => {
  it("books a slot of a regular consultation day and shows it taken in the calendar", async () => {
    const booked = await book(slotInput("2027-03-09", 10));
    expect(booked).toMatchObject({
      startsAt: "2027-03-09T10:00:00+09:00",
      endsAt: "2027-03-09T11:00:00+09:00",
      room: "相談室1",
      status: "booked",
      personName: "山田 太郎",
      channel: "visit",
      version: 1,
    });
    const calendar = await t.request({
      method: "GET",
      url: "/api/consultation-calendar?from=2027-03-08&to=2027-03-14",
      session: desk.consultant,
    });
    expect(calendar.statusCode, calendar.body).toBe(200);
    const slots = calendar
      .json()
      .slots.filter((slot: { scheduleId: string }) => slot.scheduleId === desk.tuesdays.id);
    expect(slots).toHaveLength(6);
    expect(slots[0]).toMatchObject({ free: false, appointmentId: booked.id });
    expect(slots[1]).toMatchObject({ free: true, appointmentId: null });
    expect(calendar.json().appointments.map((item: { id: string }) => item.id)).toContain(booked.id);
    const reads = await auditEventsWhere(t.database.db, { entity: "appointment", action: "read" });
    expect(reads.length).toBeGreaterThan(0);
  });

  it("two consultants booking the same slot at once: one 201, one clear 409 (the room)", async () => {
    const [first, second] = await Promise.all([
      t.request({
        method: "POST",
        url: "/api/appointments",
        session: desk.consultant,
        payload: slotInput("2027-03-09", 11),
      }),
      t.request({
        method: "POST",
        url: "/api/appointments",
        session: desk.other,
        payload: slotInput("2027-03-09", 11, { consultantId: desk.other.userId }),
      }),
    ]);
    const statuses = [first?.statusCode, second?.statusCode].sort();
    expect(statuses).toEqual([201, 409]);
    const refused = first?.statusCode === 409 ? first : second;
    if (!refused) throw new Error("no refusal");
    const body = expectError(refused, 409, "APPOINTMENT_CONFLICT", ["body.room"]);
    expect(body.message).toContain("すでにほかの予約が入っている");
    expect(refused.json().details).toEqual({ conflict: "room" });
    expect(body.fields?.[0]?.message).toContain("この部屋は");
  });

  // Two inserts overlapping at the same moment make PostgreSQL's exclusion constraints wait for each
  // other (a deadlock, a 500) unless bookings take turns: held here, both requests must queue on the
  // book, then the second finds the first's row and is refused.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "bookings take turns on the appointment book (PostgreSQL)",
    async () => {
      const waiting = () =>
        selectRows<{ count: number }>(
          t.database.db,
          sql`select count(*)::int as count from pg_locks
          where locktype = 'advisory' and objid = ${advisoryLocks.appointmentBook} and not granted`,
        );
      let pending: Promise<Awaited<ReturnType<typeof t.request>>[]> | undefined;
      await t.database.db.transaction(async (tx) => {
        await holdAppointmentBook(tx);
        pending = Promise.all(
          [desk.consultant, desk.other].map((session) =>
            t.request({
              method: "POST",
              url: "/api/appointments",
              session,
              payload: slotInput("2027-03-09", 14, { consultantId: session.userId }),
            }),
          ),
        );
        for (let tries = 0; ; tries += 1) {
          const [queued] = await waiting();
          // >= 2: another test file may be booking meanwhile (the lock is the database's).
          if ((queued?.count ?? 0) >= 2) break;
          if (tries > 200) throw new Error("the bookings never queued on the appointment book");
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      });
      const responses = (await pending) ?? [];
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    },
  );

  it("the same consultant in two rooms at once: 409 naming the consultant (in English too)", async () => {
    await book(slotInput("2027-03-09", 13));
    const refused = await t.request({
      method: "POST",
      url: "/api/appointments",
      session: desk.consultant,
      headers: { "accept-language": "en" },
      payload: slotInput("2027-03-09", 13, { scheduleId: null, room: "相談室3" }),
    });
    expectError(refused, 409, "APPOINTMENT_CONFLICT", ["body.consultantId"]);
    expect(refused.json().details).toEqual({ conflict: "consultant" });
  });

  it("refuses a national holiday, 12/29–1/3 and a closed day for a schedule slot, and the past", async () => {
    // 2027-02-23 (天皇誕生日) is the 4th Tuesday.
    const holiday = await t.request({
      method: "POST",
      url: "/api/appointments",
      session: desk.consultant,
      payload: slotInput("2027-02-23", 10),
    });
    expect(expectError(holiday, 400, "VALIDATION_FAILED", ["body.startsAt"]).fields?.[0]?.message).toContain(
      "休館日",
    );
    const closed = await t.request({
      method: "POST",
      url: "/api/consultation-closed-days",
      session: desk.consultant,
      payload: { date: "2027-04-27", reason: "研修" },
    });
    expect(closed.statusCode, closed.body).toBe(201);
    const onClosed = await t.request({
      method: "POST",
      url: "/api/appointments",
      session: desk.consultant,
      payload: slotInput("2027-04-27", 10),
    });
    expectError(onClosed, 400, "VALIDATION_FAILED", ["body.startsAt"]);
    const notASlot = await t.request({
      method: "POST",
      url: "/api/appointments",
      session: desk.consultant,
      payload: slotInput("2027-03-10", 10),
    });
    expect(expectError(notASlot, 400, "VALIDATION_FAILED", ["body.startsAt"]).fields?.[0]?.code).toBe(
      "not_a_slot",
    );
    const past = await t.request({
      method: "POST",
      url: "/api/appointments",
      session: desk.consultant,
      payload: slotInput("2020-03-10", 10, { scheduleId: null }),
    });
    expect(expectError(past, 400, "VALIDATION_FAILED", ["body.startsAt"]).fields?.[0]?.code).toBe("past");
  });

  it("books a custom time on any day, for a consultation's person", async () => {
    const consultation = await buildConsultation(t.database.db, {
      personKind: "new_person",
      personName: "川口 みどり",
      personPhone: "045-123-4567",
    });
    const booked = await book(
      slotInput("2027-03-10", 14, {
        scheduleId: null,
        room: "相談室3",
        person: { kind: "consultation", consultationId: consultation.id },
      }),
    );
    expect(booked).toMatchObject({
      consultationId: consultation.id,
      personName: "川口 みどり",
      personPhone: "045-123-4567",
    });
  });

  it("answers 404 for a consultation that does not exist", async () => {
    const response = await t.request({
      method: "POST",
      url: "/api/appointments",
      session: desk.consultant,
      payload: slotInput("2027-03-10", 9, {
        scheduleId: null,
        person: { kind: "consultation", consultationId: "00000000-0000-4000-8000-000000000000" },
      }),
    });
    expectError(response, 404, "NOT_FOUND");
  });
});

describe("changing an appointment", () => {
  it("moves (version-checked, overlap refused), marks kept, cancels only a booked one", async () => {
    const booked = await book(slotInput("2027-03-23", 10));
    const blocker = await book(slotInput("2027-03-23", 12));
    const clash = await t.request({
      method: "POST",
      url: `/api/appointments/${booked.id}/move`,
      session: desk.consultant,
      payload: { ...slotInput("2027-03-23", 12), person: undefined, purpose: undefined, version: 1 },
    });
    expectError(clash, 409, "APPOINTMENT_CONFLICT");
    const moved = await t.request({
      method: "POST",
      url: `/api/appointments/${booked.id}/move`,
      session: desk.consultant,
      payload: { ...slotInput("2027-03-23", 14), person: undefined, purpose: undefined, version: 1 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: "2027-03-23T14:00:00+09:00", version: 2 });
    const stale = await t.request({
      method: "POST",
      url: `/api/appointments/${booked.id}/cancel`,
      session: desk.consultant,
      payload: { reason: "本人の都合", version: 1 },
    });
    expectError(stale, 409, "STALE_UPDATE");
    const cancelled = await t.request({
      method: "POST",
      url: `/api/appointments/${booked.id}/cancel`,
      session: desk.consultant,
      payload: { reason: "本人の都合", version: 2 },
    });
    expect(cancelled.json()).toMatchObject({ status: "cancelled", cancelReason: "本人の都合", version: 3 });
    const again = await t.request({
      method: "POST",
      url: `/api/appointments/${booked.id}/outcome`,
      session: desk.consultant,
      payload: { status: "kept", version: 3 },
    });
    expectError(again, 400, "VALIDATION_FAILED");
    // The cancelled one frees its time: the slot can be booked again.
    await book(slotInput("2027-03-23", 14));
    const kept = await t.request({
      method: "POST",
      url: `/api/appointments/${blocker.id}/outcome`,
      session: desk.consultant,
      payload: { status: "missed", version: 1 },
    });
    expect(kept.json()).toMatchObject({ status: "missed", version: 2 });
    const trail = await auditEventsWhere(t.database.db, { entity: "appointment", recordId: booked.id });
    expect(trail.map((event) => event.action)).toEqual(expect.arrayContaining(["create", "update"]));
  });

  it("answers 404 for an appointment that does not exist", async () => {
    const response = await t.request({
      method: "POST",
      url: "/api/appointments/00000000-0000-4000-8000-000000000000/cancel",
      session: desk.consultant,
      payload: { reason: "x", version: 1 },
    });
    expectError(response, 404, "NOT_FOUND");
  });
});

describe("電話相談から来所相談へ", () => {
  it("books a visit for the phone consultation's person, linked, and lists it on the consultation", async () => {
    const consultation = await buildConsultation(t.database.db, {
      personKind: "new_person",
      personName: "青木 陽菜",
      personPhone: "080-2345-6789",
    });
    const visit = await t.request({
      method: "POST",
      url: `/api/consultations/${consultation.id}/visit`,
      session: desk.consultant,
      payload: {
        startsAt: "2027-03-11T10:00:00+09:00",
        endsAt: "2027-03-11T11:00:00+09:00",
        scheduleId: desk.thursdays.id,
        room: "相談室2",
        consultantId: desk.other.userId,
        purpose: "来所して詳しく相談",
      },
    });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json()).toMatchObject({
      channel: "visit",
      consultationId: consultation.id,
      personName: "青木 陽菜",
      personPhone: "080-2345-6789",
    });
    const list = await t.request({
      method: "GET",
      url: `/api/consultations/${consultation.id}/appointments`,
      session: desk.consultant,
    });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([visit.json().id]);
  });
});

describe("day list", () => {
  it("lists the day's appointments by time, not the cancelled ones, and audits the read", async () => {
    const early = await book(slotInput("2027-04-13", 10));
    const late = await book(slotInput("2027-04-13", 15));
    const gone = await book(slotInput("2027-04-13", 12));
    await t.request({
      method: "POST",
      url: `/api/appointments/${gone.id}/cancel`,
      session: desk.consultant,
      payload: { reason: "重複", version: 1 },
    });
    const response = await t.request({
      method: "GET",
      url: "/api/consultation-day-list?date=2027-04-13",
      session: desk.consultant,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((item: { id: string }) => item.id)).toEqual([early.id, late.id]);
    const reads = await auditEventsWhere(t.database.db, { entity: "appointment", action: "read" });
    expect(reads.some((event) => JSON.stringify(event).includes(early.id))).toBe(true);
  });

  it("refuses a calendar range over six weeks", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/consultation-calendar?from=2027-01-01&to=2027-03-31",
      session: desk.consultant,
    });
    expectError(response, 400, "VALIDATION_FAILED", ["querystring.to"]);
  });
});

describe("who sees a booking", () => {
  it("another program's participant's booking takes its slot without the person; naming it answers 404", async () => {
    const db = t.database.db;
    const programA = (await buildProgram(db)).id;
    const programB = (await buildProgram(db)).id;
    const theirs = await buildCase(db, programA);
    const booked = await book(
      slotInput("2027-05-11", 13, {
        person: { kind: "participant", participantId: theirs.participantId },
      }),
    );
    const desksOwn = await book(slotInput("2027-05-11", 14));
    const outsider = await t.loginAs("coordinator", { programIds: [programB] });
    const insider = await t.loginAs("coordinator", { programIds: [programA] });
    const week = "/api/consultation-calendar?from=2027-05-10&to=2027-05-16";
    const calendarOf = async (session: typeof outsider) => {
      const response = await t.request({ method: "GET", url: week, session });
      expect(response.statusCode, response.body).toBe(200);
      return response;
    };
    const seen = await calendarOf(outsider);
    const shown = seen.json().appointments.map((item: { id: string }) => item.id);
    expect(shown).toContain(desksOwn.id);
    expect(shown).not.toContain(booked.id);
    expect(seen.body).not.toContain(booked.id);
    expect(seen.body).not.toContain(booked.personName);
    const slot = seen
      .json()
      .slots.find(
        (item: { scheduleId: string; startsAt: string }) =>
          item.scheduleId === desk.tuesdays.id && item.startsAt === "2027-05-11T13:00:00+09:00",
      );
    expect(slot).toMatchObject({ free: false, appointmentId: null });
    const dayList = await t.request({
      method: "GET",
      url: "/api/consultation-day-list?date=2027-05-11",
      session: outsider,
    });
    expect(dayList.json().items.map((item: { id: string }) => item.id)).toEqual([desksOwn.id]);
    expect((await calendarOf(insider)).json().appointments.map((item: { id: string }) => item.id)).toContain(
      booked.id,
    );

    const cancel = { reason: "都合が悪くなった", version: 1 };
    const url = `/api/appointments/${booked.id}/cancel`;
    const limitedManager = await t.loginAs("manager", { programIds: [programB] });
    expectError(
      await t.request({ method: "POST", url, session: limitedManager, payload: cancel }),
      404,
      "NOT_FOUND",
    );
    const ownManager = await t.loginAs("manager", { programIds: [programA] });
    const cancelled = await t.request({ method: "POST", url, session: ownManager, payload: cancel });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
  });
});
