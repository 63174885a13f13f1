import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { e2eWorkers } from "./support/workers.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** One server per worker; a file uses its worker's (serverUrl in support/browser.ts). */
    baseUrls: string[];
    demoPassword: string;
  }
}

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
// Only for the throwaway test database; the demo accounts are fictional.
const demoPassword = "e2e-Otagai-demo-passphrase-2026";
// Per server; they start together, sharing the cores.
const startTimeoutMs = 60_000 * e2eWorkers;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + startTimeoutMs;
  let lastProblem = "no answer yet";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server exited (${child.exitCode ?? child.signalCode}) before it was healthy.\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
      lastProblem = `GET /api/health answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(
    `The server did not become healthy within ${startTimeoutMs / 1000} s (${lastProblem}).\n${output()}`,
  );
}

type RunningServer = { baseUrl: string; teardown: () => Promise<void> };

/** One server on its own embedded database with the demo data, healthy, or an error with its output. */
async function startServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "otagai-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = "";
  const output = () => `--- server output (${baseUrl}) ---\n${log.slice(-20_000)}\n---------------------`;

  const child = spawn(process.execPath, ["--import", "tsx", "server/src/server.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      // Each server on its own embedded database, whatever the shell that started the tests has set.
      DATABASE_URL: "",
      NODE_ENV: "test",
      DEMO_PASSWORD: demoPassword,
      // The journeys log in some dozens of times from one address within a few minutes.
      LOGIN_RATE_PER_MINUTE: "500",
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });

  async function teardown() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      if (!(await waitForExit(child, 10_000))) {
        child.kill("SIGKILL");
        await waitForExit(child, 5_000);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
    await rm(`${dataDir}-audit.key`, { force: true });
    if (process.env.E2E_PRINT_SERVER_LOG) console.log(output());
  }

  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    await teardown();
    throw error;
  }
  return { baseUrl, teardown };
}

/**
 * A server per worker (vitest runs `e2eWorkers` files at once): each file still has its server to
 * itself, as when they ran one at a time, and the two halves of the suite overlap their waits.
 */
export default async function setup(project: TestProject) {
  const indexHtml = path.join(repoRoot, "web/dist/index.html");
  if (!existsSync(indexHtml)) {
    throw new Error(
      `${indexHtml} is missing: build the web app first (npm run build), then run the e2e tests.`,
    );
  }
  const started = await Promise.allSettled(Array.from({ length: e2eWorkers }, () => startServer()));
  const servers = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const teardown = async () => {
    await Promise.all(servers.map((server) => server.teardown()));
  };
  const failed = started.find((result) => result.status === "rejected");
  if (failed) {
    await teardown();
    throw failed.reason;
  }
  project.provide(
    "baseUrls",
    servers.map((server) => server.baseUrl),
  );
  project.provide("demoPassword", demoPassword);
  return teardown;
}
