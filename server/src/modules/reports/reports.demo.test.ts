import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import { contractIndicators } from "@otagai/shared/reports/indicators";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../platform/japan-time.ts";
import { findProgramByCode } from "../../test/factories/programs.ts";
import { useTestApp } from "../../test/test-app.ts";
import { loadDemoData } from "../demo-contributions.ts";
import { contracts } from "../programs/programs.tables.ts";
import { computeReportRows, indicatorsOf } from "./contracts/contract-reports.service.ts";
import { reportSubmissions } from "./contracts/contract-reports.tables.ts";
import { monthPeriod, reportPeriods } from "./contracts/report-periods.ts";
import { countIndicators } from "./indicators/indicators.repository.ts";
import { monthBefore, reportsDemoMonth, reportsDemoProgram } from "./reports.demo.ts";

// The reports' demo data, with every area's demo: the last month that ended has every figure of
// 横浜市就労準備支援事業's contract (就労者数 at least two), and the month before is submitted.

const t = useTestApp();
const today = todayInJapan();
const month = reportsDemoMonth(today);
let programId: string;

beforeAll(async () => {
  expect((await loadDemoData(t.database.db, "demo-passphrase-for-tests")).length).toBeGreaterThan(0);
  programId = (await findProgramByCode(t.database.db, reportsDemoProgram))?.id ?? "";
}, 180_000);

describe("the reports' demo data", () => {
  it("gives the last month that ended every figure of yokohama-readiness's contract, work started by two or more", async () => {
    expect(month < today.slice(0, 7)).toBe(true);
    const figures = await countIndicators(
      t.database.db,
      contractIndicators,
      { programId, fundingStreamId: null },
      monthPeriod(month),
    );
    const total = (indicator: (typeof contractIndicators)[number], part: string) =>
      figures.get(indicator)?.get(part)?.total ?? 0;
    expect(total("startedWork", "people")).toBeGreaterThanOrEqual(2);
    expect(total("raisedIncome", "people")).toBeGreaterThanOrEqual(2);
    expect(total("newIntakes", "intakes")).toBeGreaterThanOrEqual(3);
    expect(total("plansMade", "plans")).toBeGreaterThanOrEqual(3);
    expect(total("workSupportTargets", "people")).toBeGreaterThanOrEqual(3);
    expect(total("employmentOrIncomeRate", "achieved")).toBeGreaterThanOrEqual(2);
    expect(total("activeParticipants", "people")).toBeGreaterThanOrEqual(3);
    expect(total("placementsStarted", "placements")).toBeGreaterThanOrEqual(1);
    expect(total("supportContacts", "contacts")).toBeGreaterThanOrEqual(6);
  });

  it("submits the month before's report with the live figures", async () => {
    const before = monthBefore(month);
    const fiscalYear = fiscalYearOf(`${before}-01`) as number;
    const [contract] = await t.database.db
      .select()
      .from(contracts)
      .where(and(eq(contracts.programId, programId), eq(contracts.fiscalYear, fiscalYear)));
    expect(contract).toBeDefined();
    const [submission] = await t.database.db
      .select()
      .from(reportSubmissions)
      .where(eq(reportSubmissions.contractId, contract?.id ?? ""));
    expect(submission).toMatchObject({ kind: "monthly", month: `${before}-01`, status: "submitted" });
    const live = await computeReportRows(
      t.database.db,
      indicatorsOf(contract?.indicators ?? []),
      { programId, fundingStreamId: null },
      reportPeriods(fiscalYear, "monthly", before),
    );
    expect(submission?.figures).toEqual(live);
  });
});
