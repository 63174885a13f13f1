import { figuresQuerySchema, figuresSchema } from "@otagai/shared/consultation/figures";
import type { Database } from "../../../platform/db/client.ts";
import { localeOf } from "../../../platform/http/request-context.ts";
import { defineRoute, fileResponse } from "../../../platform/http/route.ts";
import { exportFigures } from "./figures.export.ts";
import { getFigures } from "./figures.service.ts";

const tags = ["consultation figures"];

/** The desk's figures (issue 12): aggregates with no person in them, for everyone in the area. */
export function figuresRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/consultation-figures",
      permission: "consultation.read",
      summary:
        "The desk's figures for a period (the current fiscal year by default): consultations, referrals, appointments",
      tags,
      schema: { querystring: figuresQuerySchema, response: { 200: figuresSchema } },
      handler: ({ query }) => getFigures(db, query),
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultation-figures.xlsx",
      permission: "consultation.read",
      summary: "The same figures as an Excel workbook, one sheet per breakdown, in the user's language",
      tags,
      produces: "xlsx",
      schema: { querystring: figuresQuerySchema, response: { 200: fileResponse } },
      handler: ({ query, request }) => exportFigures(db, query, { locale: localeOf(request) }),
    }),
  ];
}
