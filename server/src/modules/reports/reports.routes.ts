import type { Database } from "../../platform/db/client.ts";
import type { RouteDefinition } from "../../platform/http/route.ts";
import { aggregatesRoutes } from "./aggregates/aggregates.routes.ts";
import { contractReportsRoutes } from "./contracts/contract-reports.routes.ts";
import { dashboardRoutes } from "./dashboard/dashboard.routes.ts";
import { retentionRoutes } from "./retention/retention.routes.ts";

/** Every route of reports and research (issue 14), by sub-area; app.ts registers them with the rest. */
export function reportsRoutes(db: Database): RouteDefinition[] {
  return [
    ...contractReportsRoutes(db),
    ...dashboardRoutes(db),
    ...retentionRoutes(db),
    ...aggregatesRoutes(db),
  ];
}
