import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en, field, heading, ja, loginAs, mainNav } from "./support/app";
import { useBrowser } from "./support/browser";

async function chooseLanguage(page: Page, userMenuLabel: string, language: string) {
  await page.getByRole("button", { name: userMenuLabel }).click();
  await page.getByRole("menuitem", { name: language }).click();
}

describe("language switch", () => {
  const { open } = useBrowser();

  it("switches the whole UI from Japanese to English and back, and remembers the choice", async () => {
    const { page } = await open();
    // Office staff: a role of its own, so the saved language does not leak into other journeys.
    await loginAs(page, "staff");
    await heading(page, ja.dashboard.title);
    await mainNav(page).getByRole("link", { name: ja.areas.community.title, exact: true }).waitFor();

    await chooseLanguage(page, ja.layout.userMenu, "English");
    await heading(page, en.dashboard.title);
    const nav = mainNav(page, en.layout.mainNavigation);
    await nav.getByRole("link", { name: en.areas.community.title, exact: true }).waitFor();
    await nav.getByRole("link", { name: en.areas.recycling.title, exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    // Saved to the account: a reload comes back in English.
    await page.reload();
    await heading(page, en.dashboard.title);

    await chooseLanguage(page, en.layout.userMenu, "日本語");
    await heading(page, ja.dashboard.title);
    await mainNav(page).getByRole("link", { name: ja.areas.community.title, exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
  });

  it("offers the language on the login page too", async () => {
    const { page } = await open();
    await page.goto("/login");
    await heading(page, ja.login.title);
    await page.locator("label").filter({ hasText: "English" }).click();
    await heading(page, en.login.title);
    await field(page, en.fields.email).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    // Remembered in this browser for the next visit to the login page.
    await page.reload();
    await heading(page, en.login.title);
    await page.locator("label").filter({ hasText: "日本語" }).click();
    await heading(page, ja.login.title);
  });
});
