import { describe, expect, it } from "vitest";
import { heading, ja, loginAs, mainNav, pathname } from "./support/app";
import { useBrowser } from "./support/browser";

describe("logout", () => {
  const { open } = useBrowser();

  it("ends the session: / goes to login and the back button shows no data", async () => {
    const { page } = await open();
    await loginAs(page, "manager");
    await heading(page, ja.dashboard.title);
    await page.getByTestId("stat-value").first().waitFor();
    await mainNav(page).getByRole("link", { name: ja.areas.admin.title, exact: true }).click();
    await heading(page, ja.admin.title);

    await page.getByRole("button", { name: ja.layout.userMenu }).click();
    await page.getByRole("menuitem", { name: ja.layout.logout }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    await heading(page, ja.login.title);

    expect((await page.request.get("/api/dashboard")).status()).toBe(401);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/login");
    await heading(page, ja.login.title);
    expect(await page.getByTestId("stat-value").count()).toBe(0);
    expect(await page.getByRole("heading", { name: ja.dashboard.title }).count()).toBe(0);

    await page.goto("/");
    await page.waitForURL((url) => url.pathname === "/login");
    expect(pathname(page)).toBe("/login");
    expect(await page.getByTestId("stat-value").count()).toBe(0);
  });
});
