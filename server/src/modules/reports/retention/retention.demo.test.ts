import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { selectRows } from "../../../platform/db/select-rows.ts";
import { todayInJapan } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { loadDemoData } from "../../demo-contributions.ts";
import { retentionDemoEmployers, stopOf } from "./retention.demo.ts";
import { getRetentionReport } from "./retention.service.ts";

const t = useTestApp();

describe("retention's demo data", () => {
  it("stops about a third at their first or second follow-up", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(stopOf)).toEqual([0, null, null, 1, null, null, 0]);
  });

  it("gives curves with stops and censorings, reasons counted, and nothing overdue", async () => {
    await loadDemoData(t.database.db, "demo-passphrase-for-tests");
    const report = await getRetentionReport(t.database.db, { groupBy: "outcomeType", population: "all" });
    const n = report.curves.reduce((sum, curve) => sum + curve.n, 0);
    const events = report.curves.reduce((sum, curve) => sum + curve.events, 0);
    expect(n).toBeGreaterThanOrEqual(20);
    expect(events).toBeGreaterThanOrEqual(5);
    expect(events).toBeLessThan(n);
    expect(report.curves.some((curve) => curve.followedMonths >= 12)).toBe(true);
    expect(report.reasons.items.find((item) => item.reason === "health")?.count).toBeGreaterThanOrEqual(2);
    // No follow-up of these (started before this fiscal year) outcomes is left undone while due (or due within the month).
    const soon = await selectRows<{ count: number }>(
      t.database.db,
      sql`select count(*)::int as count from case_follow_ups f
        join case_outcomes o on o.id = f.outcome_id
        where f.done_on is null and f.due_on <= ${addDays(todayInJapan(), 30)}::date
          and o.workplace_id is null and o.notes = '' and o.employer_name in (${sql.join(
            retentionDemoEmployers.map((name) => sql`${name}`),
            sql`, `,
          )})`,
    );
    expect(soon[0]?.count).toBe(0);
  });
});
