import { translate } from "@otagai/shared/i18n/catalogs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIntake } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildContract, buildProgram } from "../../../test/factories/programs.ts";
import { expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { rowLabelled, sampleReport, sheetOf } from "./contract-report.test-support.ts";
import { eraLabel, fillReportWorkbook } from "./contract-report.xlsx.ts";
import { layoutRows, layouts } from "./templates/layouts.ts";

const label = (key: string) => translate("ja", `reports.indicators.${key}`);

describe("the templates", () => {
  it.each(Object.values(layouts))("$file has the layout's labels in the mapped rows", async (layout) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(new URL(`./templates/${layout.file}`, import.meta.url).pathname);
    const sheet = workbook.getWorksheet(layout.sheet);
    if (!sheet) throw new Error("no sheet");
    for (const line of layoutRows(layout)) {
      expect(sheet.getCell(line.row, layout.table.partColumn).value).toBe(
        label(`${line.indicator}.parts.${line.part.key}`),
      );
      if (line.first) expect(sheet.getCell(line.row, 1).value).toBe(label(`${line.indicator}.label`));
    }
    for (const item of layout.info) expect(sheet.model.merges).toContain(item.value);
  });
});

describe("filling Yokohama's monthly layout", () => {
  it("writes the 和暦 header, the header block and the figures into the mapped cells", async () => {
    const sheet = await sheetOf(await fillReportWorkbook(sampleReport(), "2026-07-03"));
    expect(sheet.name).toBe("月次実績報告");
    expect(sheet.getCell("A1").value).toBe("就労準備支援事業等　月次実績報告書");
    expect(sheet.getCell("D2").value).toBe("令和8年6月分");
    expect(sheet.getCell("B3").value).toBe("横浜市");
    expect(sheet.getCell("E3").value).toBe("令和8年7月3日");
    expect(sheet.getCell("B4").value).toBe("横浜市就労準備支援事業");
    expect(sheet.getCell("B5").value).toBe("全体");
    expect(sheet.getCell("E5").value).toBe("下書き（未提出・現在の数字）");
    expect(sheet.getCell("E6").value).toBe("令和8年4月1日〜令和8年6月30日");
    expect(sheet.getCell("E9").value).toBe("年度累計");
    const intakes = rowLabelled(sheet, label("newIntakes.parts.intakes"), 10);
    expect(sheet.getCell(intakes, 4).value).toBe(3);
    expect(sheet.getCell(intakes, 5).value).toBe(7);
    expect(sheet.getCell(intakes, 4).numFmt).toBe("#,##0");
    const rate = rowLabelled(sheet, label("employmentOrIncomeRate.parts.rate"), 10);
    expect(sheet.getCell(rate, 4).value).toBe(0.5);
    expect(sheet.getCell(rate, 4).numFmt).toBe("0.0%");
    expect(sheet.getCell(rate, 5).value).toBe("—");
  });

  it("keeps the merged cells, borders and fills, and hides the indicators the contract does not report", async () => {
    const sheet = await sheetOf(await fillReportWorkbook(sampleReport(), "2026-07-03"));
    const merges = sheet.model.merges;
    expect(merges).toEqual(expect.arrayContaining(["A1:F1", "D2:F2", "B4:F4"]));
    const achieved = rowLabelled(sheet, label("employmentOrIncomeRate.parts.achieved"), 10);
    expect(merges).toContain(`A${achieved}:A${achieved + 2}`);
    expect(sheet.getCell(achieved, 4).border?.top?.style).toBe("thin");
    expect(sheet.getCell("A9").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFDDEBF7" } });
    const plans = rowLabelled(sheet, label("plansMade.parts.plans"), 10);
    expect(sheet.getRow(plans).hidden).toBe(true);
    expect(sheet.getRow(achieved).hidden).toBe(false);
  });

  it("adds an indicator the layout lacks below the others, styled like them", async () => {
    const sheet = await sheetOf(await fillReportWorkbook(sampleReport(), "2026-07-03"));
    const lastTemplateRow = layoutRows(layouts.yokohamaMonthly).at(-1)?.row ?? 0;
    const done = rowLabelled(sheet, label("followUps.parts.done"), 10);
    expect(done).toBe(lastTemplateRow + 1);
    expect(sheet.getCell(done, 1).value).toBe(label("followUps.label"));
    expect(sheet.getCell(done, 3).value).toBe("件");
    expect(sheet.getCell(done, 4).value).toBe(4);
    expect(sheet.getCell(done, 5).value).toBe(9);
    expect(sheet.getCell(done, 4).border?.left?.style).toBe("thin");
    expect(sheet.model.merges).toContain(`A${done}:A${done + 4}`);
  });

  it("neutralizes a program name that would start a formula", async () => {
    const report = sampleReport();
    report.contract.programName = '=HYPERLINK("http://x.example","開く")';
    const sheet = await sheetOf(await fillReportWorkbook(report, "2026-07-03"));
    expect(sheet.getCell("B4").value).toBe(`'${report.contract.programName}`);
    expect(sheet.getCell("B4").formula).toBeUndefined();
  });

  it("carries the submitted figures and says so once the report is sent", async () => {
    const live = sampleReport();
    const sent = live.rows.map((row) => (row.part === "intakes" ? { ...row, byMonth: [2], total: 6 } : row));
    const submission = {
      id: "00000000-0000-4000-8000-000000000003",
      status: "submitted" as const,
      submittedAt: "2026-07-01T15:30:00.000Z",
      submittedByName: "試験 管理者",
      reopenedAt: null,
      reopenedByName: null,
      reopenReason: null,
      rows: sent,
      version: 1,
    };
    const sheet = await sheetOf(await fillReportWorkbook({ ...live, submission }, "2026-07-03"));
    const intakes = rowLabelled(sheet, label("newIntakes.parts.intakes"), 10);
    expect(sheet.getCell(intakes, 4).value).toBe(2);
    expect(sheet.getCell("E5").value).toBe("提出済み（令和8年7月2日提出・提出した数字）");
    expect(sheet.getCell("B7").value).toBe("試験 管理者");
    expect(sheet.getCell("E7").value).toBe("令和8年7月2日");
    const reopened = { ...submission, status: "reopened" as const, reopenedAt: "2026-07-05T00:00:00.000Z" };
    const again = await sheetOf(await fillReportWorkbook({ ...live, submission: reopened }, "2026-07-06"));
    expect(again.getCell(intakes, 4).value).toBe(3);
    expect(again.getCell("E5").value).toBe("下書き（提出後に再開・現在の数字）");
    expect(again.getCell("B7").value).toBeNull();
  });
});

describe("the twelve-month layouts", () => {
  it("puts a monthly report's month in its own column of Zama's layout", async () => {
    const report = sampleReport({
      contract: { ...sampleReport().contract, municipality: "座間市", programName: "座間市就労準備支援事業" },
    });
    const sheet = await sheetOf(await fillReportWorkbook(report, "2026-07-03"));
    expect(sheet.getCell("A1").value).toBe("座間市就労準備支援事業　実績報告書");
    expect(sheet.getCell("A2").value).toBe("令和8年6月分");
    const intakes = rowLabelled(sheet, label("newIntakes.parts.intakes"), 7);
    expect(sheet.getCell(intakes, 4 + 2).value).toBe(3);
    expect(sheet.getCell(intakes, 4).value).toBeNull();
    expect(sheet.getCell(intakes, 16).value).toBe(7);
  });

  it("fills Yokohama's yearly layout April to March, and another funder's in the standard layout", async () => {
    const months = Array.from({ length: 12 }, (_, index) => index);
    const rows = [
      {
        indicator: "newIntakes" as const,
        part: "intakes",
        measure: "records" as const,
        byMonth: months,
        total: 66,
      },
    ];
    const yearly = {
      kind: "yearly" as const,
      month: null,
      months: ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09"].concat([
        "2026-10",
        "2026-11",
        "2026-12",
        "2027-01",
        "2027-02",
        "2027-03",
      ]),
      totalPeriod: { from: "2026-04-01", to: "2027-03-31" },
      rows,
    };
    const sheet = await sheetOf(await fillReportWorkbook(sampleReport(yearly), "2027-04-10"));
    expect(sheet.name).toBe("年度実績報告");
    expect(sheet.getCell("N2").value).toBe("令和8年度");
    const intakes = rowLabelled(sheet, label("newIntakes.parts.intakes"), 9);
    expect(sheet.getCell(intakes, 4).value).toBe(0);
    expect(sheet.getCell(intakes, 15).value).toBe(11);
    expect(sheet.getCell(intakes, 16).value).toBe(66);
    expect(sheet.getCell(8, 16).value).toBe("年度計");
    const other = sampleReport({
      ...yearly,
      contract: { ...sampleReport().contract, municipality: "藤沢市" },
    });
    const standard = await sheetOf(await fillReportWorkbook(other, "2027-04-10"));
    expect(standard.getCell("A1").value).toBe("委託事業　実績報告書");
    expect(standard.getCell("B3").value).toBe("藤沢市");
    expect(eraLabel(other, "ja")).toBe("令和8年度");
  });
});

