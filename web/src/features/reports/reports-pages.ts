import { IconChartLine, IconFileSpreadsheet, IconGauge, IconTable } from "@tabler/icons-react";

/** The reports' sub-areas, in the order the navigation row shows them. */
export const reportsPages = [
  { key: "dashboard", to: "/reports", icon: IconGauge },
  { key: "contracts", to: "/reports/contracts", icon: IconFileSpreadsheet },
  { key: "retention", to: "/reports/retention", icon: IconChartLine },
  { key: "aggregates", to: "/reports/aggregates", icon: IconTable },
] as const;
