import { describe, expect, it } from "vitest";
import { apiPost, collectConsoleErrors, field, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const s = ja.consultation.startup;

/** A day counted from today in Japan, "YYYY-MM-DD". */
function japanDay(offset: number): string {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

describe("start-up and grants information", () => {
  const { open } = useBrowser();

  it("adds a grant, sees it on the today list when it closes in 10 days, and links it to a 起業相談", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "consultant");
    // A fictional grant; its title differs each run.
    const title = `まちの居場所づくり助成（架空）${Date.now() % 100_000}`;

    // The directory, from the desk's list.
    await page.goto("/consultation");
    await heading(page, ja.consultation.list.title);
    await page.getByRole("link", { name: s.open }).click();
    await heading(page, s.title);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: s.add }).click();
    await heading(page, s.newTitle);

    await field(page, s.fields.title).fill(title);
    await field(page, s.fields.provider).fill("みなと市民基金（架空）");
    await field(page, s.fields.amount).fill("上限20万円");
    await field(page, s.fields.windowOpensOn).fill(japanDay(-5));
    await field(page, s.fields.windowClosesOn).fill(japanDay(10));
    // Not https: refused next to the field before anything is sent.
    await field(page, s.fields.url).fill("http://example.org/grant");
    await page.getByRole("button", { name: s.save, exact: true }).click();
    await page.getByText(ja.validation.httpsUrl).waitFor();
    await field(page, s.fields.url).fill("https://example.org/grant");
    const tags = page.getByRole("combobox", { name: s.fields.tags });
    await tags.fill("居場所");
    await tags.press("Enter");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: s.save, exact: true }).click();
    await page.waitForURL((url) => /^\/consultation\/startup\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByText(s.saved).waitFor();
    await heading(page, title);

    // On the dashboard's today list: its window closes within 30 days.
    await page.goto("/");
    await heading(page, ja.dashboard.title);
    const today = page.getByRole("region", { name: ja.dashboard.today.title });
    const closing = today.getByRole("region", {
      name: new RegExp(
        `^${ja.dashboard.today.kinds.startupGrant.windowCloses.title.replace(/[()（）]/g, ".")}`,
      ),
    });
    await closing.getByText(title, { exact: false }).waitFor();

    // A 起業相談 consultation (through the API, as the desk's form would record it).
    const categories = (await (await page.request.get("/api/consultation-categories")).json()) as {
      items: { id: string; code: string | null }[];
    };
    const startup = categories.items.find((category) => category.code === "startup");
    const created = await apiPost(page, "/api/consultations", {
      consultedAt: `${japanDay(0)}T10:00:00+09:00`,
      channel: "visit",
      categoryId: startup?.id,
      person: { kind: "anonymous", ageBand: "30s", area: "横浜市中区" },
      question: "仲間とワーカーズ・コレクティブを始めたい。使える助成金はあるか。",
    });
    expect(created.status()).toBe(201);
    const consultation = (await created.json()) as { id: string };

    await page.goto(`/consultation/consultations/${consultation.id}`);
    await heading(page, ja.consultation.form.editTitle);
    const section = page.getByRole("region", { name: s.linked.heading });
    await section.getByText(s.linked.empty).waitFor();
    await section.getByRole("combobox", { name: new RegExp(`^${s.linked.choose}`) }).fill(title.slice(0, 8));
    await page.getByRole("option", { name: new RegExp(title.replace(/[()（）]/g, ".")) }).click();
    await section.getByRole("button", { name: s.linked.add }).click();
    await section.getByRole("link", { name: title }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Linked for good: after a reload, and it leads to the grant's page.
    await page.reload();
    await section.getByRole("link", { name: title }).click();
    await heading(page, title);
    expect(consoleErrors).toEqual([]);
  });
});
