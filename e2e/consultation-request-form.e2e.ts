import { describe, expect, it } from "vitest";
import { heading, ja, loginAs } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const r = ja.consultation.requests;
const formPath = "/public/consultation-request";
// A fictional person; the name differs each run so this run's request is the one found in the inbox.
const person = `みなと ${String(Date.now() % 100_000).padStart(5, "0")}`;

describe("the public consultation request form", () => {
  const { open } = useBrowser();

  it("is sent in やさしい日本語 with JavaScript off, and the request reaches the desk's inbox", async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.goto(`${formPath}?lang=easy_ja`);
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    expect(await page.locator("h1 ruby").count()).toBeGreaterThan(0);
    await page.locator("#topic-prepare_work").check();
    await page.locator("#name").fill(person);
    await page.locator("#contactMethod-phone").check();
    await page.locator("#phone").fill("090-2222-3333");
    // Holidays are never offered; take the first open day there is.
    const days = page.locator('input[name="preferredDates"]');
    if ((await days.count()) > 0) await days.first().check();
    await page.locator("#message").fill("はたらく まえに れんしゅうを したいです。");
    await page.locator("#privacyConsent").check();
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === `${formPath}/thanks`);
    expect(await page.locator("h1").textContent()).toContain("けました");

    const desk = await open();
    await loginAs(desk.page, "consultant");
    await desk.page.goto("/consultation/requests?status=new");
    await heading(desk.page, r.title);
    await desk.page.getByRole("link", { name: r.open.replace("{{name}}", person) }).click();
    await desk.page.getByRole("heading", { level: 2, name: `${r.detail.heading}：${person}` }).waitFor();
    await desk.page.getByText("090-2222-3333").waitFor();
    expect(await seriousViolations(desk.page)).toEqual([]);
    await desk.page.getByRole("button", { name: r.convert.action }).click();
    await desk.page.getByRole("dialog", { name: r.convert.title }).waitFor();
    await desk.page.getByRole("button", { name: r.convert.submit }).click();
    await desk.page.getByText(r.convert.done).waitFor();
    await desk.page.getByRole("link", { name: r.detail.consultation }).click();
    await desk.page.waitForURL((url) => /^\/consultation\/consultations\/[0-9a-f-]{36}$/.test(url.pathname));
  });

  it("has no serious accessibility violation in ja, easy_ja and en, nor with errors shown", async () => {
    // The page has no script of its own: axe (which runs as a script) measures the same page.
    const { page } = await open();
    for (const language of ["ja", "easy_ja", "en"]) {
      await page.goto(`${formPath}?lang=${language}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(language === "en" ? "en" : "ja");
      expect(await seriousViolations(page), language).toEqual([]);
    }
    await page.goto(`${formPath}?lang=easy_ja`);
    await page.locator("#name").fill("あ".repeat(3));
    await page.locator("#phone").fill("123");
    await page.locator('button[type="submit"]').click();
    await page.locator(".summary").waitFor();
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
