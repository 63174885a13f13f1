import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  apiPost,
  chooseOption,
  collectConsoleErrors,
  fieldError,
  fieldLabel,
  heading,
  ja,
  loginAs,
  loginWith,
  mainNav,
  settled,
  text,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { addDays, todayInJapan } from "./support/dates";

const p = ja.support.placements;

/** How far the page is wider than the screen (0 or less: no horizontal scroll). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const suffix = Date.now().toString(36);
// Fictional: a bakery run as a worker collective, taking trainees.
const workplace = {
  name: `ワーカーズ・コレクティブ こむぎ堂 ${suffix}`,
  nameKana: "わーかーずこれくてぃぶこむぎどう",
};
const partner = {
  email: `e2e-partner-${suffix}@example.org`,
  displayName: "岡田 みのり",
  displayNameKana: "おかだ みのり",
  password: "e2e-Komugi-passphrase-4471",
};

/**
 * An active case of the demo coordinator's programs, and a start date that overlaps none of its
 * participant's placements (the demo data may have placed them already): today, or after the last.
 */
async function activeCaseAndFreeStart(page: Page) {
  const cases = (await (await page.request.get("/api/cases?status=active&pageSize=50")).json()) as {
    items: { id: string; participantName: string }[];
  };
  const candidate = cases.items[0];
  if (!candidate) throw new Error("no active case in the demo data");
  const placements = (await (await page.request.get(`/api/cases/${candidate.id}/placements`)).json()) as {
    items: { endOn: string }[];
  };
  let startOn = todayInJapan();
  for (const placement of placements.items) {
    // The whole planned period counts, even for one that ended early.
    if (placement.endOn >= startOn) startOn = addDays(placement.endOn, 1);
  }
  return { supportCase: candidate, startOn, first: placements.items.length === 0 };
}

