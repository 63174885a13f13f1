import type { ContractReport, ReportRow } from "@otagai/shared/reports/contract-reports";
import ExcelJS from "exceljs";

/** A report as the service answers it (fictional figures), for the files' tests. */
export function sampleReport(overrides: Partial<ContractReport> = {}): ContractReport {
  const rows: ReportRow[] = [
    { indicator: "newIntakes", part: "intakes", measure: "records", byMonth: [3], total: 7 },
    { indicator: "employmentOrIncomeRate", part: "achieved", measure: "people", byMonth: [1], total: 2 },
    { indicator: "employmentOrIncomeRate", part: "targets", measure: "people", byMonth: [2], total: 5 },
    { indicator: "employmentOrIncomeRate", part: "rate", measure: "rate", byMonth: [50], total: null },
    { indicator: "followUps", part: "done", measure: "records", byMonth: [4], total: 9 },
    { indicator: "followUps", part: "working1", measure: "people", byMonth: [1], total: 1 },
    { indicator: "followUps", part: "working3", measure: "people", byMonth: [0], total: 0 },
    { indicator: "followUps", part: "working6", measure: "people", byMonth: [0], total: 0 },
    { indicator: "followUps", part: "working12", measure: "people", byMonth: [0], total: 0 },
  ];
  return {
    contract: {
      id: "00000000-0000-4000-8000-000000000001",
      programId: "00000000-0000-4000-8000-000000000002",
      programName: "横浜市就労準備支援事業",
      municipality: "横浜市",
      fiscalYear: 2026,
      periodStart: "2026-04-01",
      periodEnd: "2027-03-31",
      capacity: 40,
      indicators: ["newIntakes", "employmentOrIncomeRate", "followUps"],
    },
    fundingStream: null,
    kind: "monthly",
    month: "2026-06",
    months: ["2026-06"],
    totalPeriod: { from: "2026-04-01", to: "2026-06-30" },
    rows,
    submission: null,
    differences: [],
    mayListRecords: false,
    ...overrides,
  };
}

/** The workbook's first sheet, read back as Excel would open it. */
export async function sheetOf(body: Buffer | Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

/** The row whose part label (column B) is `label`, under the headers. */
export function rowLabelled(sheet: ExcelJS.Worksheet, label: string, from = 1): number {
  for (let row = from; row <= sheet.rowCount; row += 1) if (sheet.getCell(row, 2).value === label) return row;
  throw new Error(`no row ${label}`);
}
