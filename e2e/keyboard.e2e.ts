import { describe, expect, inject, it } from "vitest";
import { field, heading, ja, loginAs } from "./support/app";
import { useBrowser } from "./support/browser";

describe("keyboard", () => {
  const { open } = useBrowser();

  it("reaches the skip link first, jumps to the content, and tabs into the menu", async () => {
    const { page } = await open();
    await loginAs(page, "consultant");
    await page.goto("/");
    await heading(page, ja.dashboard.title);

    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: ja.layout.skipToContent });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);

    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-content");

    // From the top again: header controls, then the links of the main menu.
    await page.goto("/");
    await heading(page, ja.dashboard.title);
    let reachedNav = false;
    for (let step = 0; step < 10 && !reachedNav; step += 1) {
      await page.keyboard.press("Tab");
      reachedNav = await page.evaluate(
        (label) =>
          !!document.activeElement?.closest(`nav[aria-label="${label}"]`) &&
          document.activeElement?.tagName === "A",
        ja.layout.mainNavigation,
      );
    }
    expect(reachedNav).toBe(true);
    // The focused link shows a visible focus ring.
    const outline = await page.evaluate(() => {
      const style = window.getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline.style).not.toBe("none");

    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/consultation");
    await heading(page, ja.areas.consultation.title);
  });

  it("logs in with the keyboard alone", async () => {
    const { page } = await open();
    await page.goto("/login");
    await heading(page, ja.login.title);
    await field(page, ja.fields.email).focus();
    await page.keyboard.type("viewer@demo.otagai.example");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe(
      "password",
    );
    await page.keyboard.type(inject("demoPassword"));
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
    await heading(page, ja.dashboard.title);
  });
});
