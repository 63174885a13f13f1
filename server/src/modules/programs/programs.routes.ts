import { type Program, programListSchema } from "@otagai/shared/programs/schemas";
import type { Database } from "../../platform/db/client.ts";
import { defineRoute } from "../../platform/http/route.ts";
import { findPrograms, type ProgramRow } from "./programs.repository.ts";

function presentProgram(row: ProgramRow): Program {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameKana: row.nameKana,
    funder: row.funder,
    active: row.active,
  };
}

export function programsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/programs",
      permission: "programs.read",
      summary: "The programs (事業) the association runs",
      tags: ["programs"],
      schema: { response: { 200: programListSchema } },
      handler: async () => ({ items: (await findPrograms(db)).map(presentProgram) }),
    }),
  ];
}
