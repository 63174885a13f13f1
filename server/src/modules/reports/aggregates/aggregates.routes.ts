import { aggregatesQuerySchema, aggregatesSchema } from "@otagai/shared/reports/aggregates";
import type { Database } from "../../../platform/db/client.ts";
import { localeOf } from "../../../platform/http/request-context.ts";
import { defineRoute, fileResponse, type RouteDefinition } from "../../../platform/http/route.ts";
import { getAggregates } from "./aggregates.service.ts";
import { exportAggregates } from "./aggregates.xlsx.ts";

const tags = ["reports"];

/** Aggregate tables with small cells suppressed (issue 14): counts only, for everyone with reports.read. */
export function aggregatesRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/reports/aggregates",
      permission: "reports.read",
      summary:
        "A fiscal year's aggregate tables (every program or one), cells under the threshold and those that would give them away hidden",
      tags,
      schema: { querystring: aggregatesQuerySchema, response: { 200: aggregatesSchema } },
      handler: ({ query, request }) => getAggregates(db, query, localeOf(request)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/reports/aggregates.xlsx",
      permission: "reports.read",
      summary: "The same tables as an Excel workbook, one sheet per table, hidden cells as ＊ with a legend",
      tags,
      produces: "xlsx",
      schema: { querystring: aggregatesQuerySchema, response: { 200: fileResponse } },
      handler: ({ query, request }) => exportAggregates(db, query, { locale: localeOf(request) }),
    }),
  ];
}
