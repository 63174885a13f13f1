import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { buildKnownDesk } from "./figures.test-support.ts";

const t = useTestApp();
let manager: Session;

beforeAll(async () => {
  manager = await t.loginAs("manager");
  await buildKnownDesk(t.database.db, manager.userId);
});

async function download(query: string, headers: Record<string, string> = {}) {
  const response = await t.request({
    method: "GET",
    url: `/api/consultation-figures.xlsx${query}`,
    session: manager,
    headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return { response, workbook };
}

/** A sheet's rows as plain values, the header row first. */
function rowsOf(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; sheets: ${workbook.worksheets.map((w) => w.name)}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("the figures as an Excel workbook", () => {
  it("has a sheet per breakdown with Japanese headers, the period in 和暦, and the same numbers", async () => {
    const { response, workbook } = await download("?from=2025-04-01&to=2026-03-31");
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(String(response.headers["content-disposition"])).toContain("2025-04-01-2026-03-31.xlsx");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "概要",
      "区分別の相談件数",
      "方法別の相談件数",
      "困りごと別の相談件数",
      "対応の結果別の相談件数",
      "月別の相談件数",
      "状況別のつなぎ件数",
      "つなぎ先別の件数",
      "月別の予約",
    ]);
    const summary = rowsOf(workbook, "概要");
    expect(summary).toContainEqual(["期間", "2025-04-01〜2026-03-31"]);
    expect(summary).toContainEqual(["期間（和暦）", "令和7年4月1日〜令和8年3月31日"]);
    expect(summary).toContainEqual(["年度", "令和7年度"]);
    expect(summary).toContainEqual(["相談件数", 4]);
    expect(summary).toContainEqual(["予約どおり来所", 2]);

    const categories = rowsOf(workbook, "区分別の相談件数");
    expect(categories[0]).toEqual(["区分", "件数", "対応時間（分）"]);
    expect(categories).toContainEqual(["就労相談", 2, 50]);
    expect(categories).toContainEqual(["住まいの相談", 1, 0]);
    expect(categories).toContainEqual(["起業相談", 0, 0]);
    expect(rowsOf(workbook, "方法別の相談件数")).toContainEqual(["電話", 2]);
    expect(rowsOf(workbook, "困りごと別の相談件数")).toHaveLength(17);
    expect(rowsOf(workbook, "対応の結果別の相談件数")).toContainEqual(["未記録", 1]);
    const months = rowsOf(workbook, "月別の相談件数");
    expect(months).toHaveLength(13);
    expect(months.at(-1)).toEqual(["2026年3月", 1, 30]);
    expect(rowsOf(workbook, "つなぎ先別の件数")[0]).toEqual([
      "種類",
      "つなぎ先",
      "依頼済み",
      "受け入れ",
      "受け入れ不可",
      "結果の連絡あり",
      "終了",
      "合計",
    ]);
    expect(rowsOf(workbook, "つなぎ先別の件数")).toContainEqual([
      "専門家",
      "青木 法律事務所（架空）",
      0,
      0,
      0,
      1,
      0,
      1,
    ]);
    expect(rowsOf(workbook, "月別の予約")[1]).toEqual(["2025年4月", 0, 1, 1, 0]);
  });

  it("writes a name typed like a formula as text, never as a formula", async () => {
    const { workbook } = await download("?from=2025-04-01&to=2026-03-31");
    const sheet = workbook.getWorksheet("区分別の相談件数");
    const cells: ExcelJS.Cell[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    expect(cells.map((cell) => cell.value)).toContain(`'=HYPERLINK("http://example.invalid")`);
  });

  it("speaks the user's language: English headers, the period still in 和暦", async () => {
    const { workbook } = await download("?from=2025-04-01&to=2026-03-31", { "accept-language": "en" });
    expect(workbook.worksheets[1]?.name).toBe("Consultations by category");
    const summary = rowsOf(workbook, "Summary");
    expect(summary).toContainEqual(["Period (Japanese era)", "令和7年4月1日〜令和8年3月31日"]);
    expect(rowsOf(workbook, "Consultations by channel")[0]).toEqual(["Channel", "Count"]);
    expect(rowsOf(workbook, "Consultations by month").at(-1)).toEqual(["2026-03", 1, 30]);
  });

  it("refuses a bad period as the figures do", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/consultation-figures.xlsx?from=2026-04-01&to=2025-04-01",
      session: manager,
    });
    expectError(response, 400, "VALIDATION_FAILED", ["querystring.to"]);
  });
});
