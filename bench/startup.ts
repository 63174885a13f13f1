// The server's start and memory, measured on the real process (not in-process inject):
// - restart time: from spawning `npm start` to GET /api/health answering 200, on an existing data
//   folder with unchanged sources, against the old start script (always rebuilding the web app);
// - resident memory (VmRSS) of the server process after start and after 200 logins and 200 user
//   searches, under `npm start` (the compiled bundle) and run from source with tsx;
// - the embedded database alone, each configuration in a fresh process: RSS after opening, and
//   2,000 small write transactions (a login's update and an audit append) with the durable settings
//   the server uses against PGlite's own defaults (fsync off, 128 MB of shared buffers) — the
//   "before" of ADR 010.
// Run alone: node --import tsx bench/startup.ts (prints a table), or through benchStartup().
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { pgliteOptions } from "../server/src/platform/db/pglite-settings.ts";

type Row = { case: string; p50: number; p95: number; perSecond: number };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const restarts = Number(process.env.BENCH_RESTARTS ?? 5);
const memoryRuns = Number(process.env.BENCH_MEMORY_RUNS ?? 3);
const requests = Number(process.env.BENCH_STARTUP_REQUESTS ?? 200);
const writes = Number(process.env.BENCH_WRITES ?? 2000);
const demoPassword = "bench-startup-password-1";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summarize(name: string, values: number[], perSecond?: number): Row {
  const sorted = [...values].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  return { case: name, p50, p95: percentile(sorted, 95), perSecond: perSecond ?? (p50 > 0 ? 1000 / p50 : 0) };
}

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Started = { child: ChildProcess; port: number; ms: number; output: () => string };

/** Spawns `command` in its own process group and waits until /api/health answers 200. */
async function startServer(command: string[], dataDir: string): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const [file, ...args] = command as [string, ...string[]];
  // NODE_ENV unset, as for a person typing npm start (development: demo data; a set NODE_ENV
  // would also reach the old start's web build).
  const { NODE_ENV: _nodeEnv, ...environment } = process.env;
  const child = spawn(file, args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...environment,
      DATA_DIR: dataDir,
      AUDIT_KEY_FILE: `${dataDir}-audit.key`,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      DEMO_PASSWORD: demoPassword,
      LOGIN_RATE_PER_MINUTE: "10000",
      DATABASE_URL: "",
      DATABASE_MIGRATION_URL: "",
    },
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before answering:\n${output}`))),
  );
  const healthy = (async () => {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  await Promise.race([healthy, exited]);
  return { child, port, ms: performance.now() - started, output: () => output };
}

/** SIGTERM to the whole group (npm → sh → node), then wait: the server closes the database cleanly. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-(child.pid as number), "SIGTERM");
  await exited;
  // npm may exit before its child: wait until the data folder's lock is released.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** The real node process under `npm start` (npm → sh → node): the deepest descendant. */
function serverPid(child: ChildProcess): number {
  let pid = child.pid as number;
  for (;;) {
    let children: string;
    try {
      children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    } catch {
      return pid;
    }
    if (!children) return pid;
    pid = Number(children.split(/\s+/)[0]);
  }
}

/** One client: log in as the demo admin, as a browser does (pre-session cookie, CSRF header). */
async function login(port: number): Promise<{ cookie: string; csrf: string }> {
  const base = `http://127.0.0.1:${port}`;
  const anonymous = await fetch(`${base}/api/auth/session`);
  const preCookies = anonymous.headers.getSetCookie().map((line) => line.split(";")[0] ?? "");
  const { csrfToken } = (await anonymous.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: preCookies.join("; "), "x-csrf-token": csrfToken },
    body: JSON.stringify({ email: "admin@demo.otagai.example", password: demoPassword }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookies = new Map(preCookies.map((pair) => pair.split("=", 2) as [string, string]));
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, value] = (pair ?? "").split("=", 2);
    if (name) cookies.set(name, value ?? "");
  }
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "), csrf: body.csrfToken };
}

