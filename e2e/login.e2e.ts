import { describe, expect, inject, it } from "vitest";
import { demoEmail, field, fieldError, heading, ja, pathname } from "./support/app";
import { useBrowser } from "./support/browser";

describe("login", () => {
  const { open } = useBrowser();

  it("sends a visitor to the login page, explains a wrong password in Japanese, then reaches the dashboard", async () => {
    const { page } = await open();
    await page.goto("/");
    await page.waitForURL((url) => url.pathname === "/login");
    expect(new URL(page.url()).searchParams.get("redirect")).toBe("/");
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    await heading(page, ja.login.title);

    // The shared zod schema checks the form before anything is sent; an empty field says so.
    await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
    await page.getByText(ja.validation.required).first().waitFor();
    expect(await fieldError(page, ja.fields.email)).toBe(ja.validation.required);
    expect(await fieldError(page, ja.fields.password)).toBe(ja.validation.required);
    await field(page, ja.fields.email).fill("not-an-email");
    await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
    await page.getByText(ja.validation.invalidEmail).waitFor();

    await field(page, ja.fields.email).fill(demoEmail("admin"));
    await field(page, ja.fields.password).fill("wrong-password-for-e2e");
    await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: ja.errors.LOGIN_FAILED });
    await alert.waitFor();
    expect(pathname(page)).toBe("/login");

    await field(page, ja.fields.password).fill(inject("demoPassword"));
    await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await heading(page, ja.dashboard.title);

    const values = page.getByTestId("stat-value");
    await values.first().waitFor();
    const texts = await values.allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const text of texts) expect(text).toMatch(/^[\d,]+$/);
    // Seven demo accounts, one per role, all active.
    expect(Number(texts[0]?.replace(/,/g, ""))).toBeGreaterThanOrEqual(7);
  });

  it("is sent compressed by the app itself (no proxy needed)", async () => {
    const { page } = await open();
    const scripts: { url: string; encoding: string | undefined }[] = [];
    page.on("response", (response) => {
      if (response.url().includes("/assets/") && response.url().endsWith(".js"))
        scripts.push({ url: response.url(), encoding: response.headers()["content-encoding"] });
    });
    await page.goto("/login");
    await heading(page, ja.login.title);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(["br", "gzip"], script.url).toContain(script.encoding);
  });

  it("comes back to the page that asked for login", async () => {
    const { page } = await open();
    await page.goto("/account");
    await page.waitForURL((url) => url.pathname === "/login");
    await field(page, ja.fields.email).fill(demoEmail("viewer"));
    await field(page, ja.fields.password).fill(inject("demoPassword"));
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/account");
    await heading(page, ja.account.title);
  });
});
