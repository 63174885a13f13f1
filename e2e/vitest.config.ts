import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { e2eWorkers } from "./support/workers.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const workers = e2eWorkers;

// Browser journeys against the real server and the built web app. Files run `workers` at a time
// (E2E_WORKERS, 2), each worker against a server and database of its own (global-setup.ts): one
// file at a time per server, as the journeys expect, while the other's waits use the idle core.
export default defineConfig({
  root: repoRoot,
  test: {
    name: "e2e",
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: workers > 1,
    maxWorkers: workers,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ["default"],
  },
});
