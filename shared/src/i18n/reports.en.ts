import { aggregatesEn } from "./reports/aggregates.en.ts";
import { contractsEn } from "./reports/contracts.en.ts";
import { dashboardEn } from "./reports/dashboard.en.ts";
import { indicatorsEn } from "./reports/indicators.en.ts";
import { retentionEn } from "./reports/retention.en.ts";
import type { ReportsCatalog } from "./reports.ja.ts";

export const reportsEn: ReportsCatalog = {
  reports: {
    title: "Reports and research",
    lead: "Monthly and yearly reports to the funders, the programs' overview, retention analysis and aggregate tables. Every figure is computed from the records and traces back to them.",
    nav: {
      label: "Reports pages",
      dashboard: "Overview",
      contracts: "Contract reports",
      retention: "Retention",
      aggregates: "Aggregate tables",
    },
    indicators: indicatorsEn,
    contracts: contractsEn,
    dashboard: dashboardEn,
    retention: retentionEn,
    aggregates: aggregatesEn,
  },
};
