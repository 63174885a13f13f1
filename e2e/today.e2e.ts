import { describe, expect, it } from "vitest";
import { heading, ja, loginAs } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

// The dashboard's "today" list, from the support area's demo data (the demo coordinator's cases
// include an intake waiting for its assessment, a case waiting for its conference and plans due).

describe("the today list on the dashboard", () => {
  const { open } = useBrowser();

  it("shows a coordinator what to do today, grouped, each item linking to its case", async () => {
    const { page } = await open();
    await loginAs(page, "coordinator");
    await heading(page, ja.dashboard.title);
    const today = page.getByRole("region", { name: ja.dashboard.today.title });
    await today.waitFor();
    const kinds = ja.dashboard.today.kinds.support;
    for (const kind of [kinds.planReview, kinds.conferenceWaiting, kinds.assessmentMissing]) {
      await today.getByRole("region", { name: new RegExp(`^${kind.title}`) }).waitFor();
    }
    // axe (WCAG 2.1 A/AA): nothing serious or critical on the dashboard with its list full.
    expect(await seriousViolations(page)).toEqual([]);

    const first = today.getByRole("link").first();
    const href = await first.getAttribute("href");
    expect(href).toMatch(/^\/support\/cases\/[0-9a-f-]{36}$/);
    await first.click();
    await page.waitForURL((url) => url.pathname === href);
  });

  it("tells the office what the network needs: officers' terms ending soon", async () => {
    const { page } = await open();
    // The demo board holds a 補欠 director whose term ends within 90 days.
    await loginAs(page, "staff");
    const today = page.getByRole("region", { name: ja.dashboard.today.title });
    await today.getByText(ja.dashboard.today.kinds.officer_term_ending.title).waitFor();
    // Named with the role (the catalogs' officerRoles, nested in the item's text).
    await today
      .getByRole("link", { name: new RegExp(`（${ja.officerRoles.director}）：`) })
      .first()
      .waitFor();
  });
});
