import { describe, expect, it } from "vitest";
import { chooseOption, collectConsoleErrors, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { addMonths, todayInJapan } from "./support/dates";

const d = ja.reports.dashboard;
const programName = "横浜市就労準備支援事業";

/** The demo's month with every figure of the program: the last one that ended (reports.demo.ts). */
const demoMonth = addMonths(`${todayInJapan().slice(0, 7)}-01`, -1).slice(0, 7);
const demoFiscalYear =
  Number(demoMonth.slice(5, 7)) >= 4 ? Number(demoMonth.slice(0, 4)) : Number(demoMonth.slice(0, 4)) - 1;
const today = todayInJapan();
const currentFiscalYear =
  Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Its column in the indicators' table: April is the first month. */
const demoColumn = (Number(demoMonth.slice(5, 7)) + 8) % 12;

describe("reports: the manager's dashboard", () => {
  const { open } = useBrowser();

  it("a manager sees the association's charts and key figures, then one program's month with work started", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "manager");

    await page.goto("/reports");
    await heading(page, ja.reports.title);
    await settled(page);
    await page.getByText(new RegExp(`^${escapeRegExp(d.filters.allPrograms)}・`)).waitFor();
    // The charts are drawn (recharts' SVG) and the key figures are there.
    await page.locator("[data-testid=dashboard-chart] svg.recharts-surface").first().waitFor();
    expect(await page.locator("[data-testid=dashboard-chart] svg.recharts-surface").count()).toBe(3);
    const members = page.getByTestId("kpi-members").locator("dd").first();
    expect(Number((await members.textContent())?.replace(/\D/g, ""))).toBeGreaterThan(0);
    await page.getByTestId("kpi-consultations").waitFor();
    await page.getByTestId("kpi-activeWorkplaces").waitFor();
    await page.getByRole("link", { name: d.contractsLink }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // One program, in the demo month's fiscal year: 就労者数 in the demo month is two or more.
    const filters = page.getByRole("form", { name: d.filters.label });
    await chooseOption(page, filters, d.filters.program, programName);
    await page.waitForURL((url) => url.searchParams.has("programId"));
    // In April the last month that ended is the previous fiscal year's March.
    if (demoFiscalYear !== currentFiscalYear) {
      const url = new URL(page.url());
      url.searchParams.set("fiscalYear", String(demoFiscalYear));
      await page.goto(url.pathname + url.search);
    }
    await page.getByText(new RegExp(`^${programName}・`)).waitFor();
    const table = page.getByRole("table", { name: d.charts.indicators });
    const row = table.getByRole("row", { name: new RegExp(`^${ja.reports.indicators.startedWork.label}`) });
    await row.waitFor();
    const cell = row.getByRole("cell").nth(demoColumn);
    expect(Number((await cell.textContent())?.replace(/\D/g, ""))).toBeGreaterThanOrEqual(2);
    const intakes = table.getByRole("row", {
      name: new RegExp(`^${ja.reports.indicators.newIntakes.label}`),
    });
    expect(
      Number((await intakes.getByRole("cell").nth(demoColumn).textContent())?.replace(/\D/g, "")),
    ).toBeGreaterThan(0);
    // The program's capacity is its contract's.
    expect(await page.getByTestId("kpi-capacity").locator("dd").first().textContent()).toMatch(/\d/);
    await page.locator("[data-testid=dashboard-chart] svg.recharts-surface").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/hF-dashboard.png", fullPage: true });
    expect(consoleErrors).toEqual([]);
  });
});
