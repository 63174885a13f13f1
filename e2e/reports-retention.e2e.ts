import { describe, expect, it } from "vitest";
import { chooseOption, collectConsoleErrors, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const r = ja.reports.retention;

describe("reports: retention analysis", () => {
  const { open } = useBrowser();

  it("a manager sees the demo's retention curves with the numbers at risk, by program and by outcome type", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "manager");
    await page.goto("/reports/retention");
    await heading(page, r.title);
    await settled(page);

    // The chart (a picture) with its legend, and under it the numbers at risk: a row per curve.
    await page.getByTestId("retention-chart").locator(".recharts-surface").first().waitFor();
    expect(await page.getByTestId("retention-chart").locator(".recharts-area").count()).toBeGreaterThan(0);
    const atRisk = page.getByRole("table", { name: r.atRisk.heading });
    const header = atRisk.getByRole("row").first();
    expect(await header.getByRole("columnheader").allTextContents()).toEqual([
      r.atRisk.group,
      ...[0, 1, 3, 6, 12, 18, 24].map((month) => r.atRisk.month.replace("{{month}}", String(month))),
    ]);
    expect(await atRisk.getByRole("row").count()).toBeGreaterThan(1);
    const firstAtMonth0 = Number(
      ((await atRisk.getByRole("row").nth(1).getByRole("cell").first().textContent()) ?? "").replace(
        /\D/g,
        "",
      ),
    );
    expect(firstAtMonth0).toBeGreaterThan(0);
    // The reasons for stopping from the follow-ups, and the definition.
    await page
      .getByRole("table", { name: r.reasons.heading })
      .getByRole("row", { name: new RegExp(r.stoppedReasons.health) })
      .waitFor();
    await page.getByRole("heading", { level: 2, name: r.definition.heading }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // By outcome type: the types' names label the rows.
    await chooseOption(page, page.locator("search"), r.filters.groupBy, r.groupings.outcomeType);
    await page
      .getByRole("table", { name: r.atRisk.heading })
      .getByRole("rowheader", { name: r.outcomeTypes.part_time })
      .waitFor();
    expect(new URL(page.url()).searchParams.get("groupBy")).toBe("outcomeType");
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
