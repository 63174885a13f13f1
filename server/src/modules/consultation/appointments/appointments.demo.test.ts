import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { appointmentsDemoContribution } from "./appointments.demo.ts";
import { findAppointments } from "./appointments.repository.ts";
import { findSlots, openConsultationDays } from "./slots.service.ts";

const t = useTestApp();

beforeAll(async () => {
  const accounts = await prepareDemoAccounts("demo-password-for-tests-1");
  const loaded = await loadDemoContributions(
    t.database.db,
    [programsDemoContribution, demoAccountsContribution(accounts), appointmentsDemoContribution],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the desk's demo consultation days", () => {
  it("books four appointments on coming slots, each taking its slot, none on a closed day", async () => {
    const from = todayInJapan();
    const to = addDays(from, 45);
    const booked = await findAppointments(t.database.db, "everyone", { from, to });
    expect(booked).toHaveLength(4);
    const slots = await findSlots(t.database.db, from, to);
    for (const appointment of booked)
      expect(slots.some((slot) => slot.appointmentId === appointment.id && !slot.free)).toBe(true);
    const days = await openConsultationDays(t.database.db, from, to);
    expect(days.length).toBeGreaterThan(4);
    expect(days.every((day) => day.freeSlots > 0 && day.freeSlots <= 6)).toBe(true);
    const names = new Set(days.map((day) => day.scheduleName));
    expect(names).toEqual(new Set(["定例相談（第2・第4火曜）", "就労相談日"]));
  });
});
