import type { ContractIndicator } from "@otagai/shared/reports/indicators";
import { eq } from "drizzle-orm";
import { reportSubmissions } from "../../modules/reports/contracts/contract-reports.tables.ts";
import type { Period, ReportScope } from "../../modules/reports/indicators/indicator-rows.ts";
import { countIndicators } from "../../modules/reports/indicators/indicators.repository.ts";
import { caseFollowUps } from "../../modules/support/outcomes/outcomes.tables.ts";
import { placementAttendance } from "../../modules/support/placements/attendance.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { buildProgram } from "./programs.ts";

/** Fiscal year 2026 (April 2026 to March 2027), the period most report tests count over. */
export const fiscalYear2026: Period = { from: "2026-04-01", to: "2027-03-31" };

/** A program of its own for a test (its figures start at zero) and its scope. */
export async function buildReportScope(db: Database): Promise<{ programId: string; scope: ReportScope }> {
  const program = await buildProgram(db);
  return { programId: program.id, scope: { programId: program.id, fundingStreamId: null } };
}

/** One part's figures as plain values: `{ months: { "2026-04": 2 }, total: 3 }`. */
export type CountedPart = { months: Record<string, number | null>; total: number | null };

/** An indicator's figures by part, over the period (countIndicators, as the reports count them). */
export async function countOne(
  db: Database,
  indicator: ContractIndicator,
  scope: ReportScope,
  period: Period = fiscalYear2026,
): Promise<Record<string, CountedPart>> {
  const figures = await countIndicators(db, [indicator], scope, period);
  const parts = figures.get(indicator) ?? new Map();
  return Object.fromEntries(
    [...parts].map(([part, counted]) => [
      part,
      { months: Object.fromEntries(counted.byMonth), total: counted.total },
    ]),
  );
}

/** A day of a placement's attendance (present by default, 5 hours). */
export async function buildAttendance(
  db: Database,
  placementId: string,
  day: string,
  overrides: Partial<typeof placementAttendance.$inferInsert> = {},
) {
  const [row] = await db
    .insert(placementAttendance)
    .values({ placementId, day, status: "present", hours: 5, ...overrides })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Records a follow-up as done on a day (still working or not). */
export async function markFollowUpDone(db: Database, id: string, doneOn: string, stillWorking: boolean) {
  await db.update(caseFollowUps).set({ doneOn, stillWorking }).where(eq(caseFollowUps.id, id));
}

/** A submitted report of the contract, straight into the database (the fiscal-year one by default). */
export async function buildReportSubmission(
  db: Database,
  contractId: string,
  overrides: Partial<typeof reportSubmissions.$inferInsert> = {},
) {
  const [row] = await db
    .insert(reportSubmissions)
    .values({ contractId, kind: "yearly", status: "submitted", figures: [], ...overrides })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
