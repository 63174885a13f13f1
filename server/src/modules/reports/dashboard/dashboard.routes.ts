import { dashboardQuerySchema, dashboardSchema } from "@otagai/shared/reports/dashboard";
import type { Database } from "../../../platform/db/client.ts";
import { defineRoute, type RouteDefinition } from "../../../platform/http/route.ts";
import { getDashboard } from "./dashboard.service.ts";

const tags = ["reports"];

/** The manager's dashboard (issue 14): aggregates with no person in them, for everyone with reports.read. */
export function dashboardRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/reports/dashboard",
      permission: "reports.read",
      summary:
        "A fiscal year's key indicators by month (one program or the association) against the contracts' capacity, with the desk's and the network's key figures",
      tags,
      schema: { querystring: dashboardQuerySchema, response: { 200: dashboardSchema } },
      handler: ({ query }) => getDashboard(db, query),
    }),
  ];
}
