import { expect } from "vitest";
import { snapshotData } from "./database-snapshot.ts";
import { fuzzRoutes } from "./fuzz.ts";
import { realRecordInputs } from "./route-inputs.ts";
import type { useTestApp } from "./test-app.ts";

/**
 * The bad-input fuzz over one half of the app's routes (every other route, by index), as an
 * administrator: no 5xx, refusals in the app's shape that write nothing, no search widened by an
 * SQL fragment. Two test files take a half each, so two workers share the walk.
 */
export async function expectCleanAnswers(t: ReturnType<typeof useTestApp>, half: 0 | 1): Promise<void> {
  const routes = t.app.routeDefinitions.filter((_, index) => index % 2 === half);
  const report = await fuzzRoutes({
    app: t.app,
    routes,
    credentials: async () => {
      const admin = await t.loginAs("admin");
      return { cookie: admin.cookie, "x-csrf-token": admin.csrfToken };
    },
    realInputs: realRecordInputs(t.database.db),
    snapshot: () => snapshotData(t.database),
    randomRuns: 10,
  });
  expect(report.failures).toEqual([]);
  expect(report.requests).toBeGreaterThan(routes.length * 20);
}
