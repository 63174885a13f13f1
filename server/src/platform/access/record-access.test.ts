import { type Role, roleHas } from "@otagai/shared/platform/permissions";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../test/factories/programs.ts";
import { queryPairs } from "../../test/fuzz-requests.ts";
import { recordFixtures } from "../../test/record-fixtures.ts";
import { fixtureInputs, paramNames } from "../../test/route-inputs.ts";
import { validObject } from "../../test/schema-inputs.ts";
import { type Session, useTestApp } from "../../test/test-app.ts";
import type { RouteDefinition } from "../http/route.ts";

const t = useTestApp();

/**
 * Routes whose id parameters name records that no program owns: user accounts are the
 * administrators' (role permissions decide), not a program's.
 */
const notProgramRecords = [/^\/api\/users\//];

/** Roles in the order the test prefers one allowed to use a route: the people who work on cases first. */
const rolePreference: Role[] = ["coordinator", "manager", "consultant", "viewer", "staff", "admin"];

function programScopedEntities(route: RouteDefinition): string[] {
  return Object.values(route.records ?? {}).filter((entity) => recordFixtures[entity]?.programScoped);
}

function uuidParams(route: RouteDefinition): string[] {
  return paramNames(route).filter((name) => name === "id" || name.endsWith("Id"));
}

function urlWith(route: RouteDefinition, params: Record<string, string>): string {
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const query = validObject(route.schema.querystring);
  if (!query || Object.keys(query).length === 0) return path;
  return `${path}?${new URLSearchParams(queryPairs(query)).toString()}`;
}

describe("record-level access (generated over every route that takes a record id)", () => {
  it("every route taking an id says which record it names", () => {
    const undeclared = t.app.routeDefinitions
      .filter((route) => uuidParams(route).length > 0)
      .filter((route) => !notProgramRecords.some((pattern) => pattern.test(route.url)))
      .filter((route) => uuidParams(route).some((name) => !route.records?.[name]))
      .map((route) => `${route.method} ${route.url}`);
    expect(undeclared).toEqual([]);
  });

  it("every entity a route names has a record fixture", () => {
    const missing = t.app.routeDefinitions.flatMap((route) =>
      Object.values(route.records ?? {})
        .filter((entity) => !recordFixtures[entity])
        .map((entity) => `${route.method} ${route.url}: ${entity}`),
    );
    expect(missing).toEqual([]);
  });

  // A user limited to program B asks for a record of program A: 404 — the same answer as for a
  // record that does not exist, so not even its existence leaks. A user of program A reads it.
  it("answers 404 to a user of another program, on every such route", async () => {
    const routes = t.app.routeDefinitions.filter((route) => programScopedEntities(route).length > 0);
    const programA = await buildProgram(t.database.db);
    const programB = await buildProgram(t.database.db);
    const sessions = new Map<string, Session>();
    async function sessionOf(role: Role, programId: string) {
      const key = `${role} ${programId}`;
      let session = sessions.get(key);
      if (!session) {
        session = await t.loginAs(role, { programIds: [programId] });
        sessions.set(key, session);
      }
      return session;
    }
    const failures: string[] = [];
    for (const route of routes) {
      const role = rolePreference.find((candidate) => roleHas(candidate, route.permission));
      if (!role) continue;
      const inputs = await fixtureInputs(t.database.db, route, route.records ?? {}, programA.id);
      const body =
        route.method === "GET" ? undefined : { ...(validObject(route.schema.body) ?? {}), ...inputs.body };
      const url = urlWith(route, inputs.params);
      const outsider = await t.request({
        method: route.method,
        url,
        session: await sessionOf(role, programB.id),
        ...(body ? { payload: body } : {}),
      });
      if (outsider.statusCode !== 404)
        failures.push(`${role} of another program: ${route.method} ${route.url} → ${outsider.statusCode}`);
      if (route.method === "GET") {
        const insider = await t.request({ method: "GET", url, session: await sessionOf(role, programA.id) });
        if (insider.statusCode !== 200)
          failures.push(
            `${role} of the record's program: ${route.method} ${route.url} → ${insider.statusCode}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(routes.length).toBeGreaterThan(0);
  }, 120_000);
});
