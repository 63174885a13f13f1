import { beforeAll, expect } from "vitest";
import { buildSchedule, type ScheduleRecord } from "../../../test/factories/appointments.ts";
import type { Session, useTestApp } from "../../../test/test-app.ts";

/**
 * The appointment tests' common ground: two consultants, a 2nd/4th Tuesday schedule (2027) and a
 * weekly Thursday one in another room, and booking through the API.
 */
export function useAppointmentDesk(t: ReturnType<typeof useTestApp>) {
  const desk = {
    consultant: undefined as unknown as Session,
    other: undefined as unknown as Session,
    tuesdays: undefined as unknown as ScheduleRecord,
    thursdays: undefined as unknown as ScheduleRecord,
  };
  beforeAll(async () => {
    desk.consultant = await t.loginAs("consultant");
    desk.other = await t.loginAs("consultant");
    desk.tuesdays = await buildSchedule(t.database.db, {
      startsOn: "2027-01-01",
      consultantId: desk.consultant.userId,
    });
    desk.thursdays = await buildSchedule(t.database.db, {
      name: "就労相談日",
      recurrence: "FREQ=WEEKLY;BYDAY=TH",
      startsOn: "2027-01-01",
      room: "相談室2",
    });
  });

  /** A slot booking of the Tuesday schedule on a day and an hour (Japan time). */
  function slotInput(day: string, hour: number, overrides: Record<string, unknown> = {}) {
    const pad = String(hour).padStart(2, "0");
    const next = String(hour + 1).padStart(2, "0");
    return {
      startsAt: `${day}T${pad}:00:00+09:00`,
      endsAt: `${day}T${next}:00:00+09:00`,
      scheduleId: desk.tuesdays.id,
      room: "相談室1",
      consultantId: desk.consultant.userId,
      person: { kind: "person", name: "山田 太郎", phone: "090-1234-5678" },
      purpose: "仕事探しの相談",
      ...overrides,
    };
  }

  async function book(payload: Record<string, unknown>, session = desk.consultant) {
    const response = await t.request({ method: "POST", url: "/api/appointments", session, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  return { desk, slotInput, book };
}
