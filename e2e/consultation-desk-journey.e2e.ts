import type { Calendar } from "@otagai/shared/consultation/appointments";
import { holidaysBetween } from "@otagai/shared/japanese/holidays";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost, collectConsoleErrors, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { addDays, todayInJapan } from "./support/dates";

const c = ja.consultation;
const r = c.referrals;
const formPath = "/public/consultation-request";

const kana = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ";
/** A given name in kana of this run, so that an earlier run's participant is no likely duplicate. */
function runKana(): string {
  return Array.from({ length: 4 }, () => kana[Math.floor(Math.random() * kana.length)]).join("");
}
const person = { family: "港", familyKana: "みなと", given: runKana() };
const run = String(Date.now() % 1_000_000);
const room = `相談室J${run}`;
const weekdayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;

/** The first national holiday from tomorrow on that is not also in the year-end closing (12/29–1/3). */
function nextHoliday(): { date: string; name: string } {
  const holiday = holidaysBetween(addDays(todayInJapan(), 1), addDays(todayInJapan(), 400)).find(
    (day) => !/-(12-(29|30|31)|01-0[1-3])$/.test(day.date),
  );
  if (!holiday) throw new Error("no national holiday in the coming year");
  return holiday;
}

function labelled(scope: Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

async function calendarOf(page: Page, from: string, to: string): Promise<Calendar> {
  const response = await page.request.get(`/api/consultation-calendar?from=${from}&to=${to}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Calendar;
}

describe("the consultation desk, from the public form to a registered participant", () => {
  const { open } = useBrowser();

  it("public request (やさしい日本語, no JavaScript) → inbox → consultation → visit on a regular day → participant with a case → referral with consent → result", async () => {
    // The desk: a regular consultation day every week on the weekday of the next national holiday,
    // in a room of this run, so that the holiday falls on it and must not be offered.
    const desk = await open();
    const consoleErrors = collectConsoleErrors(desk.page);
    await loginAs(desk.page, "consultant");
    const me = (await (await desk.page.request.get("/api/auth/session")).json()) as { user: { id: string } };
    const holiday = nextHoliday();
    const weekday = weekdayCodes[new Date(`${holiday.date}T00:00:00Z`).getUTCDay()];
    const schedule = await apiPost(desk.page, "/api/consultation-schedules", {
      name: `定例相談（E2E ${run}）`,
      recurrence: `FREQ=WEEKLY;BYDAY=${weekday}`,
      startsOn: todayInJapan(),
      dayStartsAt: "10:00",
      dayEndsAt: "12:00",
      slotMinutes: 60,
      room,
      consultantId: me.user.id,
    });
    expect(schedule.status(), await schedule.text()).toBe(201);

    // 1. A person asks for a consultation on the public form, in やさしい日本語, with JavaScript off.
    const visitor = await open({ javaScriptEnabled: false });
    await visitor.page.goto(`${formPath}?lang=easy_ja`);
    expect(await visitor.page.locator("h1 ruby").count()).toBeGreaterThan(0);
    const offered = await visitor.page
      .locator('input[name="preferredDates"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain(holiday.date);
    await visitor.page.locator("#topic-prepare_work").check();
    await visitor.page.locator("#name").fill(`${person.family} ${person.given}`);
    await visitor.page.locator("#nameKana").fill(`${person.familyKana} ${person.given}`);
    await visitor.page.locator("#contactMethod-phone").check();
    await visitor.page.locator("#phone").fill("090-3456-7812");
    await visitor.page.locator(`input[name="preferredDates"][value="${offered[0]}"]`).check();
    await visitor.page.locator("#message").fill("はたらく まえに れんしゅうを したいです。");
    await visitor.page.locator("#privacyConsent").check();
    await visitor.page.locator('button[type="submit"]').click();
    await visitor.page.waitForURL((url) => url.pathname === `${formPath}/thanks`);

    // 2. The consultant finds it in the inbox and records it as a consultation.
    const name = `${person.family} ${person.given}`;
    const page = desk.page;
    await page.goto("/consultation");
    await heading(page, c.list.title);
    await page
      .getByRole("navigation", { name: c.list.deskPages })
      .getByRole("link", { name: c.requests.navLink })
      .click();
    await heading(page, c.requests.title);
    await page.getByRole("link", { name: c.requests.open.replace("{{name}}", name) }).click();
    await page.getByRole("heading", { level: 2, name: `${c.requests.detail.heading}：${name}` }).waitFor();
    await page.getByRole("button", { name: c.requests.convert.action }).click();
    await page.getByRole("dialog", { name: c.requests.convert.title }).waitFor();
    await page.getByRole("button", { name: c.requests.convert.submit }).click();
    await page.getByText(c.requests.convert.done).waitFor();
    await page.getByRole("link", { name: c.requests.detail.consultation }).click();
    await page.waitForURL((url) => /^\/consultation\/consultations\/[0-9a-f-]{36}$/.test(url.pathname));
    const consultationId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    await heading(page, c.form.editTitle);

    // 3. An in-person visit on the regular consultation day, booked from the consultation in one step.
    // The holiday gets no slot: neither in the calendar nor among the choices.
    const holidayWeek = await calendarOf(page, addDays(holiday.date, -3), addDays(holiday.date, 3));
    expect(holidayWeek.slots.filter((slot) => slot.room === room)).toEqual([]);
    await page.getByRole("button", { name: c.appointments.consultationSection.visit }).click();
    const visit = page.getByRole("dialog", { name: c.appointments.consultationSection.visitTitle });
    await visit.getByRole("combobox", { name: c.appointments.bookTitle }).click();
    const choices = page.getByRole("option").filter({ hasText: room });
    expect(await choices.count()).toBeGreaterThan(0);
    const choiceTexts = await choices.allTextContents();
    const [, holidayMonth, holidayDay] = holiday.date.split("-").map(Number);
    expect(choiceTexts.some((label) => label.startsWith(`${holidayMonth}月${holidayDay}日`))).toBe(false);
    await choices.first().click();
    await visit.getByRole("button", { name: c.appointments.book, exact: true }).click();
    await visit.waitFor({ state: "hidden" });
    const appointments = page.getByRole("region", { name: c.appointments.consultationSection.title });
    await appointments.getByText(room).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // 4. At the visit, the person is registered as a participant with a case, from the consultation.
    await page.getByRole("button", { name: c.register.open }).click();
    const register = page.getByRole("dialog", { name: c.register.title });
    await register.waitFor();
    expect(await labelled(register, ja.support.participants.fields.familyName).inputValue()).toBe(
      person.family,
    );
    await register
      .getByRole("combobox", { name: new RegExp(`^${ja.support.participants.cases.program}`) })
      .click();
    await page.getByRole("option").first().click();
    await register.getByRole("button", { name: c.register.submit }).click();
    await register.getByText(c.register.done).waitFor();
    await page.keyboard.press("Escape");
    const registered = (await (await page.request.get(`/api/consultations/${consultationId}`)).json()) as {
      participantId: string | null;
      caseId: string | null;
    };
    expect(registered.participantId).not.toBeNull();
    expect(registered.caseId).not.toBeNull();

    // 5. Referred to an agency; the person consents at the desk, so the details go with it.
    await page.reload();
    await page.getByRole("heading", { name: r.section.heading }).waitFor();
    await page.getByRole("button", { name: r.section.new }).click();
    const refer = page.getByRole("dialog", { name: r.form.title });
    await refer.getByRole("combobox", { name: new RegExp(`^${r.form.agency}`) }).click();
    await page.getByRole("option", { name: "みなと北ハローワーク", exact: true }).click();
    await labelled(refer, r.form.purpose).fill("就労支援のための情報提供");
    await labelled(refer, r.form.reason).fill("求職登録と職業相談のため");
    await refer.getByText(r.form.consent.none).waitFor();
    await refer.getByRole("combobox", { name: r.form.consentNow.label }).click();
    await page.getByRole("option", { name: r.form.consentNow.verbal, exact: true }).click();
    await refer.getByRole("button", { name: r.form.submit }).click();
    await page.getByText(r.outcome.given).waitFor();

    // 6. The agency's answer is recorded on the referral.
    await settled(page);
    const row = page.getByRole("row").filter({ hasText: "みなと北ハローワーク" }).first();
    expect(await row.textContent()).toContain(r.section.shared);
    await row.getByRole("link").click();
    await page.waitForURL((url) => /^\/consultation\/referrals\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole("combobox", { name: r.page.nextStatus }).click();
    await page.getByRole("option", { name: r.statuses.accepted, exact: true }).click();
    await page.getByRole("button", { name: r.common.save }).click();
    await page.getByText(r.page.saved).waitFor();
    await settled(page);
    await page.getByRole("combobox", { name: r.page.nextStatus }).click();
    await page.getByRole("option", { name: r.statuses.result_received, exact: true }).click();
    await labelled(page.locator("main"), r.page.result).fill("求職登録を済ませ、職業相談を始めた");
    await page.getByRole("button", { name: r.common.save }).click();
    await page.getByText("求職登録を済ませ、職業相談を始めた").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The consultation keeps it all: referred, the visit, the participant and the case.
    const final = (await (await page.request.get(`/api/consultations/${consultationId}`)).json()) as {
      status: string;
      caseId: string | null;
    };
    expect(final).toMatchObject({ status: "referred", caseId: registered.caseId });
    expect(consoleErrors).toEqual([]);
  });
});
