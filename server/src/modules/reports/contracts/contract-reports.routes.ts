import {
  contractReportParamsSchema,
  contractReportQuerySchema,
  contractReportSchema,
  drillDownQuerySchema,
  drillDownSchema,
  reopenReportInputSchema,
  reportContractListSchema,
  submissionParamsSchema,
  submitReportInputSchema,
} from "@otagai/shared/reports/contract-reports";
import { z } from "zod";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf, localeOf } from "../../../platform/http/request-context.ts";
import { defineRoute, fileResponse, type RouteDefinition } from "../../../platform/http/route.ts";
import { printContractReport } from "./contract-report.pdf.ts";
import { exportContractReport } from "./contract-report.xlsx.ts";
import * as service from "./contract-reports.service.ts";
import { exportRecordsOfFigure } from "./records.xlsx.ts";

const tags = ["reports"];

/** Contract reports (issue 14): the live figures, the records behind one, submitting and reopening. */
export function contractReportsRoutes(db: Database): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/reports/contracts",
      permission: "reports.read",
      summary: "Contracts to report on, newest fiscal year first, with their streams and submitted reports",
      tags,
      schema: {
        querystring: z.strictObject({ fiscalYear: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: reportContractListSchema },
      },
      handler: ({ query }) => service.listReportContracts(db, query.fiscalYear),
    }),
    defineRoute({
      method: "GET",
      url: "/api/reports/contracts/:id/report",
      records: { id: "contract" },
      permission: "reports.read",
      summary:
        "A contract's monthly or fiscal-year report: live figures, the submitted ones and the differences",
      tags,
      schema: {
        params: contractReportParamsSchema,
        querystring: contractReportQuerySchema,
        response: { 200: contractReportSchema },
      },
      handler: ({ params, query, user }) =>
        service.getContractReport(db, accessScopeOf(user), params.id, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/reports/contracts/:id/records",
      records: { id: "contract" },
      permission: "reports.read",
      summary:
        "The records behind one figure (the same query); only the figure for users who may not see them",
      tags,
      schema: {
        params: contractReportParamsSchema,
        querystring: drillDownQuerySchema,
        response: { 200: drillDownSchema },
      },
      handler: ({ params, query, user, request }) =>
        service.findRecordsOfFigure(db, actorOf(request), accessScopeOf(user), params.id, query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/reports/contracts/:id/submissions",
      records: { id: "contract" },
      permission: "reports.submit",
      summary: "Submit a report: its live figures are frozen as sent (again after a reopening)",
      tags,
      schema: {
        params: contractReportParamsSchema,
        body: submitReportInputSchema,
        response: { 200: contractReportSchema },
      },
      handler: ({ params, body, user, request }) =>
        service.submitReport(db, { ...actorOf(request), id: user.id }, accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/reports/submissions/:id/reopen",
      records: { id: "report_submission" },
      permission: "reports.submit",
      summary: "Reopen a submitted report for a correction, with the reason",
      tags,
      schema: {
        params: submissionParamsSchema,
        body: reopenReportInputSchema,
        response: { 200: contractReportSchema },
      },
      handler: ({ params, body, user, request }) =>
        service.reopenReport(db, { ...actorOf(request), id: user.id }, accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/reports/contracts/:id/records.xlsx",
      records: { id: "contract" },
      permission: "reports.read",
      summary:
        "Every record behind one figure as Excel, streamed (audited export; 404 for users who may not list them)",
      tags,
      produces: "xlsx",
      schema: {
        params: contractReportParamsSchema,
        querystring: drillDownQuerySchema,
        response: { 200: fileResponse },
      },
      handler: ({ params, query, user, request }) =>
        exportRecordsOfFigure(db, actorOf(request), accessScopeOf(user), params.id, query, {
          locale: localeOf(request),
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/reports/contracts/:id/report.xlsx",
      records: { id: "contract" },
      permission: "reports.read",
      summary:
        "The report as Excel in the funder's own layout (its template): the submitted figures once sent, else the live ones",
      tags,
      produces: "xlsx",
      schema: {
        params: contractReportParamsSchema,
        querystring: contractReportQuerySchema,
        response: { 200: fileResponse },
      },
      handler: ({ params, query, user }) => exportContractReport(db, accessScopeOf(user), params.id, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/reports/contracts/:id/report.pdf",
      records: { id: "contract" },
      permission: "reports.read",
      summary: "The report on A4 for print: the submitted figures once sent, else the live ones",
      tags,
      produces: "pdf",
      schema: {
        params: contractReportParamsSchema,
        querystring: contractReportQuerySchema,
        response: { 200: fileResponse },
      },
      handler: ({ params, query, user, request }) =>
        printContractReport(db, accessScopeOf(user), localeOf(request), params.id, query),
    }),
  ];
}
