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
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
