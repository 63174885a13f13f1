import { describe, expect, it } from "vitest";
import {
  apiPost,
  collectConsoleErrors,
  field,
  fieldError,
  heading,
  ja,
  loginAs,
  settled,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

// Fictional people. The first is registered through the API; the second, typed in the form, has
// the same reading and birth date (another kanji for the given name): a likely duplicate.
const existing = {
  familyName: "榊原",
  givenName: "美緒",
  familyNameKana: "さかきばら",
  givenNameKana: "みお",
  birthDate: "1990-05-12",
};
const typed = { familyName: "榊原", givenName: "澪", familyNameKana: "サカキバラ", givenNameKana: "ミオ" };
const typedName = "榊原 澪";
const p = ja.support.participants;

describe("support: participants", () => {
  const { open } = useBrowser();

  it("registers a near-duplicate with a reason, finds them by katakana and opens their page", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");
    const created = await apiPost(page, "/api/participants", existing);
    expect(created.status()).toBe(201);

    // From the support home to the registration form.
    await page.goto("/support");
    await heading(page, ja.areas.support.title);
    await page.getByRole("link", { name: ja.support.home.participants, exact: true }).click();
    await heading(page, p.title);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: p.newParticipant }).click();
    await heading(page, p.createTitle);

    await field(page, p.fields.familyName).fill(typed.familyName);
    await field(page, p.fields.givenName).fill(typed.givenName);
    await field(page, p.fields.familyNameKana).fill(typed.familyNameKana);
    await field(page, p.fields.givenNameKana).fill(typed.givenNameKana);
    await field(page, p.fields.birthDate).fill(existing.birthDate);
    // 和暦 and the age beside the date of birth.
    await page.getByText(/平成2年5月12日・\d+歳/).waitFor();

    // The likely duplicate appears as the form is filled, with why it looks alike and a link to it.
    const warning = page.getByRole("region", { name: p.duplicates.heading });
    await warning.getByText(p.duplicates.reasons.sameReadingAndBirthDate).waitFor();
    await warning.getByRole("link", { name: p.duplicates.open.replace("{{name}}", "榊原 美緒") }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Saving without a reason is refused in the browser, on the reason's field.
    await page.getByRole("button", { name: p.create, exact: true }).click();
    await page.getByText(ja.validation.required).first().waitFor();
    expect(await fieldError(page, p.duplicates.reasonLabel)).toBe(ja.validation.required);
    expect(
      await field(page, p.duplicates.reasonLabel).evaluate((input) => input === document.activeElement),
    ).toBe(true);

    await field(page, p.duplicates.reasonLabel).fill("本人に確認。生年月日が同じ別人（漢字も違う）。");
    await page.getByRole("button", { name: p.create, exact: true }).click();
    await page.waitForURL((url) => /^\/support\/participants\/[0-9a-f-]{36}$/.test(url.pathname));
    await heading(page, typedName);
    await page.getByText(p.created).waitFor();
    const detailPath = new URL(page.url()).pathname;
    // The reading as typed (kana kept in its script), under the name.
    await page.getByText("サカキバラ ミオ", { exact: true }).waitFor();
    await page.getByText(/1990\/05\/12（平成2年5月12日）/).waitFor();

    // The list finds them by katakana, in either person's record.
    await page.getByRole("link", { name: p.backToList }).click();
    await heading(page, p.title);
    await page.getByLabel(p.searchLabel).fill("サカキバラ");
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: typedName, exact: true }).waitFor();
    await page.getByRole("link", { name: "榊原 美緒", exact: true }).waitFor();
    await page.getByRole("link", { name: typedName, exact: true }).click();
    await page.waitForURL((url) => url.pathname === detailPath);
    await heading(page, typedName);

    // The page: a coordinator sees the sensitive section's card, but not its content until asked.
    const sensitive = page.getByRole("region", { name: p.sensitive.title });
    await sensitive.getByRole("button", { name: p.sensitive.show }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("adds a support record to the timeline and edits it", async () => {
    const { page } = await open();
    await loginAs(page, "coordinator");
    const created = await apiPost(page, "/api/participants", {
      familyName: "氷室",
      givenName: "朔",
      familyNameKana: "ひむろ",
      givenNameKana: "さく",
      birthDate: "1997-11-03",
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/support/participants/${id}`);
    await heading(page, "氷室 朔");

    const timeline = page.getByRole("region", { name: p.timeline.title });
    await timeline.getByText(p.timeline.empty).waitFor();
    await timeline.getByRole("button", { name: p.timeline.add }).click();
    await field(page, p.timeline.minutes).fill("45");
    await field(page, p.timeline.notes).fill("初回面談。生活リズムについて聞き取り。");
    await timeline.getByRole("button", { name: p.timeline.add, exact: true }).click();
    await timeline.getByText(p.timeline.added).waitFor();
    await timeline.getByText("初回面談。生活リズムについて聞き取り。").waitFor();
    await timeline.getByText(p.timeline.minutesValue.replace("{{minutes}}", "45")).waitFor();

    await timeline.getByRole("button", { name: new RegExp(`^${p.timeline.edit}`) }).click();
    await field(page, p.timeline.notes).fill("初回面談。生活リズムと通院について聞き取り。");
    await timeline.getByRole("button", { name: ja.common.save, exact: true }).click();
    await timeline.getByText(p.timeline.updated).waitFor();
    await timeline.getByText("初回面談。生活リズムと通院について聞き取り。").waitFor();
  });

  it("shows no sensitive section to a role without its permission", async () => {
    const { page } = await open();
    await loginAs(page, "coordinator");
    const created = await apiPost(page, "/api/participants", {
      familyName: "御手洗",
      familyNameKana: "みたらい",
      birthDate: "1985-02-20",
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // A viewer (監事) reads participants but not the sensitive section.
    const other = await open();
    await loginAs(other.page, "viewer");
    await other.page.goto(`/support/participants/${id}`);
    await heading(other.page, "御手洗");
    await settled(other.page);
    expect(await other.page.getByRole("region", { name: p.sensitive.title }).count()).toBe(0);
    expect(await other.page.getByRole("button", { name: p.edit, exact: true }).count()).toBe(0);
    const api = await other.page.request.get(`/api/participants/${id}/sensitive`);
    expect(api.status()).toBe(403);
  });

  it("records and withdraws a consent, keeps the sensitive section behind a button, opens a case", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");
    const created = await apiPost(page, "/api/participants", {
      familyName: "東雲",
      givenName: "凛",
      familyNameKana: "しののめ",
      givenNameKana: "りん",
      birthDate: "2001-08-30",
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`/support/participants/${id}`);
    await heading(page, "東雲 凛");

    const consents = page.getByRole("region", { name: p.consents.title });
    await consents.getByRole("button", { name: p.consents.add }).click();
    await field(page, p.consents.purpose).fill("関係機関との情報共有");
    await field(page, p.consents.agency).fill("横浜市 生活支援課");
    await consents.getByRole("button", { name: p.consents.add, exact: true }).click();
    await consents.getByText(p.consents.added).waitFor();
    await consents.getByText(p.consents.active, { exact: true }).waitFor();
    await consents.getByRole("button", { name: `${p.consents.withdraw}: 関係機関との情報共有` }).click();
    await consents.getByRole("button", { name: p.consents.withdrawSubmit }).click();
    await consents.getByText(p.consents.withdrawn).waitFor();
    expect(await consents.getByText(p.consents.active, { exact: true }).count()).toBe(0);

    // The sensitive section is read only when asked (each view is audited), then edited.
    const sensitive = page.getByRole("region", { name: p.sensitive.title });
    expect(await sensitive.getByText(p.sensitive.empty).count()).toBe(0);
    await sensitive.getByRole("button", { name: p.sensitive.show }).click();
    await sensitive.getByText(p.sensitive.empty).waitFor();
    await sensitive.getByRole("button", { name: p.sensitive.edit }).click();
    await field(page, p.sensitive.fields.health).fill("通院中（月1回）。");
    await sensitive.getByRole("checkbox", { name: p.sensitive.benefits.public_assistance }).check();
    await sensitive.getByRole("button", { name: p.sensitive.save, exact: true }).click();
    await sensitive.getByText(p.sensitive.saved).waitFor();
    await sensitive.getByText("通院中（月1回）。").waitFor();
    await sensitive.getByRole("button", { name: p.sensitive.hide }).click();
    expect(await sensitive.getByText("通院中（月1回）。").count()).toBe(0);

    // Open a case in one of the coordinator's programs: the case page follows.
    const cases = page.getByRole("region", { name: p.cases.title });
    await cases.getByText(p.cases.empty).waitFor();
    await cases.getByRole("button", { name: p.cases.open }).click();
    await page.getByRole("combobox", { name: p.cases.program, exact: true }).click();
    await page.getByRole("option").first().click();
    await cases.getByRole("button", { name: p.cases.openCase, exact: true }).click();
    await page.waitForURL((url) => /^\/support\/cases\/[0-9a-f-]{36}$/.test(url.pathname));
    expect(consoleErrors).toEqual([]);
  });

  it("exports the filtered list to Excel, and keeps an editor's changes when someone saved first", async () => {
    const { context, page } = await open();
    await loginAs(page, "coordinator");
    const created = await apiPost(page, "/api/participants", {
      familyName: "小鳥遊",
      givenName: "葵",
      familyNameKana: "たかなし",
      givenNameKana: "あおい",
      birthDate: "1979-01-15",
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await page.goto("/support/participants?q=たかなし");
    await page.getByRole("link", { name: "小鳥遊 葵", exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: p.export }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // Two tabs edit the same person; the second saves first.
    const path = `/support/participants/${id}`;
    await page.goto(path);
    await heading(page, "小鳥遊 葵");
    await page.getByRole("button", { name: p.edit, exact: true }).click();
    const second = await context.newPage();
    await second.goto(path);
    await heading(second, "小鳥遊 葵");
    await second.getByRole("button", { name: p.edit, exact: true }).click();
    await field(second, p.fields.phone).fill("045-123-4567");
    await second.getByRole("button", { name: ja.common.save, exact: true }).click();
    await second.getByText(p.saved).waitFor();

    await field(page, p.fields.nationality).fill("日本");
    await page.getByRole("button", { name: ja.common.save, exact: true }).click();
    const conflict = page.getByRole("alert").filter({ hasText: p.staleTitle });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(ja.errors.STALE_UPDATE);
    await conflict.getByRole("button", { name: p.reloadLatest }).click();
    await page.getByText(p.staleReapplied).waitFor();
    // The other person's change is loaded, this person's is still in the form.
    expect(await field(page, p.fields.phone).inputValue()).toBe("045-123-4567");
    expect(await field(page, p.fields.nationality).inputValue()).toBe("日本");
    await page.getByRole("button", { name: ja.common.save, exact: true }).click();
    await page.getByText(p.saved).waitFor();
    await second.close();
  });
});
