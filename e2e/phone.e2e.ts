import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { heading, ja, loginAs, mainNav } from "./support/app";
import { useBrowser } from "./support/browser";

describe("phone (375 × 812)", () => {
  const { open } = useBrowser();

  it("logs in and opens the menu behind the burger", async () => {
    const { page } = await open({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await loginAs(page, "coordinator");
    await heading(page, ja.dashboard.title);

    const link = mainNav(page).getByRole("link", { name: ja.areas.support.title, exact: true });
    expect(await link.isVisible()).toBe(false);

    const burger = page.getByRole("button", { name: ja.layout.openNavigation });
    expect(await burger.getAttribute("aria-expanded")).toBe("false");
    await burger.click();
    await link.waitFor({ state: "visible" });
    expect(
      await page.getByRole("button", { name: ja.layout.closeNavigation }).getAttribute("aria-expanded"),
    ).toBe("true");

    await link.click();
    await page.waitForURL((url) => url.pathname === "/support");
    await heading(page, ja.areas.support.title);
    // Choosing a page closes the menu again.
    await link.waitFor({ state: "hidden" });

    // Nothing is wider than the screen.
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it("shows the user list and the audit trail as cards, every key fact in view", async () => {
    const { page } = await open({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await loginAs(page, "admin");

    await page.goto("/admin/users");
    await heading(page, ja.users.title);
    const users = page.getByRole("list", { name: ja.users.tableCaption });
    const card = users.getByRole("listitem").filter({ hasText: "manager@demo.otagai.example" });
    await card.getByRole("link", { name: "井上 誠", exact: true }).waitFor();
    await card.getByText(ja.roles.manager).waitFor();
    await card.getByText(ja.users.statuses.active, { exact: true }).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await horizontallyClipped(page)).toEqual([]);

    await page.goto("/admin/audit");
    await heading(page, ja.audit.title);
    const events = page.getByRole("list", { name: ja.audit.tableCaption });
    const login = events.getByRole("listitem").filter({ hasText: ja.audit.actions.login }).first();
    await login.getByText("青木 はるか").first().waitFor();
    await login.locator("time").waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await horizontallyClipped(page)).toEqual([]);
  });
});

/** How far the page is wider than the screen (0 or less: no sideways scrolling). */
function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Text in <main> that runs past the right edge of the screen. */
function horizontallyClipped(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("main *"))
      .filter((element) => element.children.length === 0 && (element.textContent ?? "").trim())
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => (element.textContent ?? "").trim().slice(0, 40)),
  );
}
