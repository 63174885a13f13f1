import { readFile } from "node:fs/promises";
import { fiscalYearLabel, fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { collectConsoleErrors, field, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const f = ja.consultation.figures;

/** The number in a table row's count cell, as the page shows it ("1,234" → 1234). */
function numberIn(text: string | null): number {
  return Number((text ?? "").replace(/[^\d]/g, ""));
}

describe("consultation figures", () => {
  const { open } = useBrowser();

  it("a manager sees the demo desk's figures for this fiscal year and downloads them as Excel", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "manager");

    // From the desk's list, the figures page; this fiscal year by default.
    await page.goto("/consultation");
    await heading(page, ja.consultation.list.title);
    await page.getByRole("link", { name: f.navLink }).click();
    await heading(page, f.title);
    await settled(page);
    const year = fiscalYearOf(new Date()) as number;
    expect(await page.getByRole("combobox", { name: f.period.fiscalYear }).inputValue()).toContain(
      fiscalYearLabel(year) ?? "",
    );

    // The demo desk's twelve consultations of the last three months, in every breakdown's table.
    const summary = page.getByRole("region", { name: f.summary.heading });
    const consultations = summary.getByRole("definition").first();
    expect(numberIn(await consultations.textContent())).toBeGreaterThanOrEqual(12);
    const categories = page.getByRole("table", { name: f.sections.byCategory });
    const employment = categories
      .getByRole("row")
      .filter({ hasText: ja.consultation.fixedCategories.employment });
    expect(numberIn(await employment.getByRole("cell").first().textContent())).toBeGreaterThan(0);
    const channels = page.getByRole("table", { name: f.sections.byChannel });
    expect(await channels.getByRole("row").count()).toBe(1 + 5);
    const topics = page.getByRole("table", { name: f.sections.byConcernTopic });
    expect(await topics.getByRole("row").count()).toBe(1 + 16);
    const months = page.getByRole("table", { name: f.sections.byMonth });
    expect(await months.getByRole("row").count()).toBe(1 + 12);
    await page.getByRole("table", { name: f.sections.appointmentsByMonth }).waitFor();
    await page.getByRole("table", { name: f.sections.referralsByStatus }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The Excel file: the same figures, one sheet per breakdown, the period in 和暦.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: f.download }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain(f.sections.byCategory);
    const summarySheet = workbook.getWorksheet(f.summary.heading);
    const values: unknown[] = [];
    summarySheet?.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain(fiscalYearLabel(year));

    // A custom period the other way round is refused by the field.
    await page.getByText(f.period.custom, { exact: true }).click();
    await field(page, f.period.from).fill(`${year + 1}-03-31`);
    await field(page, f.period.to).fill(`${year}-04-01`);
    await page.getByRole("button", { name: f.period.show }).click();
    await page.getByText(ja.validation.periodEndBeforeStart).waitFor();
    expect(consoleErrors.filter((error) => !error.includes("400"))).toEqual([]);
  });
});
