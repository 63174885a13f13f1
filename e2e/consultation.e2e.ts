import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { collectConsoleErrors, field, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const c = ja.consultation;
const pf = ja.support.participants.fields;

/** An input inside a part of the page (the dialog), by its label as `field` finds it. */
function labelled(scope: Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}
// A fictional caller; the phone number differs each run, so an earlier run's record is no duplicate.
const caller = {
  name: "蒼井 柚月",
  kana: "あおい ゆづき",
  // 090-0xxx is not allocated in the numbering plan: the first block starts at 1000.
  phone: `090-${1000 + (Date.now() % 9000)}-${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`,
};

describe("consultation desk", () => {
  const { open } = useBrowser();

  it("records a phone consultation from a new person, finds it, and registers them with a case", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "consultant");

    // The desk's list, from the menu's area.
    await page.goto("/consultation");
    await heading(page, c.list.title);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: c.list.record }).click();
    await heading(page, c.form.newTitle);

    // Phone is the first channel and the consultant is oneself, unless changed.
    expect(await page.getByRole("combobox", { name: c.form.channel }).inputValue()).toBe(c.channels.phone);
    expect(await page.getByRole("combobox", { name: c.form.consultant }).inputValue()).toBe(
      c.form.consultantMe.replace("{{name}}", "高橋 健太"),
    );
    await page.getByRole("combobox", { name: new RegExp(`^${c.form.category}`) }).click();
    await page.getByRole("option", { name: c.fixedCategories.employment, exact: true }).click();
    // A new person is the default kind of caller.
    expect(await page.getByRole("radio", { name: c.personKinds.new_person }).isChecked()).toBe(true);
    await field(page, c.form.name).fill(caller.name);
    await field(page, c.form.nameKana).fill(caller.kana);
    await field(page, c.form.phone).fill(caller.phone);
    await page.getByRole("checkbox", { name: ja.support.concernTopics.job_search }).check();
    await page.getByRole("checkbox", { name: ja.support.concernTopics.income }).check();
    await field(page, c.form.question).fill("仕事を探しているが、何から始めればよいかわからない。");
    await field(page, c.form.answer).fill("来所での面談を案内した。");
    await field(page, c.form.nextAction).fill("来所面談の日程を電話で確認する");
    await field(page, c.form.nextActionOn).fill("2026-12-03");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: c.form.save, exact: true }).click();

    await page.waitForURL((url) => /^\/consultation\/consultations\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByText(c.form.saved).waitFor();
    const id = new URL(page.url()).pathname.split("/").at(-1) ?? "";

    // In the list: found by name, with its status and next action date.
    await page.goto(`/consultation?q=${encodeURIComponent("蒼井")}`);
    await heading(page, c.list.title);
    const row = page.getByRole("row").filter({ hasText: caller.name }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain(c.statuses.open);
    expect(await row.textContent()).toContain("2026-12-03");
    expect(await row.textContent()).toContain(c.channels.phone);
    await row.getByRole("link").click();
    await page.waitForURL((url) => url.pathname === `/consultation/consultations/${id}`);
    await heading(page, c.form.editTitle);

    // Registered as a participant with a case, from the consultation: the profile comes prefilled.
    await page.getByRole("button", { name: c.register.open }).click();
    const dialog = page.getByRole("dialog", { name: c.register.title });
    await dialog.waitFor();
    expect(await labelled(dialog, pf.familyName).inputValue()).toBe("蒼井");
    expect(await labelled(dialog, pf.givenName).inputValue()).toBe("柚月");
    expect(await labelled(dialog, pf.phone).inputValue()).toBe(caller.phone);
    await dialog
      .getByRole("combobox", { name: new RegExp(`^${ja.support.participants.cases.program}`) })
      .click();
    await page.getByRole("option").first().click();
    await dialog.getByRole("button", { name: c.register.submit }).click();
    await dialog.getByText(c.register.done).waitFor();

    const record = (await (await page.request.get(`/api/consultations/${id}`)).json()) as {
      participantId: string | null;
      caseId: string | null;
    };
    expect(record.participantId).not.toBeNull();
    expect(record.caseId).not.toBeNull();
    const participant = await page.request.get(`/api/participants/${record.participantId}`);
    expect(participant.status()).toBe(200);
    await settled(page);
    expect(consoleErrors).toEqual([]);
  });
});
