import { aggregatesJa } from "./reports/aggregates.ja.ts";
import { contractsJa } from "./reports/contracts.ja.ts";
import { dashboardJa } from "./reports/dashboard.ja.ts";
import { indicatorsJa } from "./reports/indicators.ja.ts";
import { retentionJa } from "./reports/retention.ja.ts";
import type { Widen } from "./widen.ts";

/**
 * Strings of reports and research (web/src/features/reports, issue 14), loaded with its lazy routes;
 * English in reports.en.ts. Each sub-area has its own file under reports/.
 */
export const reportsJa = {
  reports: {
    title: "報告・統計",
    lead: "委託元への月次・年次報告、事業の概況、定着の分析、公開用の集計表。数字はすべて記録から計算し、元の記録までたどれます。",
    nav: {
      label: "報告・統計の画面",
      dashboard: "概況",
      contracts: "委託事業の報告",
      retention: "定着の分析",
      aggregates: "公開用の集計表",
    },
    indicators: indicatorsJa,
    contracts: contractsJa,
    dashboard: dashboardJa,
    retention: retentionJa,
    aggregates: aggregatesJa,
  },
};

export type ReportsCatalog = Widen<typeof reportsJa>;
