import { retentionQuerySchema, retentionReportSchema } from "@otagai/shared/reports/retention";
import type { Database } from "../../../platform/db/client.ts";
import { defineRoute, type RouteDefinition } from "../../../platform/http/route.ts";
import * as service from "./retention.service.ts";

const tags = ["reports"];

/** Retention research (issue 14): Kaplan–Meier curves of months in work, and reasons for stopping. */
export function retentionRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/reports/retention",
      permission: "reports.read",
      summary:
        "How long people stay in work: Kaplan–Meier curves by program, outcome type or age band, with numbers at risk, 95% bands and reasons for stopping (figures only)",
      tags,
      schema: { querystring: retentionQuerySchema, response: { 200: retentionReportSchema } },
      handler: ({ query }) => service.getRetentionReport(db, query),
    }),
  ];
}
