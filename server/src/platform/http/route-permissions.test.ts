import { PUBLIC, type Role, roleHas, roles } from "@otagai/shared/platform/permissions";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { placeholderUrl } from "../../test/route-inputs.ts";
import { type Session, useTestApp } from "../../test/test-app.ts";
import { sessionCookieName } from "../sessions/sessions.ts";
import type { RouteDefinition } from "./route.ts";

const t = useTestApp();

/** Routes Fastify knows under /api that declare no permission (documentation pages excepted). */
function undeclaredRoutes(app: typeof t.app) {
  return app.apiRoutes.filter((route) => route.permission === undefined);
}

describe("route permissions", () => {
  it("every /api route declares the permission it needs", () => {
    expect(t.app.routeDefinitions.length).toBeGreaterThan(10);
    expect(undeclaredRoutes(t.app)).toEqual([]);
  });

  it("a route that declares no permission is found by the check and refused to everyone", async () => {
    const app = await buildApp({ config: t.config, database: t.database });
    app.get("/api/undeclared", async () => ({ leaked: true }));
    await app.ready();
    try {
      expect(undeclaredRoutes(app).map((route) => route.url)).toEqual(["/api/undeclared"]);
      const admin = await t.loginAs("admin");
      const response = await app.inject({
        method: "GET",
        url: "/api/undeclared",
        headers: { cookie: admin.cookie },
      });
      expect(response.statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });

  // Every registered route × every role, plus anonymous. A role keeps its session from route to
  // route (logging in for each call was five sixths of the test's time) until a route ends or renews
  // it (logout, a password change: their answer sets the session cookie); a 401 is asked again with
  // a fresh session before it counts, so a session ended another way can never fail a route.
  it("allows each role exactly what its permissions say, and asks anonymous callers to log in", async () => {
    const failures: string[] = [];
    const sessions = new Map<Role, Session>();
    async function callAs(role: Role, definition: RouteDefinition) {
      for (const fresh of [false, true]) {
        const session = (!fresh && sessions.get(role)) || (await t.loginAs(role));
        sessions.set(role, session);
        const response = await t.request({
          method: definition.method,
          url: placeholderUrl(definition),
          session,
        });
        if (response.cookies.some((cookie) => cookie.name === sessionCookieName)) sessions.delete(role);
        if (response.statusCode !== 401 || fresh) return response;
      }
      throw new Error("unreachable");
    }
    for (const definition of t.app.routeDefinitions) {
      for (const role of roles) {
        const response = await callAs(role, definition);
        const allowed = roleHas(role, definition.permission);
        const ok = allowed ? ![401, 403].includes(response.statusCode) : response.statusCode === 403;
        if (!ok)
          failures.push(
            `${role} ${definition.method} ${definition.url} → ${response.statusCode} (allowed: ${allowed})`,
          );
        if (response.statusCode >= 500)
          failures.push(`${role} ${definition.method} ${definition.url} → 5xx ${response.body}`);
      }
      const anonymous = await t.anonymous();
      const response = await t.request({
        method: definition.method,
        url: placeholderUrl(definition),
        session: anonymous,
      });
      const expected =
        definition.permission === PUBLIC
          ? response.statusCode !== 401 && response.statusCode !== 403
          : response.statusCode === 401;
      if (!expected)
        failures.push(`anonymous ${definition.method} ${definition.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  // The router decodes the path before matching, so every spelling of a route must meet the same checks.
  it.each(["/%61pi", "/%61%70%69", "/ap%69"])(
    "gives anonymous callers no way around the checks via %s",
    async (prefix) => {
      for (const definition of t.app.routeDefinitions.filter((route) => route.permission !== "public")) {
        const url = placeholderUrl(definition).replace(/^\/api/, prefix);
        const response = await t.request({ method: definition.method, url, payload: {} });
        expect(response.statusCode, `${definition.method} ${url}`).toBe(401);
      }
    },
  );
});
