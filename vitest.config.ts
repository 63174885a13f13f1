import os from "node:os";
import { defineConfig } from "vitest/config";

// Unit and database tests. End-to-end tests have their own config (e2e/vitest.config.ts).
export default defineConfig({
  test: {
    // Vitest keeps a core for itself by default: one worker on the 2-core machines we run on, and
    // the database tests waiting on PostgreSQL leave that core idle. Two workers ran the PGlite pass
    // in 415 s instead of 540 s, the PostgreSQL pass in 263 s instead of 457 s.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        test: {
          name: "shared",
          include: ["shared/src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // The web app's logic kept apart from React (what a grid sends, what a 409 does to it).
        // No DOM here: pages are exercised in the browser by e2e/.
        test: {
          name: "web",
          include: ["web/src/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // The repository's own scripts: npm start's build step, the Node.js versions promised.
        test: {
          name: "scripts",
          include: ["scripts/**/*.test.mjs"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "server",
          include: ["server/src/**/*.test.ts", "bench/**/*.test.ts"],
          environment: "node",
          setupFiles: ["server/src/test/setup.ts"],
          // One PGlite per worker, shared by the test files that worker runs; each file gets its
          // own schema (server/src/test/database.ts), so files never see each other's rows.
          isolate: false,
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
