import type { Calendar, Slot } from "@otagai/shared/consultation/appointments";
import { holidaysBetween } from "@otagai/shared/japanese/holidays";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost, collectConsoleErrors, field, heading, ja, loginAs, settled, text } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const a = ja.consultation.appointments;

/** A day counted from today in Japan, "YYYY-MM-DD". */
function japanDay(offset: number, from?: string): string {
  const today = from ?? new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The first national holiday on a Thursday (the demo's weekly 就労相談日) a week or more from today. */
function thursdayHoliday(): { date: string; name: string } {
  const holiday = holidaysBetween(japanDay(7), japanDay(800)).find(
    (day) =>
      new Date(`${day.date}T00:00:00Z`).getUTCDay() === 4 && !/-(12-(29|30|31)|01-0[1-3])$/.test(day.date),
  );
  if (!holiday) throw new Error("no Thursday holiday in the coming two years");
  return holiday;
}

async function calendarOf(page: Page, from: string, to: string): Promise<Calendar> {
  const response = await page.request.get(`/api/consultation-calendar?from=${from}&to=${to}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Calendar;
}

/** The free slots of the first week after `from` that has two of them. */
async function freeSlotsAfter(page: Page, from: string): Promise<{ week: string; free: Slot[] }> {
  for (let week = 1; week <= 6; week += 1) {
    const start = japanDay(7 * week, from);
    const calendar = await calendarOf(page, start, japanDay(6, start));
    const free = calendar.slots.filter((slot) => slot.free);
    if (free.length >= 2) return { week: start, free };
  }
  throw new Error("no free slots");
}

const slotButton = (page: Page, slot: Slot) =>
  page
    .locator(`section[aria-labelledby="day-${slot.startsAt.slice(0, 10)}"]`)
    .getByRole("button", { name: text(a.bookSlot, { time: slot.startsAt.slice(11, 16), room: slot.room }) });

describe("regular consultation days and appointments", () => {
  const { open } = useBrowser();

  it("offers no slot on a national holiday, books a slot, refuses a second booking, prints the day list", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "consultant");

    await page.goto("/consultation");
    await heading(page, ja.consultation.list.title);
    await page.getByRole("link", { name: a.navLink }).click();
    await heading(page, a.title);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);

    // The month with a national holiday on the weekly Thursday: the day is closed, no slot offered.
    const holiday = thursdayHoliday();
    await page.goto(`/consultation/calendar?view=month&date=${holiday.date}`);
    await settled(page);
    const holidayCell = page.locator(`[data-date="${holiday.date}"]`);
    await holidayCell.getByText(holiday.name).waitFor();
    const freeBadge = new RegExp(`^${a.freeCount.replace("{{count}}", "\\d+")}$`);
    expect(await holidayCell.getByText(freeBadge).count()).toBe(0);
    const monthStart = `${holiday.date.slice(0, 7)}-01`;
    const month = await calendarOf(page, monthStart, japanDay(27, monthStart));
    expect(month.slots.some((slot) => slot.startsAt.startsWith(holiday.date))).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    // A week after it: book the first free slot through the dialog.
    const { week, free } = await freeSlotsAfter(page, holiday.date);
    const [first, second] = free as [Slot, Slot];
    await page.goto(`/consultation/calendar?view=week&date=${week}`);
    await settled(page);
    await slotButton(page, first).click();
    const dialog = page.getByRole("dialog", { name: a.bookTitle });
    await field(dialog as unknown as Page, a.fields.personName).fill("試験 予約子");
    await field(dialog as unknown as Page, a.fields.personPhone).fill("090-1234-5678");
    await field(dialog as unknown as Page, a.fields.purpose).fill("仕事探しの相談");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: a.book, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await page
      .locator(`section[aria-labelledby="day-${first.startsAt.slice(0, 10)}"]`)
      .getByRole("button", { name: new RegExp(`^${first.startsAt.slice(11, 16)} .*試験 予約子`) })
      .waitFor();

    // Someone else books the next slot first: this booking is refused with the clear message.
    await slotButton(page, second).click();
    await field(dialog as unknown as Page, a.fields.personName).fill("試験 二重子");
    const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { id: string } };
    const other = await apiPost(page, "/api/appointments", {
      startsAt: second.startsAt,
      endsAt: second.endsAt,
      scheduleId: second.scheduleId,
      room: second.room,
      consultantId: second.consultantId ?? session.user.id,
      person: { kind: "person", name: "試験 先着子" },
    });
    expect(other.status()).toBe(201);
    await dialog.getByRole("button", { name: a.book, exact: true }).click();
    await dialog.getByRole("alert").getByText(ja.errors.APPOINTMENT_CONFLICT).waitFor();
    await dialog.getByRole("button", { name: a.close, exact: true }).last().click();

    // The printable day list of that day.
    const day = first.startsAt.slice(0, 10);
    await page.goto(`/consultation/day-list?date=${day}`);
    await page.getByRole("cell", { name: "試験 予約子" }).waitFor();
    await page.getByRole("cell", { name: "090-1234-5678" }).first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await page.getByRole("button", { name: a.print }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: a.print }).isVisible()).toBe(false);
    expect(await page.getByRole("cell", { name: "試験 予約子" }).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
