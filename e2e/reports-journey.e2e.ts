import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost, collectConsoleErrors, heading, ja, loginAs, settled, text } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { addDays, todayInJapan } from "./support/dates";

const c = ja.reports.contracts;
const programName = "横浜市就労準備支援事業";
const label = ja.reports.indicators.startedWork.label;

type Contract = { id: string; programName: string; fiscalYear: number; fundingStreams: { id: string }[] };
type Row = { indicator: string; part: string; byMonth: (number | null)[]; total: number | null };
type Report = { months: string[]; rows: Row[] };

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

function warekiMonth(month: string): string {
  const year = Number(month.slice(0, 4)) - 2018;
  return `令和${year === 1 ? "元" : year}年${Number(month.slice(5, 7))}月`;
}

/** A fictional person with a case of the program opened before the month, and a job started in it. */
async function addWorkOutcome(page: Page, programId: string, month: string) {
  const created = await apiPost(page, "/api/participants", {
    familyName: "汐見",
    givenName: "湊",
    familyNameKana: "しおみ",
    givenNameKana: "みなと",
    birthDate: "1993-02-11",
  });
  expect(created.status()).toBe(201);
  const participant = (await created.json()) as { id: string };
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { id: string } };
  const opened = await apiPost(page, "/api/cases", {
    participantId: participant.id,
    programId,
    leadCoordinatorId: session.user.id,
    openedOn: addDays(`${month}-01`, -20),
  });
  expect(opened.status()).toBe(201);
  const caseId = ((await opened.json()) as { id: string }).id;
  const outcome = await apiPost(page, `/api/cases/${caseId}/outcomes`, {
    outcomeType: "part_time",
    employerName: "ベーカリー しおさい",
    startedOn: `${month}-10`,
    incomeBeforeYen: 0,
    incomeAfterYen: 52000,
  });
  expect(outcome.status()).toBe(201);
}

describe("reports: a contract's monthly report, from a figure to its records, submitted and corrected", () => {
  const { open } = useBrowser();

  it("a manager opens the month, sees the records behind 就労者数, downloads, submits, and sees a correction as a difference", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "manager");

    // The program's contract of this fiscal year, and a month (ended) of demo data with people who started work.
    const today = todayInJapan();
    const contracts = await getJson<{ items: (Contract & { programId: string })[] }>(
      page,
      "/api/reports/contracts",
    );
    const contract = contracts.items
      .filter((item) => item.programName === programName)
      .sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
    expect(contract).toBeDefined();
    if (!contract) return;
    const yearly = await getJson<Report>(page, `/api/reports/contracts/${contract.id}/report?kind=yearly`);
    const started = yearly.rows.find((row) => row.indicator === "startedWork");
    const month = yearly.months.filter(
      (candidate, index) => candidate < today.slice(0, 7) && (started?.byMonth[index] ?? 0) > 0,
    )[0];
    expect(month, "a month of demo data with 就労者数 > 0").toBeDefined();
    if (!month) return;
    const figure = started?.byMonth[yearly.months.indexOf(month)] ?? 0;

    // The monthly report of that month: the figure is a button; its records are as many as it says.
    await page.goto(`/reports/contracts/${contract.id}?kind=monthly&month=${month}`);
    await heading(page, text(c.report.title, { program: programName }));
    await settled(page);
    const column = warekiMonth(month);
    const button = page.getByRole("button", {
      name: text(c.report.open, { label, column, value: String(figure) }),
      exact: true,
    });
    await expect(button.textContent()).resolves.toBe(String(figure));
    await expect(
      page.getByText(ja.reports.indicators.startedWork.definition).first().isVisible(),
    ).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/hE-report.png", fullPage: true });

    await button.click();
    const drawer = page.getByRole("dialog", { name: text(c.drill.title, { label: `${label} ${column}` }) });
    await drawer.waitFor();
    await drawer.getByTestId("drill-count").waitFor();
    await expect(drawer.getByTestId("drill-count").textContent()).resolves.toBe(
      text(c.drill.count.people, { count: figure }),
    );
    const rows = drawer.getByRole("table").getByRole("row");
    await expect(rows.count()).resolves.toBe(figure + 1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/hE-drill.png", fullPage: true });
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });

    // The Excel of the report holds the same figure on 就労者数's line.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: c.downloads.excel, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const lines: unknown[][] = [];
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => lines.push((row.values as unknown[]).filter((value) => value !== undefined)));
    const line = lines.find((values) =>
      values.some((value) => typeof value === "string" && value.startsWith(label)),
    );
    expect(line, "a line for 就労者数 in the workbook").toBeDefined();
    expect(line?.filter((value) => typeof value === "number")).toContain(figure);

    // Submitted: the banner says so, and the figure shown is the one sent.
    await page.getByRole("button", { name: c.submission.submit, exact: true }).click();
    const confirm = page.getByRole("dialog", { name: c.submission.confirmTitle });
    await confirm.getByRole("button", { name: c.submission.submit, exact: true }).click();
    await confirm.waitFor({ state: "hidden" });
    await page.getByText(c.submission.submittedTitle, { exact: true }).waitFor();

    // A correction: one more person started work that month. On reload the cell shows both figures.
    await addWorkOutcome(page, contract.programId, month);
    await page.reload();
    await page.getByText(c.submission.submittedTitle, { exact: true }).waitFor();
    const changed = text(c.report.submittedToCurrent, { submitted: figure, current: figure + 1 });
    await page
      .getByRole("button", { name: text(c.report.open, { label, column, value: changed }), exact: true })
      .waitFor();
    await expect(page.getByTestId("report-differences").textContent()).resolves.toContain(
      text(c.submission.difference, { label, column, submitted: figure, current: figure + 1 }),
    );

    // Reopened with a reason (required), then submitted again: the difference is gone.
    await page.getByRole("button", { name: c.submission.reopen, exact: true }).click();
    const reopen = page.getByRole("dialog", { name: c.submission.reopenTitle });
    await reopen.getByRole("button", { name: c.submission.reopen, exact: true }).click();
    await reopen.getByText(c.submission.reasonRequired).waitFor();
    await reopen
      .getByRole("textbox", { name: new RegExp(`^${c.submission.reason}`) })
      .fill("就労開始の記録漏れを追加");
    await reopen.getByRole("button", { name: c.submission.reopen, exact: true }).click();
    await reopen.waitFor({ state: "hidden" });
    await page.getByText(c.submission.reopenedTitle, { exact: true }).waitFor();
    await page.getByRole("button", { name: c.submission.resubmit, exact: true }).click();
    const again = page.getByRole("dialog", { name: c.submission.confirmTitle });
    await again.getByRole("button", { name: c.submission.resubmit, exact: true }).click();
    await again.waitFor({ state: "hidden" });
    await page.getByText(c.submission.submittedTitle, { exact: true }).waitFor();
    await expect(page.getByTestId("report-differences").count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
