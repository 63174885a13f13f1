import { beforeAll, describe, expect, it } from "vitest";
import { buildIntake } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildContract, buildProgram } from "../../../test/factories/programs.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { pdfText } from "../../../test/pdf-text.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { printedFigure, renderContractReportPdf } from "./contract-report.pdf.ts";
import { sampleReport } from "./contract-report.test-support.ts";

describe("the report's PDF", () => {
  it("prints the 和暦 month, the status and every figure, a rate in percent and nothing as —", async () => {
    const { compact, pages } = await pdfText(
      await renderContractReportPdf(sampleReport(), "ja", "2026-07-03"),
    );
    expect(pages).toHaveLength(1);
    expect(compact).toContain("横浜市就労準備支援事業実績報告書（月次）");
    expect(compact).toContain("令和8年6月分");
    expect(compact).toContain("下書き（未提出・現在の数字）");
    expect(compact).toContain("令和8年4月1日〜令和8年6月30日");
    expect(compact).toContain("新規相談受付件数新規相談受付件数件37");
    expect(compact).toContain("就労・増収率（%）%50%—");
    expect(compact).toContain("12か月時点で就労継続人00");
  });

  it("prints the submitted figures, who sent them and when; a year on the page's side; in English", async () => {
    const report = sampleReport({
      kind: "yearly",
      month: null,
      months: Array.from({ length: 12 }, (_, index) => {
        const month = ((index + 3) % 12) + 1;
        return `${index < 9 ? 2026 : 2027}-${String(month).padStart(2, "0")}`;
      }),
      totalPeriod: { from: "2026-04-01", to: "2027-03-31" },
      rows: [
        {
          indicator: "newIntakes",
          part: "intakes",
          measure: "records",
          byMonth: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1234],
          total: 1301,
        },
      ],
    });
    const submission = {
      id: "00000000-0000-4000-8000-000000000003",
      status: "submitted" as const,
      submittedAt: "2027-04-10T01:00:00.000Z",
      submittedByName: "試験 管理者",
      reopenedAt: null,
      reopenedByName: null,
      reopenReason: null,
      rows: [{ ...report.rows[0], total: 1300 } as (typeof report.rows)[number]],
      version: 1,
    };
    const body = await renderContractReportPdf({ ...report, submission }, "en", "2027-04-12");
    const { compact } = await pdfText(body);
    expect(compact).toContain("Fiscal-yearreport");
    expect(compact).toContain("令和8年度");
    expect(compact).toContain("Submittedon令和9年4月10日(thefiguresassubmitted)");
    expect(compact).toContain("試験管理者");
    expect(compact).toContain("1,2341,300");
    expect(compact).not.toContain("1,301");
    const { getDocumentProxy } = await import("unpdf");
    const page = await (await getDocumentProxy(new Uint8Array(body))).getPage(1);
    const [, , width, height] = page.view as [number, number, number, number];
    expect(width).toBeGreaterThan(height);
  });

  it("formats figures for print", () => {
    expect(printedFigure("records", 12345, "ja")).toBe("12,345");
    expect(printedFigure("rate", 33.3, "en")).toBe("33.3%");
    expect(printedFigure("people", null, "ja")).toBe("—");
  });
});

describe("GET /api/reports/contracts/:id/report.pdf", () => {
  const t = useTestApp();
  let contractId: string;
  let coordinator: Session;

  beforeAll(async () => {
    const db = t.database.db;
    const program = await buildProgram(db, { funder: "座間市", name: "座間市試験事業" });
    contractId = (await buildContract(db, program.id, 2026, { indicators: ["newIntakes"] })).id;
    await buildIntake(db, (await buildCase(db, program.id)).id, { receivedOn: "2026-05-15" });
    await buildIntake(db, (await buildCase(db, program.id)).id, { receivedOn: "2026-05-16" });
    coordinator = await t.loginAs("coordinator");
  });

  it("prints the live figures with a file name in 和暦", async () => {
    const response = await t.request({
      method: "GET",
      url: `/api/reports/contracts/${contractId}/report.pdf`,
      query: { kind: "monthly", month: "2026-05" },
      session: coordinator,
    });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers["content-type"]).toContain("application/pdf");
    expect(decodeURIComponent(String(response.headers["content-disposition"]))).toContain(
      "座間市試験事業_令和8年5月分.pdf",
    );
    const { compact } = await pdfText(response.rawPayload);
    expect(compact).toContain("令和8年5月分");
    expect(compact).toContain("新規相談受付件数件22");
  });

  it("refuses an unknown stream and a month outside the contract's year", async () => {
    const url = `/api/reports/contracts/${contractId}/report.pdf`;
    expectError(
      await t.request({
        method: "GET",
        url,
        query: { kind: "yearly", fundingStreamId: "00000000-0000-4000-8000-000000000009" },
        session: coordinator,
      }),
      400,
      "VALIDATION_FAILED",
      ["query.fundingStreamId"],
    );
    expectError(
      await t.request({
        method: "GET",
        url,
        query: { kind: "monthly", month: "2027-04" },
        session: coordinator,
      }),
      422,
      "OUT_OF_PERIOD",
    );
  });
});
