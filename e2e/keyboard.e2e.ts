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

  it("reaches the show-password button by Tab, and shows a 2 px focus ring on each input", async () => {
    const { page } = await open();
    await page.goto("/login");
    await heading(page, ja.login.title);
    /** The outline around the focused input (the password input's box is its wrapper). */
    const focusRing = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement;
        const box = active.closest(".mantine-Input-input") ?? active;
        const style = window.getComputedStyle(box);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
      });

    await field(page, ja.fields.email).focus();
    expect(await focusRing()).toEqual({ style: "solid", width: 2 });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe("password");
    expect(await focusRing()).toEqual({ style: "solid", width: 2 });

    await page.keyboard.type("secret-for-the-eye");
    await page.keyboard.press("Tab");
    const toggle = page.getByRole("button", { name: ja.common.showPassword });
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);
    const outline = await toggle.evaluate((element) => window.getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Space");
    expect(await field(page, ja.fields.password).getAttribute("type")).toBe("text");
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
