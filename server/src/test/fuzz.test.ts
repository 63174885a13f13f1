import { sql } from "drizzle-orm";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { DatabaseHandle } from "../platform/db/client.ts";
import { registerErrorHandler } from "../platform/http/error-handler.ts";
import { registerRoutes } from "../platform/http/register-routes.ts";
import { defineRoute, type RouteDefinition } from "../platform/http/route.ts";
import { testConfig } from "./config.ts";
import { openTestDatabase } from "./database.ts";
import { fuzzRoutes } from "./fuzz.ts";

// The fuzz test is only worth its run time if it finds the bugs it is there for. Two routes with
// the classic mistakes, on a throwaway app over a table of three people: one decodes a query value
// a second time (a 500 on "%zz"), one pastes the search into SQL (`' OR '1'='1` finds everyone).
// The fuzz must report both, and nothing once they are written properly.

let database: DatabaseHandle;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  await database.withRawSession((session) =>
    session.exec(
      "create table fuzz_people (name text not null); insert into fuzz_people values ('山田 花子'), ('佐藤 一郎'), ('鈴木 次郎')",
    ),
  );
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database?.close();
});

const search = z.strictObject({ q: z.string().max(100).optional() });
const page = z.object({ items: z.array(z.string()), total: z.number().int() });

function peopleRoutes(careless: boolean): RouteDefinition[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/people/decoded",
      permission: "public",
      summary: "echoes the search",
      tags: [],
      schema: { querystring: search, response: { 200: page } },
      // The query parser has decoded the value already: decoding again throws on a literal "%".
      handler: async ({ query }) => {
        const text = careless ? decodeURIComponent(query.q ?? "") : (query.q ?? "");
        return { items: [text], total: 1 };
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/people/by-name",
      permission: "public",
      summary: "people with this name",
      tags: [],
      schema: { querystring: search, response: { 200: page } },
      handler: async ({ query }) => {
        const name = query.q ?? "";
        const statement = careless
          ? sql.raw(`select name from fuzz_people where name = '${name}'`)
          : sql`select name from fuzz_people where name = ${name}`;
        const result = (await database.db.execute(statement)) as unknown as { rows: { name: string }[] };
        return { items: result.rows.map((row) => row.name), total: result.rows.length };
      },
    }),
  ];
}

async function throwawayApp(routes: RouteDefinition[]): Promise<FastifyInstance> {
  const app = Fastify();
  apps.push(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.decorate("routeDefinitions", []);
  registerRoutes(app, testConfig(), routes);
  await app.ready();
  return app;
}

describe("the bad-input fuzz", () => {
  it("reports a route that decodes a query value twice, and one that builds SQL from the search", async () => {
    const app = await throwawayApp(peopleRoutes(true));
    const { failures } = await fuzzRoutes({ app, routes: app.routeDefinitions, randomRuns: 0 });
    expect(failures.some((line) => line.startsWith("GET /api/people/decoded [query.q] server error"))).toBe(
      true,
    );
    expect(
      failures.some((line) =>
        line.startsWith(
          "GET /api/people/by-name [query.q] more rows for an SQL fragment than for a harmless word",
        ),
      ),
      failures.join("\n"),
    ).toBe(true);
  });

  it("reports nothing once both are written properly", async () => {
    const app = await throwawayApp(peopleRoutes(false));
    const { failures } = await fuzzRoutes({ app, routes: app.routeDefinitions, randomRuns: 20 });
    expect(failures).toEqual([]);
  });
});
