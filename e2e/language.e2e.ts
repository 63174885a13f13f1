import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost, en, field, heading, ja, loginAs, loginWith, mainNav } from "./support/app";
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

  it("keeps the language chosen on the login page after login, and saves it to the account", async () => {
    // An account of our own, saved in Japanese: the demo accounts' languages are other journeys'.
    const email = `e2e-language-${Date.now().toString(36)}@example.org`;
    const password = "e2e-Kaki-passphrase-2290";
    const admin = await open();
    await loginAs(admin.page, "admin");
    const created = await apiPost(admin.page, "/api/users", {
      email,
      displayName: "松井 ひかる",
      displayNameKana: "まつい ひかる",
      role: "staff",
      locale: "ja",
      password,
    });
    expect(created.status()).toBe(201);

    const { page } = await open();
    await page.goto("/login");
    await page.locator("label").filter({ hasText: "English" }).click();
    await heading(page, en.login.title);
    await field(page, en.fields.email).fill(email);
    await field(page, en.fields.password).fill(password);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
    await heading(page, en.dashboard.title);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    // Saved: another browser, whose login page is in Japanese, opens the account in English.
    const other = await open();
    await loginWith(other.page, email, password);
    await heading(other.page, en.dashboard.title);
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

  it("loads only the language shown, and a page's own strings anew when the language changes on it", async () => {
    // A manager of our own (the user list, read-only), so that the saved language leaks into no other journey.
    const admin = await open();
    await loginAs(admin.page, "admin");
    const { csrfToken } = (await (await admin.page.request.get("/api/auth/session")).json()) as {
      csrfToken: string;
    };
    const email = `e2e-language-${Date.now().toString(36)}@example.org`;
    const password = "e2e-Hinoki-passphrase-3390";
    const created = await admin.page.request.post("/api/users", {
      headers: { "x-csrf-token": csrfToken },
      data: { email, displayName: "森 楓", displayNameKana: "もり かえで", role: "manager", password },
    });
    expect(created.status()).toBe(201);

    const { page } = await open();
    const scripts: string[] = [];
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith(".js")) scripts.push(path);
    });
    // Chunks are named after their module: assets/ja-<hash>.js is the Japanese core, users.en-… the user pages' English.
    const loaded = (chunk: string) =>
      scripts.some((path) => new RegExp(`^/assets/${chunk.replace(".", "\\.")}-[\\w-]+\\.js$`).test(path));

    await page.goto("/login");
    await heading(page, ja.login.title);
    expect([loaded("ja"), loaded("en")]).toEqual([true, false]);

    await field(page, ja.fields.email).fill(email);
    await field(page, ja.fields.password).fill(password);
    await page.keyboard.press("Enter");
    await heading(page, ja.dashboard.title);
    await page.goto("/admin/users");
    await heading(page, ja.users.title);
    expect([loaded("users.ja"), loaded("users.en"), loaded("audit.ja")]).toEqual([true, false, false]);

    await chooseLanguage(page, ja.layout.userMenu, "English");
    await heading(page, en.users.title);
    expect([loaded("en"), loaded("users.en")]).toEqual([true, true]);
    expect(await page.title()).toBe(`${en.users.title} | ${en.app.name}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
  });
});
