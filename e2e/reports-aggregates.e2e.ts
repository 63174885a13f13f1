import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { collectConsoleErrors, field, heading, ja, loginAs, settled, text } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const a = ja.reports.aggregates;

describe("reports: aggregate tables for publication", () => {
  const { open } = useBrowser();

  it("a manager sees the demo's tables with small counts hidden, the legend, and downloads them as Excel", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "manager");
    await page.goto("/reports");
    await page.getByRole("link", { name: ja.reports.nav.aggregates }).click();
    await heading(page, a.title);
    await settled(page);
    expect(
      await page.getByRole("link", { name: ja.reports.nav.aggregates }).getAttribute("aria-current"),
    ).toBe("page");

    // The four tables; a higher threshold (20) hides the demo's small counts and what gives them away.
    for (const key of [
      "intakesByAgeBand",
      "outcomesByType",
      "consultationsByTopicAndArea",
      "placementsByMonth",
    ])
      await page.getByRole("table", { name: a.tables[key as keyof typeof a.tables] }).waitFor();
    const threshold = field(page, a.threshold);
    await threshold.fill("20");
    await threshold.blur();
    await page.waitForURL(/threshold=20/);
    await settled(page);
    const legend = page.getByTestId("aggregates-legend");
    await legend.getByText(text(a.legend, { threshold: 20 })).waitFor();
    const hidden = page.locator("[data-suppressed]");
    await hidden.first().waitFor();
    expect(await hidden.first().textContent()).toContain(a.symbol);
    expect(await hidden.first().getAttribute("title")).toMatch(/伏せた数/);
    expect(await seriousViolations(page)).toEqual([]);

    // The Excel file: a sheet per table, the legend with the threshold, hidden counts as the symbol.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: a.download }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      Object.values(a.tables).map((name) => name.slice(0, 31)),
    );
    const values: unknown[] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain(text(a.legend, { threshold: 20 }));
    expect(values).toContain(a.symbol);
    expect(consoleErrors).toEqual([]);
  });
});
