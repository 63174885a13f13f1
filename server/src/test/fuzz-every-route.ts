import { roleHas } from "@otagai/shared/platform/permissions";
import { expect } from "vitest";
import { snapshotDataWhenWritten } from "./database-snapshot.ts";
import { fuzzRoutes } from "./fuzz.ts";
import { realRecordInputs } from "./route-inputs.ts";
import type { useTestApp } from "./test-app.ts";

/** The walk is split into this many parts, one test file each, so the test workers share it. */
export const fuzzParts = 4;

/**
 * The bad-input fuzz over one part of the app's routes (every fourth route, by index), as an
 * administrator (as a partner on the portal's routes, which no internal role may use): no 5xx,
 * refusals in the app's shape that write nothing, no search widened by an SQL fragment.
 */
export async function expectCleanAnswers(t: ReturnType<typeof useTestApp>, part: number): Promise<void> {
  const routes = t.app.routeDefinitions.filter((_, index) => index % fuzzParts === part);
  const report = await fuzzRoutes({
    app: t.app,
    routes,
    credentials: async (route) => {
      // The portal's routes are a partner's alone (ADR 019): walked as a partner, past the permission check.
      const user = await t.loginAs(roleHas("admin", route.permission) ? "admin" : "partner");
      return { cookie: user.cookie, "x-csrf-token": user.csrfToken };
    },
    realInputs: realRecordInputs(t.database.db),
    snapshot: snapshotDataWhenWritten(t.database),
    randomRuns: 10,
  });
  expect(report.failures).toEqual([]);
  expect(report.requests).toBeGreaterThan(routes.length * 20);
}
