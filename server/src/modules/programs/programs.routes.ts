import {
  contractIdParamsSchema,
  contractSchema,
  createContractInputSchema,
  createFundingStreamInputSchema,
  createProgramInputSchema,
  fundingStreamParamsSchema,
  fundingStreamSchema,
  programDetailSchema,
  programIdParamsSchema,
  programListSchema,
  updateContractInputSchema,
  updateFundingStreamInputSchema,
  updateProgramInputSchema,
} from "@otagai/shared/programs/schemas";
import type { Database } from "../../platform/db/client.ts";
import { actorOf } from "../../platform/http/request-context.ts";
import { defineRoute } from "../../platform/http/route.ts";
import * as service from "./programs.service.ts";

const tags = ["programs"];

/** Programs (事業), their funding streams and yearly contracts: managers edit, everyone internal reads. */
export function programsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/programs",
      permission: "programs.read",
      summary: "The programs (事業) the association runs, with the current fiscal year's contract",
      tags,
      schema: { response: { 200: programListSchema } },
      handler: () => service.findPrograms(db),
    }),
    defineRoute({
      method: "POST",
      url: "/api/programs",
      permission: "programs.manage",
      summary: "Create a program",
      tags,
      schema: { body: createProgramInputSchema, response: { 201: programDetailSchema } },
      handler: ({ body, request }) => service.createProgram(db, actorOf(request), body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/programs/:id",
      permission: "programs.read",
      summary: "One program with its funding streams and contracts (newest fiscal year first)",
      tags,
      records: { id: "program" },
      schema: { params: programIdParamsSchema, response: { 200: programDetailSchema } },
      handler: ({ params }) => service.getProgram(db, params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/programs/:id",
      permission: "programs.manage",
      summary: "Change a program (version-checked)",
      tags,
      records: { id: "program" },
      schema: {
        params: programIdParamsSchema,
        body: updateProgramInputSchema,
        response: { 200: programDetailSchema },
      },
      handler: ({ params, body, request }) => service.updateProgram(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/programs/:id/funding-streams",
      permission: "programs.manage",
      summary: "Add a funding stream (counted apart, e.g. 生活困窮者 and 被保護者)",
      tags,
      records: { id: "program" },
      schema: {
        params: programIdParamsSchema,
        body: createFundingStreamInputSchema,
        response: { 201: fundingStreamSchema },
      },
      handler: ({ params, body, request }) =>
        service.createFundingStream(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/programs/:id/funding-streams/:streamId",
      permission: "programs.manage",
      summary: "Rename a funding stream or end it (never deleted: past cases count under it)",
      tags,
      records: { id: "program", streamId: "funding_stream" },
      schema: {
        params: fundingStreamParamsSchema,
        body: updateFundingStreamInputSchema,
        response: { 200: fundingStreamSchema },
      },
      handler: ({ params, body, request }) =>
        service.updateFundingStream(db, actorOf(request), params.id, params.streamId, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/programs/:id/contracts",
      permission: "programs.manage",
      summary: "Add the program's contract (委託契約) for a fiscal year (one per year)",
      tags,
      records: { id: "program" },
      schema: {
        params: programIdParamsSchema,
        body: createContractInputSchema,
        response: { 201: contractSchema },
      },
      handler: ({ params, body, request }) => service.createContract(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/contracts/:id",
      permission: "programs.manage",
      summary: "Change a contract (version-checked; its fiscal year stays)",
      tags,
      records: { id: "contract" },
      schema: {
        params: contractIdParamsSchema,
        body: updateContractInputSchema,
        response: { 200: contractSchema },
      },
      handler: ({ params, body, request }) => service.updateContract(db, actorOf(request), params.id, body),
    }),
  ];
}