async function exercise(port: number): Promise<void> {
  const queries = ["やまだ", "suzuki", "admin", "たなか", "demo", "さとう"];
  let session = await login(port);
  for (let i = 0; i < requests; i += 1) {
    session = await login(port);
    const response = await fetch(
      `http://127.0.0.1:${port}/api/users?pageSize=20&q=${encodeURIComponent(queries[i % queries.length] ?? "")}`,
      { headers: { cookie: session.cookie } },
    );
    if (response.status !== 200)
      throw new Error(`search failed: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }
}

function tempDataDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "otagai-bench-startup-")), "data");
}

const serve = ["node", "--import", "tsx", "server/src/server.ts"];

async function benchRestart(): Promise<Row[]> {
  const dataDir = tempDataDir();
  // First start: creates the database, migrates, loads demo data.
  const first = await startServer(serve, dataDir);
  await stopServer(first.child);
  // Make sure the build-if-changed check finds the web app built from these sources.
  const warm = await startServer(["npm", "start"], dataDir);
  await stopServer(warm.child);
  const rows: Row[] = [];
  for (const [name, command] of [
    ["restart: npm start (web built only when its sources changed)", ["npm", "start"]],
    [
      "restart: old npm start (npm run build && npm run serve)",
      ["sh", "-c", "npm run build && npm run serve"],
    ],
    ["restart: from source with tsx, no build (npm run serve without npm)", serve],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < restarts; i += 1) {
      const started = await startServer([...command], dataDir);
      times.push(started.ms);
      await stopServer(started.child);
    }
    rows.push(summarize(`${name} (ms)`, times));
  }
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  return rows;
}

async function benchServerMemory(): Promise<Row[]> {
  const rows: Row[] = [];
  const dataDir = tempDataDir();
  const first = await startServer(serve, dataDir);
  await stopServer(first.child);
  for (const [name, command] of [
    ["npm start (bundle, --liftoff-only)", ["npm", "start"]],
    ["from source with tsx (the old npm start's runtime)", serve],
  ] as const) {
    const afterStart: number[] = [];
    const afterRequests: number[] = [];
    for (let i = 0; i < memoryRuns; i += 1) {
      const started = await startServer([...command], dataDir);
      try {
        const pid = serverPid(started.child);
        await new Promise((resolve) => setTimeout(resolve, 500));
        afterStart.push(rssMegabytes(pid));
        await exercise(started.port);
        afterRequests.push(rssMegabytes(pid));
      } finally {
        await stopServer(started.child);
      }
    }
    rows.push(summarize(`server RSS after start, ${name} (MB)`, afterStart, 0));
    rows.push(
      summarize(`server RSS after ${requests} logins + ${requests} searches, ${name} (MB)`, afterRequests, 0),
    );
  }
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  return rows;
}

/** PGlite's defaults as Otagai used them before ADR 010: fsync off (-F), 128 MB of shared buffers. */
const pgliteDefaults: PGliteOptions = { extensions: { pg_trgm } };

type PgliteMeasure = { rssAfterOpen: number; rssAfterWrites: number; latencies: number[]; seconds: number };

/** In a child process (fresh memory): open a data folder with one configuration and write to it. */
async function measurePglite(configuration: "durable" | "defaults", dataDir: string): Promise<PgliteMeasure> {
  const pgdata = path.join(dataDir, "pglite");
  const client = await PGlite.create(
    pgdata,
    configuration === "durable" ? pgliteOptions(pgdata) : pgliteDefaults,
  );
  await client.exec(`
    create table if not exists bench_accounts (id int primary key, last_login timestamptz, failures int not null default 0);
    create table if not exists bench_events (id bigserial primary key, at timestamptz not null default now(), actor int, action text, detail jsonb);
    insert into bench_accounts (id) select g from generate_series(1, 100) g on conflict do nothing;`);
  const rssAfterOpen = rssMegabytes(process.pid);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < writes; i += 1) {
    const t0 = performance.now();
    await client.transaction(async (tx) => {
      await tx.query("update bench_accounts set last_login = now(), failures = 0 where id = $1", [
        (i % 100) + 1,
      ]);
      await tx.query("insert into bench_events (actor, action, detail) values ($1, 'login', $2)", [
        (i % 100) + 1,
        JSON.stringify({ address: "192.0.2.1", agent: "bench" }),
      ]);
    });
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const rssAfterWrites = rssMegabytes(process.pid);
  await client.close();
  return { rssAfterOpen, rssAfterWrites, latencies, seconds };
}

function pgliteChild(configuration: "durable" | "defaults", dataDir: string): Promise<PgliteMeasure> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "node",
      ["--import", "tsx", fileURLToPath(import.meta.url), "--pglite-child", configuration, dataDir],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`PGlite bench child failed (${code})`));
      resolve(JSON.parse(output.trim().split("\n").pop() ?? "{}") as PgliteMeasure);
    });
  });
}

/** A first process creates the database (initdb's memory stays with it); a second one is measured. */
async function runPgliteChild(configuration: "durable" | "defaults"): Promise<PgliteMeasure> {
  const dataDir = tempDataDir();
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    await pgliteChild(configuration, dataDir);
    return await pgliteChild(configuration, dataDir);
  } finally {
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
}

async function benchPglite(): Promise<Row[]> {
  const rows: Row[] = [];
  const label = {
    durable: "PGlite durable (Otagai's settings)",
    defaults: "PGlite defaults (fsync off, 128 MB buffers; before)",
  };
  // Alternated, so that both see the same machine load.
  const runs: Record<"durable" | "defaults", PgliteMeasure[]> = { durable: [], defaults: [] };
  for (let i = 0; i < memoryRuns; i += 1) {
    for (const configuration of ["defaults", "durable"] as const)
      runs[configuration].push(await runPgliteChild(configuration));
  }
  for (const configuration of ["defaults", "durable"] as const) {
    const measured = runs[configuration];
    const latencies = measured.flatMap((run) => run.latencies);
    const throughput = measured.map((run) => writes / run.seconds).sort((a, b) => a - b);
    rows.push(
      summarize(
        `${label[configuration]}: ${writes} write transactions (ms each)`,
        latencies,
        percentile(throughput, 50),
      ),
    );
    rows.push(
      summarize(
        `${label[configuration]}: RSS after open (MB)`,
        measured.map((run) => run.rssAfterOpen),
        0,
      ),
    );
    rows.push(
      summarize(
        `${label[configuration]}: RSS after writes (MB)`,
        measured.map((run) => run.rssAfterWrites),
        0,
      ),
    );
  }
  return rows;
}

export async function benchStartup(): Promise<Row[]> {
  return [...(await benchPglite()), ...(await benchServerMemory()), ...(await benchRestart())];
}

function printTable(rows: Row[]): void {
  console.log("| case | p50 | p95 | per second |\n|---|---:|---:|---:|");
  for (const row of rows)
    console.log(
      `| ${row.case} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.perSecond.toFixed(1)} |`,
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "--pglite-child") {
    const result = await measurePglite(process.argv[3] as "durable" | "defaults", process.argv[4] as string);
    console.log(JSON.stringify(result));
  } else {
    printTable(await benchStartup());
  }
}
