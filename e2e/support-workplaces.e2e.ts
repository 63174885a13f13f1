import { toWareki } from "@otagai/shared/japanese/era";
import { describe, expect, it } from "vitest";
import {
  apiPost,
  collectConsoleErrors,
  field,
  fieldError,
  heading,
  ja,
  loginAs,
  pathname,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const w = ja.support.workplaces;
const c = w.certifications;

/** A day `days` from today in Japan, "YYYY-MM-DD". */
function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(
    new Date(Date.now() + days * 24 * 60 * 60 * 1000),
  );
}

/** "2026/09/30（令和8年9月30日）": how the Japanese pages write a date. */
function japaneseDate(iso: string): string {
  return `${iso.replaceAll("-", "/")}（${toWareki(iso)}）`;
}

// Fictional workplaces. The first is typed in the form; the others are registered through the API.
const kitchen = { name: "木漏れ日キッチン", kana: "こもれびきっちん" };

describe("support: partner workplaces", () => {
  const { open } = useBrowser();

  it("registers a workplace, finds it by katakana, adds its certification and sees the reminder", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");

    // From the support home to the list and the registration form.
    await page.goto("/support");
    await heading(page, ja.areas.support.title);
    await page.getByRole("link", { name: w.title, exact: true }).click();
    await heading(page, w.title);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: w.newWorkplace }).click();
    await heading(page, w.createTitle);

    // A reading in romaji is refused on its field, in Japanese.
    await field(page, w.fields.name).fill(kitchen.name);
    await field(page, w.fields.nameKana).fill("komorebi kitchen");
    await page.getByRole("button", { name: w.create, exact: true }).click();
    await page.getByText(ja.validation.kanaReading).waitFor();
    expect(await fieldError(page, w.fields.nameKana)).toBe(ja.validation.kanaReading);
    await field(page, w.fields.nameKana).fill(kitchen.kana);

    // The postal code finds the address and the area.
    await field(page, ja.postalCode.label).fill("221-0822");
    await page.getByRole("button", { name: ja.postalCode.lookupLabel }).click();
    await page.getByText(ja.postalCode.filled).waitFor();
    expect(await field(page, w.fields.address).inputValue()).toBe("神奈川県横浜市神奈川区西神奈川");
    expect(await field(page, w.fields.area).inputValue()).toBe("横浜市神奈川区");
    await field(page, w.fields.address).fill("神奈川県横浜市神奈川区西神奈川1-2-3");
    await field(page, w.fields.contactName).fill("森田 千景");
    await field(page, w.fields.contactPhone).fill("045-555-0123");

    await page.getByRole("checkbox", { name: w.workKinds.cafe, exact: true }).check();
    await page.getByRole("checkbox", { name: w.workKinds.food, exact: true }).check();
    await field(page, w.fields.workDescription).fill("仕込み、盛り付け、店内の清掃");
    for (const day of [w.weekdaysLong.mon, w.weekdaysLong.wed, w.weekdaysLong.fri]) {
      await page.getByRole("checkbox", { name: day, exact: true }).check();
    }
    await field(page, w.fields.hoursFrom).fill("10:00");
    await field(page, w.fields.hoursTo).fill("15:00");
    await field(page, w.fields.traineeCapacity).fill("2");
    await page.getByRole("checkbox", { name: w.supportFeatures.quietRoom, exact: true }).check();
    await page.getByRole("checkbox", { name: w.supportFeatures.writtenInstructions, exact: true }).check();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: w.create, exact: true }).click();
    await page.waitForURL((url) => /^\/support\/workplaces\/[0-9a-f-]{36}$/.test(url.pathname));
    await heading(page, kitchen.name);
    await page.getByText(w.created).waitFor();
    const detailPath = pathname(page);
    const profile = page.getByRole("region", { name: w.profile });
    await profile.getByText("月・水・金 10:00〜15:00").waitFor();
    await profile.getByText(w.supportFeatures.quietRoom).waitFor();

    // The list finds it by katakana (the reading was typed in hiragana).
    await page.getByRole("link", { name: w.backToList }).click();
    await heading(page, w.title);
    await field(page, w.searchLabel).fill("コモレビ");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === "コモレビ");
    const row = page.getByRole("row").filter({ hasText: kitchen.name });
    await row.getByText(w.values.notCertified).waitFor();
    await row.getByText("横浜市神奈川区").waitFor();
    await page.getByRole("link", { name: kitchen.name, exact: true }).click();
    await page.waitForURL((url) => url.pathname === detailPath);
    await heading(page, kitchen.name);

    // A certification for both types, ending within the 60 days of the reminder.
    const validFrom = dayFromToday(-300);
    const validUntil = dayFromToday(40);
    const certifications = page.getByRole("region", { name: c.title });
    await certifications.getByText(c.none).waitFor();
    await certifications.getByRole("button", { name: c.add }).click();
    const dialog = page.getByRole("dialog", { name: c.addTitle });
    await dialog.waitFor();
    await dialog.getByRole("radio", { name: c.authorities.mayor }).check();
    await field(page, c.fields.authorityName).fill("横浜市長");
    await field(page, c.fields.number).fill("横浜市認定第E2E-101号");
    await dialog.getByRole("checkbox", { name: c.employmentTypes.employed, exact: true }).check();
    await dialog.getByRole("checkbox", { name: c.employmentTypes.nonEmployed, exact: true }).check();
    await field(page, c.fields.validFrom).fill(validFrom);
    await field(page, c.fields.validUntil).fill(validUntil);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await certifications.getByText(c.added).waitFor();

    const card = certifications.getByRole("listitem").filter({ hasText: "横浜市認定第E2E-101号" });
    await card.getByText(c.current, { exact: true }).waitFor();
    await card.getByText(c.employmentTypes.employed, { exact: true }).waitFor();
    await card.getByText(c.employmentTypes.nonEmployed, { exact: true }).waitFor();
    await card
      .getByText(
        c.period.replace("{{from}}", japaneseDate(validFrom)).replace("{{until}}", japaneseDate(validUntil)),
      )
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The list now shows it as certified until that day.
    await page.goto("/support/workplaces?q=こもれび");
    await page
      .getByRole("row")
      .filter({ hasText: kitchen.name })
      .getByText(w.values.until.replace("{{date}}", japaneseDate(validUntil)))
      .waitFor();

    // The dashboard's today list reminds the coordinator, linking to the workplace.
    await page.goto("/");
    await heading(page, ja.dashboard.title);
    const today = page.getByRole("region", { name: ja.dashboard.today.title });
    const reminders = today.getByRole("region", {
      name: new RegExp(`^${ja.dashboard.today.kinds.support.certificationExpiring.title}`),
    });
    const reminder = reminders.getByRole("link", { name: new RegExp(`^${kitchen.name}：`) });
    await reminder.waitFor();
    await reminder.click();
    await page.waitForURL((url) => url.pathname === detailPath);
    await heading(page, kitchen.name);
    expect(consoleErrors).toEqual([]);
  });

  it("shows the list as cards on a phone", async () => {
    const { page } = await open({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await loginAs(page, "coordinator");
    const created = await apiPost(page, "/api/workplaces", {
      name: "ひだまり農園",
      nameKana: "ひだまりのうえん",
      area: "横浜市都筑区",
      workKinds: ["agriculture"],
      workDays: ["tue", "thu"],
      hoursFrom: "09:00",
      hoursTo: "12:00",
      traineeCapacity: 3,
      supportFeatures: ["shortHours"],
    });
    expect(created.status()).toBe(201);

    await page.goto("/support/workplaces?q=ヒダマリ");
    await heading(page, w.title);
    const cards = page.getByRole("list", { name: w.tableCaption });
    const card = cards.getByRole("listitem").filter({ hasText: "ひだまり農園" });
    await card.getByRole("link", { name: "ひだまり農園", exact: true }).waitFor();
    await card.getByText(w.workKinds.agriculture).waitFor();
    await card.getByText(w.supportFeatures.shortHours).waitFor();
    await card.getByText(w.statuses.active, { exact: true }).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("keeps an editor's changes when someone saved first, and deletes a certification after asking", async () => {
    const { context, page } = await open();
    await loginAs(page, "coordinator");
    const created = await apiPost(page, "/api/workplaces", {
      name: "さざなみ清掃",
      nameKana: "さざなみせいそう",
      workKinds: ["cleaning"],
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const certified = await apiPost(page, `/api/workplaces/${id}/certifications`, {
      authority: "governor",
      authorityName: "神奈川県知事",
      number: "神奈川県第E2E-202号",
      employmentTypes: ["nonEmployed"],
      validFrom: dayFromToday(-800),
      validUntil: dayFromToday(-70),
    });
    expect(certified.status()).toBe(201);

    // Two tabs edit the same workplace; the second saves first.
    const path = `/support/workplaces/${id}`;
    await page.goto(path);
    await heading(page, "さざなみ清掃");
    await page.getByRole("button", { name: w.edit, exact: true }).click();
    const second = await context.newPage();
    await second.goto(path);
    await heading(second, "さざなみ清掃");
    await second.getByRole("button", { name: w.edit, exact: true }).click();
    await field(second, w.fields.contactName).fill("波多野 蓮");
    await second.getByRole("button", { name: ja.common.save, exact: true }).click();
    await second.getByText(w.saved).waitFor();

    await field(page, w.fields.traineeCapacity).fill("4");
    await page.getByRole("button", { name: ja.common.save, exact: true }).click();
    const conflict = page.getByRole("alert").filter({ hasText: w.staleTitle });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(ja.errors.STALE_UPDATE);
    await conflict.getByRole("button", { name: w.reloadLatest }).click();
    await page.getByText(w.staleReapplied).waitFor();
    expect(await field(page, w.fields.contactName).inputValue()).toBe("波多野 蓮");
    expect(await field(page, w.fields.traineeCapacity).inputValue()).toBe("4");
    await page.getByRole("button", { name: ja.common.save, exact: true }).click();
    await page.getByText(w.saved).waitFor();
    await page
      .getByRole("region", { name: w.profile })
      .getByText(w.values.capacity.replace("{{count}}", "4"))
      .waitFor();
    await second.close();

    // The lapsed certification says so, and goes only after the question is answered.
    const certifications = page.getByRole("region", { name: c.title });
    const card = certifications.getByRole("listitem").filter({ hasText: "神奈川県第E2E-202号" });
    await card.getByText(c.expired, { exact: true }).waitFor();
    await card.getByRole("button", { name: c.deleteOf.replace("{{number}}", "神奈川県第E2E-202号") }).click();
    const question = page.getByRole("dialog", { name: c.deleteTitle });
    await question.getByRole("button", { name: c.delete, exact: true }).click();
    await certifications.getByText(c.deleted).waitFor();
    await certifications.getByText(c.none).waitFor();
  });

  it("lets a viewer read the workplaces but not register or change them", async () => {
    const coordinator = await open();
    await loginAs(coordinator.page, "coordinator");
    const created = await apiPost(coordinator.page, "/api/workplaces", {
      name: "あおぞら工房",
      nameKana: "あおぞらこうぼう",
      workKinds: ["manufacturing"],
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const { page } = await open();
    await loginAs(page, "viewer");
    await page.goto("/support/workplaces?q=あおぞら");
    await heading(page, w.title);
    await page.getByRole("link", { name: "あおぞら工房", exact: true }).waitFor();
    expect(await page.getByRole("link", { name: w.newWorkplace }).count()).toBe(0);

    await page.getByRole("link", { name: "あおぞら工房", exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/support/workplaces/${id}`);
    await heading(page, "あおぞら工房");
    await page.getByRole("region", { name: c.title }).getByText(c.none).waitFor();
    expect(await page.getByRole("button", { name: w.edit, exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: c.add }).count()).toBe(0);
  });
});
