import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { collectConsoleErrors, heading, ja, loginAs } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const s = ja.support.import;
const headers = [
  "氏名",
  "フリガナ",
  "生年月日",
  "性別",
  "電話番号",
  "メールアドレス",
  "郵便番号",
  "住所",
  "紹介元",
  "事業名",
];
// Fictional people with readings no other journey uses.
const people = [
  ["御手洗 葵", "みたらい あおい"],
  ["勅使河原 蓮", "てしがわら れん"],
  ["四月一日 楓", "わたぬき かえで"],
  ["小鳥遊 湊", "たかなし みなと"],
  ["東海林 結", "しょうじ ゆい"],
  ["五十嵐 碧", "いがらし あお"],
] as const;

type Cell = string | Date;

function rows(program: string): Cell[][] {
  return people.map(([name, kana], i) => [
    name,
    kana,
    i % 2 === 0 ? new Date(Date.UTC(1971 + i, 4, 6)) : `昭和${46 + i}年5月6日`,
    "",
    `045-${300 + i}-1234`,
    "",
    "221-0822",
    "横浜市神奈川区",
    "福祉事務所",
    i % 2 === 0 ? program : "",
  ]);
}

async function xlsxOf(data: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名簿");
  sheet.addRow(headers);
  for (const row of data) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function shiftJisCsvOf(data: Cell[][]): Buffer {
  const text = [headers, ...data]
    .map((row) =>
      row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell)).join(","),
    )
    .join("\r\n");
  return iconv.encode(`${text}\r\n`, "Shift_JIS");
}

function stepHeading(page: Page, number: number, step: keyof typeof s.steps) {
  return page.getByRole("heading", {
    name: s.stepHeading
      .replace("{{number}}", String(number))
      .replace("{{total}}", "4")
      .replace("{{name}}", s.steps[step]),
  });
}

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: s.file.read, exact: true }).click();
  await stepHeading(page, 2, "mapping").waitFor();
}

/** A program the demo coordinator works in, by name. */
async function programOf(page: Page): Promise<string> {
  const session = (await (await page.request.get("/api/auth/session")).json()) as {
    user: { programIds: string[] };
  };
  const programs = (await (await page.request.get("/api/programs")).json()) as {
    items?: { id: string; name: string }[];
  };
  const list = programs.items ?? (programs as unknown as { id: string; name: string }[]);
  const program = list.find(
    (candidate) => session.user.programIds.length === 0 || session.user.programIds.includes(candidate.id),
  );
  if (!program) throw new Error("the demo coordinator has no program");
  return program.name;
}

describe("support: importing participants", () => {
  const { open } = useBrowser();

  it("previews an xlsx with bad rows, writes nothing, then imports the fixed Shift-JIS CSV at once", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");
    const program = await programOf(page);

    await page.goto("/support");
    await page.getByRole("link", { name: ja.support.home.import, exact: true }).click();
    await heading(page, s.title);
    expect(await seriousViolations(page)).toEqual([]);

    // Three bad rows: a date that does not exist, an unknown program, a missing reading.
    const bad = rows(program);
    (bad[0] as Cell[])[2] = "昭和55年2月30日";
    (bad[2] as Cell[])[9] = "どこにもない事業";
    (bad[3] as Cell[])[1] = "";
    await chooseFile(
      page,
      "名簿.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      await xlsxOf(bad),
    );
    // Columns found by their header names.
    await expect(
      page.getByRole("combobox", { name: s.fields.participants.familyNameKana }).inputValue(),
    ).resolves.toBe(s.mapping.columnOption.replace("{{letter}}", "B").replace("{{header}}", "フリガナ"));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: s.mapping.preview, exact: true }).click();
    await stepHeading(page, 3, "preview").waitFor();
    await page.getByText(s.preview.problemSummary.replace("{{count}}", "3")).waitFor();
    const problems = page.getByRole("region", { name: s.preview.problemsCaption });
    await problems
      .getByText(s.problems.unknownProgram.replace("{{program}}", "どこにもない事業"), { exact: false })
      .waitFor();
    await problems.getByText(ja.validation.required, { exact: false }).waitFor();
    // Nothing to import while a row has a problem.
    expect(await page.getByRole("button", { name: /件を取り込む/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The fixed list, saved by Japanese Excel as CSV (Shift-JIS).
    await page.getByRole("button", { name: s.preview.chooseAnother, exact: true }).click();
    await stepHeading(page, 1, "file").waitFor();
    await chooseFile(page, "名簿.csv", "text/csv", shiftJisCsvOf(rows(program)));
    await page.getByRole("button", { name: s.mapping.preview, exact: true }).click();
    await page.getByText(s.preview.allValid).waitFor();
    await page
      .getByRole("button", { name: s.preview.confirm.replace("{{count}}", String(people.length)) })
      .click();
    const dialog = page.getByRole("dialog", { name: s.preview.confirmTitle });
    await dialog.getByRole("button", { name: s.preview.confirmOk, exact: true }).click();
    await stepHeading(page, 4, "done").waitFor();
    await page.getByText(s.done.body.replace("{{count}}", String(people.length))).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Written, all of them: found by the participant search.
    const found = (await (
      await page.request.get(`/api/participants?q=${encodeURIComponent("てしがわら")}`)
    ).json()) as {
      total: number;
    };
    expect(found.total).toBe(1);
    await page.getByRole("link", { name: s.done.toList, exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/support/participants");
    expect(consoleErrors).toEqual([]);
  });

  it("shows each problem row as a card on a phone", async () => {
    const { page } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await loginAs(page, "coordinator");
    const program = await programOf(page);
    const bad = rows(program).map((row) => [...row]);
    (bad[1] as Cell[])[2] = "そのうち";
    await page.goto("/support/import");
    await heading(page, s.title);
    await chooseFile(
      page,
      "名簿.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      await xlsxOf(bad),
    );
    await page.getByRole("button", { name: s.mapping.preview, exact: true }).click();
    const cards = page.getByRole("list", { name: s.preview.problemsCaption });
    await cards.getByText(s.preview.rowLabel.replace("{{line}}", "3")).waitFor();
    await cards.getByText(s.problems.invalidDate, { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