describe("support: work-experience placements and the partner portal", () => {
  const { open } = useBrowser();

  it("registers a placement on a case, opens its page, and shows it to the workplace's partner on a phone", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");
    const created = await apiPost(page, "/api/workplaces", workplace);
    expect(created.status(), await created.text()).toBe(201);
    const workplaceId = ((await created.json()) as { id: string }).id;
    const { supportCase, startOn, first } = await activeCaseAndFreeStart(page);

    await page.goto(`/support/cases/${supportCase.id}`);
    await heading(page, text(ja.support.cases.ui.page.title, { name: supportCase.participantName }));
    const section = page.getByRole("region", { name: p.title });
    if (first) await section.getByText(p.none).waitFor();

    // The dialog: an empty save names the missing fields; then the placement, on Mon/Wed/Fri.
    await section.getByRole("button", { name: p.add, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: p.addTitle });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();
    await dialog.getByText(ja.validation.required).first().waitFor();
    await chooseOption(page, dialog, p.fields.workplace, workplace.name);
    await dialog.getByLabel(fieldLabel(p.fields.startOn)).fill(startOn);
    await dialog.getByLabel(fieldLabel(p.fields.termCount)).fill("2");
    for (const day of ["mon", "wed", "fri"] as const)
      await dialog.getByRole("checkbox", { name: ja.support.workplaces.weekdaysLong[day] }).check();
    await dialog.getByLabel(fieldLabel(p.fields.hoursFrom)).fill("09:30");
    await dialog.getByLabel(fieldLabel(p.fields.hoursTo)).fill("14:00");
    await dialog.getByLabel(fieldLabel(p.fields.tasks)).fill("パンの袋詰めと店頭の清掃");
    await dialog.getByLabel(fieldLabel(p.fields.supervisorName)).fill("石田 さやか");
    await dialog
      .getByLabel(fieldLabel(p.fields.guidanceNotes))
      .fill("初めは午前中だけ。指示は紙に書いて渡してください。");
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();

    // The placement's own page, with the case's name, the 和暦 period, and the way to start it.
    await page.waitForURL((url) => url.pathname.startsWith("/support/placements/"));
    const placementId = new URL(page.url()).pathname.split("/").pop() as string;
    await heading(page, text(p.pageTitle, { name: supportCase.participantName, workplace: workplace.name }));
    await page.getByRole("status").filter({ hasText: p.added }).waitFor();
    const details = page.getByRole("region", { name: p.details });
    await details.getByText(p.statuses.planned, { exact: true }).waitFor();
    expect(await details.textContent()).toMatch(/令和\d+年/);
    await details.getByRole("button", { name: p.moveTo.ongoing, exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Edited in place: the supervisor changes, the page says so.
    await details.getByRole("button", { name: p.edit, exact: true }).click();
    await details.getByLabel(fieldLabel(p.fields.supervisorName)).fill("石田 さやか（店長）");
    await details.getByRole("button", { name: ja.common.save, exact: true }).click();
    await page.getByRole("status").filter({ hasText: p.saved }).waitFor();
    await details.getByText("石田 さやか（店長）", { exact: true }).waitFor();

    // Ending early asks why.
    await details.getByRole("button", { name: p.moveTo.ended_early, exact: true }).click();
    const ending = page.getByRole("dialog", { name: p.moveTo.ended_early });
    await ending.getByRole("button", { name: p.moveTo.ended_early, exact: true }).click();
    await ending.getByText(ja.validation.required).waitFor();
    await ending.getByRole("button", { name: ja.common.cancel, exact: true }).click();
    await ending.waitFor({ state: "hidden" });

    // Back on the case, the card lists it.
    await page.getByRole("link", { name: p.backToCase }).click();
    await section.getByRole("heading", { name: workplace.name }).waitFor();

    // A second placement over the same period: the server's refusal under the start date.
    await section.getByRole("button", { name: p.add, exact: true }).click();
    await dialog.waitFor();
    await chooseOption(page, dialog, p.fields.workplace, workplace.name);
    await dialog.getByLabel(fieldLabel(p.fields.startOn)).fill(startOn);
    await dialog.getByRole("checkbox", { name: ja.support.workplaces.weekdaysLong.tue }).check();
    await dialog.getByLabel(fieldLabel(p.fields.hoursFrom)).fill("10:00");
    await dialog.getByLabel(fieldLabel(p.fields.hoursTo)).fill("12:00");
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();
    const overlaps = (ja.validation.placementOverlaps as string).split("（")[0] as string;
    await expect.poll(() => fieldError(page, p.fields.startOn)).toContain(overlaps);
    await dialog.getByRole("button", { name: ja.common.cancel, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(consoleErrors).toEqual([]);

    // The workplace's partner: an account of their own, made by the administrator.
    const admin = await open();
    await loginAs(admin.page, "admin");
    const account = await apiPost(admin.page, "/api/users", { ...partner, role: "partner", workplaceId });
    expect(account.status(), await account.text()).toBe(201);

    const phone = await open({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const phoneErrors = collectConsoleErrors(phone.page);
    await loginWith(phone.page, partner.email, partner.password);
    await phone.page.waitForURL((url) => url.pathname === "/portal");
    await heading(phone.page, p.portal.title);
    const list = phone.page.getByRole("list", { name: p.portal.listLabel });
    const card = list.getByRole("listitem").filter({ hasText: supportCase.participantName });
    await card.getByText(p.statuses.planned, { exact: true }).waitFor();
    expect(await overflow(phone.page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone.page)).toEqual([]);

    // Navigation holds the portal and nothing of the office.
    await phone.page.getByRole("button", { name: ja.layout.openNavigation }).click();
    const links = mainNav(phone.page).getByRole("link");
    await links.first().waitFor();
    expect(await links.allTextContents()).toEqual([ja.areas.portal.title]);
    await phone.page.getByRole("button", { name: ja.layout.closeNavigation }).click();

    await card.getByRole("link", { name: supportCase.participantName }).click();
    await phone.page.waitForURL((url) => url.pathname === `/portal/placements/${placementId}`);
    await heading(phone.page, text(p.portal.placementTitle, { name: supportCase.participantName }));
    await phone.page.getByText("指示は紙に書いて渡してください。", { exact: false }).waitFor();
    await settled(phone.page);
    expect(await overflow(phone.page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(phone.page)).toEqual([]);

    await phone.page.goto("/portal/day-sheet");
    await heading(phone.page, p.portal.daySheetTitle);
    await settled(phone.page);
    expect(await seriousViolations(phone.page)).toEqual([]);

    // The office's pages are not the partner's: the placement's staff page answers "no permission".
    await phone.page.goto(`/support/placements/${placementId}`);
    await heading(phone.page, ja.common.noPermissionTitle);
    expect(phoneErrors).toEqual([]);
  });
});