describe("GET /api/reports/contracts/:id/report.xlsx", () => {
  const t = useTestApp();
  let contractId: string;
  let programId: string;
  let viewer: Session;
  const url = () => `/api/reports/contracts/${contractId}/report.xlsx`;

  beforeAll(async () => {
    const db = t.database.db;
    const program = await buildProgram(db, { funder: "横浜市", name: "+横浜市試験事業" });
    programId = program.id;
    contractId = (await buildContract(db, programId, 2026, { indicators: ["newIntakes"] })).id;
    await buildIntake(db, (await buildCase(db, programId)).id, { receivedOn: "2026-04-15" });
    viewer = await t.loginAs("viewer");
  });

  it("downloads the live figures in the funder's layout, then the submitted ones once sent", async () => {
    const query = { kind: "monthly", month: "2026-04" };
    const response = await t.request({ method: "GET", url: url(), query, session: viewer });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(decodeURIComponent(String(response.headers["content-disposition"]))).toContain(
      "+横浜市試験事業_令和8年4月分.xlsx",
    );
    const sheet = await sheetOf(response.rawPayload);
    expect(sheet.getCell("D2").value).toBe("令和8年4月分");
    expect(sheet.getCell("B4").value).toBe("'+横浜市試験事業");
    const intakes = rowLabelled(sheet, label("newIntakes.parts.intakes"), 10);
    expect(sheet.getCell(intakes, 4).value).toBe(1);

    const manager = await t.loginAs("manager");
    const submitted = await t.request({
      method: "POST",
      url: `/api/reports/contracts/${contractId}/submissions`,
      payload: query,
      session: manager,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await buildIntake(t.database.db, (await buildCase(t.database.db, programId)).id, {
      receivedOn: "2026-04-20",
    });
    const after = await sheetOf(
      (await t.request({ method: "GET", url: url(), query, session: viewer })).rawPayload,
    );
    expect(after.getCell(intakes, 4).value).toBe(1);
    expect(String(after.getCell("E5").value)).toMatch(/^提出済み（令和8年/);
  });

  it("answers 404 for an unknown contract, 400 without a month, 422 for a month outside the year, 403 without reports.read", async () => {
    const unknown = "/api/reports/contracts/00000000-0000-4000-8000-000000000009/report.xlsx";
    expectError(
      await t.request({ method: "GET", url: unknown, query: { kind: "yearly" }, session: viewer }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await t.request({ method: "GET", url: url(), query: { kind: "monthly" }, session: viewer }),
      400,
      "VALIDATION_FAILED",
      ["query.month"],
    );
    const foreign = await t.request({
      method: "GET",
      url: url(),
      query: { kind: "monthly", month: "2025-04" },
      session: viewer,
    });
    expectError(foreign, 422, "OUT_OF_PERIOD");
    const partner = await t.loginAs("partner");
    expectError(
      await t.request({ method: "GET", url: url(), query: { kind: "yearly" }, session: partner }),
      403,
      "FORBIDDEN",
    );
  });
});
