import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite } from "./platform/db/client.ts";
import { lockFileName } from "./platform/db/data-dir-lock.ts";

// The real server as a separate process: what survives a hard kill, and what a start prints.
// With TEST_DATABASE_URL each test gets a database of its own on that server (the server itself
// always uses the public schema; demo data only with DEMO_DATA=true there); without it, PGlite
// files in a temporary DATA_DIR, locked while a server uses them.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const demoPassword = `demo-${randomBytes(9).toString("hex")}`;
const demoAdmin = "admin@demo.otagai.example";
const running = new Set<ChildProcess>();

afterEach(async () => {
  for (const child of running) await stop(child, "SIGKILL");
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Where a server keeps its data for one test, and how to look at it from outside. */
type Store = {
  env: Record<string, string>;
  /** The embedded database's folder; undefined on a PostgreSQL server. */
  dataDir?: string;
  countUsers(): Promise<number>;
  dispose(): Promise<void>;
};

async function freshStore(): Promise<Store> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-server-test-"));
  const removeDir = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (!testDatabaseUrl) {
    return {
      env: { DATA_DIR: dataDir },
      dataDir,
      async countUsers() {
        const database = await openPglite(dataDir);
        try {
          const [row] = await database.withRawSession((session) =>
            session.query<{ n: number }>("select count(*)::int as n from users"),
          );
          return row?.n ?? -1;
        } finally {
          await database.close();
        }
      },
      dispose: removeDir,
    };
  }
  // As the README recommends for production: the database and its tables owned by one role that
  // runs the migrations, the app connected as another that owns nothing (ADR 009).
  const id = randomBytes(6).toString("hex");
  const [name, owner, app] = [`otagai_restart_${id}`, `otagai_owner_${id}`, `otagai_app_${id}`];
  await withClient(testDatabaseUrl, async (client) => {
    await client.query(`create role ${owner} login`);
    await client.query(`create role ${app} login`);
    await client.query(`create database ${name} owner ${owner}`);
  });
  const urlAs = (role: string) => {
    const url = new URL(testDatabaseUrl);
    url.username = role;
    url.password = "";
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    // On a PostgreSQL server demo data loads only when asked for (production ignores it).
    env: {
      DATA_DIR: dataDir,
      DATABASE_URL: urlAs(app),
      DATABASE_MIGRATION_URL: urlAs(owner),
      DEMO_DATA: "true",
    },
    async countUsers() {
      const { rows } = await withClient(urlAs(app), (client) =>
        client.query("select count(*)::int as n from users"),
      );
      return rows[0].n;
    },
    async dispose() {
      await withClient(testDatabaseUrl, async (client) => {
        await client.query(`drop database if exists ${name} with (force)`);
        await client.query(`drop role if exists ${app}`);
        await client.query(`drop role if exists ${owner}`);
      });
      await removeDir();
    },
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type Server = { child: ChildProcess; baseUrl: string; output: () => string };

/** Starts `node --import tsx server/src/server.ts` and waits until /api/health answers. */
async function startServer(store: Store, nodeEnv: "test" | "production"): Promise<Server> {
  const port = await freePort();
  const inherited = Object.fromEntries(
    ["PATH", "HOME", "TMPDIR", "LANG"].flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])),
  );
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/server.ts"], {
    cwd: repoRoot,
    env: {
      ...inherited,
      ...store.env,
      NODE_ENV: nodeEnv,
      PORT: String(port),
      HOST: "127.0.0.1",
      DEMO_PASSWORD: demoPassword,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { child, baseUrl, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not answer /api/health in time:\n${output}`);
}

async function stop(child: ChildProcess, signal: "SIGKILL" | "SIGTERM"): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
  }
  running.delete(child);
}

/** The few response fields these tests read. */
type ApiBody = { code?: string; csrfToken?: string; id?: string; user?: unknown; items?: unknown[] };

/** A browser-like client: keeps cookies and sends the CSRF token with changes. */
class Client {
  private cookies = new Map<string, string>();
  private csrfToken = "";
  constructor(private readonly baseUrl: string) {}

  async send(method: string, url: string, body?: unknown): Promise<{ status: number; body: ApiBody }> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    };
    if (method !== "GET") headers["x-csrf-token"] = this.csrfToken;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    const json: ApiBody = text ? JSON.parse(text) : {};
    if (typeof json.csrfToken === "string") this.csrfToken = json.csrfToken;
    return { status: response.status, body: json };
  }

  async login(email: string, password: string) {
    await this.send("GET", "/api/auth/session");
    return this.send("POST", "/api/auth/login", { email, password });
  }
}

describe("the server process", () => {
  it("keeps what it committed across a hard kill, and prints demo passwords only on the first start", {
    timeout: 120_000,
  }, async () => {
    const store = await freshStore();
    try {
      const first = await startServer(store, "test");
      expect(first.output()).toContain("Demo data loaded");
      expect(first.output()).toContain(demoPassword);
      if (store.dataDir) {
        // While it runs, nothing else may open its data folder (npm run user:create, say).
        await expect(openPglite(store.dataDir)).rejects.toThrow(
          `Otagai is already using ${store.dataDir} (process ${first.child.pid}).`,
        );
      }

      const admin = new Client(first.baseUrl);
      expect((await admin.login(demoAdmin, demoPassword)).status).toBe(200);
      const newUser = { email: "restart.check@test.otagai.example", password: "survives-a-hard-kill-17" };
      const created = await admin.send("POST", "/api/users", {
        ...newUser,
        displayName: "再起 確子",
        displayNameKana: "さいき かくこ",
        role: "staff",
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);

      await stop(first.child, "SIGKILL");
      // The killed server could not remove its lock: the next start takes it over.
      if (store.dataDir)
        expect(fs.readFileSync(path.join(store.dataDir, lockFileName), "utf8").trim()).toBe(
          String(first.child.pid),
        );

      const second = await startServer(store, "test");
      expect(second.output()).not.toContain("Demo data loaded");
      expect(second.output()).not.toContain(demoPassword);
      expect(second.output()).not.toContain("Applied migrations");

      const again = new Client(second.baseUrl);
      expect((await again.login(demoAdmin, demoPassword)).status).toBe(200);
      const found = await again.send("GET", "/api/users?q=restart.check");
      expect(found.status).toBe(200);
      expect(found.body.items).toEqual([
        expect.objectContaining({ id: created.body.id, email: newUser.email, role: "staff" }),
      ]);
      expect((await new Client(second.baseUrl).login(newUser.email, newUser.password)).status).toBe(200);
      await stop(second.child, "SIGTERM");
      if (store.dataDir) expect(fs.existsSync(path.join(store.dataDir, lockFileName))).toBe(false);
    } finally {
      await store.dispose();
    }
  });

  it("loads no demo data in production", { timeout: 120_000 }, async () => {
    const store = await freshStore();
    try {
      const server = await startServer(store, "production");
      expect(server.output()).not.toContain("Demo data loaded");
      expect(server.output()).not.toContain(demoPassword);
      // Two roles on PostgreSQL, and nothing to say about roles on the embedded database.
      expect(server.output()).not.toContain("owns the tables");

      const client = new Client(server.baseUrl);
      const state = await client.send("GET", "/api/auth/session");
      expect(state.status).toBe(200);
      expect(state.body.user).toBeNull();
      const login = await client.login(demoAdmin, demoPassword);
      expect(login.status).toBe(401);
      expect(login.body.code).toBe("LOGIN_FAILED");

      await stop(server.child, "SIGTERM");
      expect(server.child.exitCode).toBe(0);
      expect(await store.countUsers()).toBe(0);
    } finally {
      await store.dispose();
    }
  });
});
