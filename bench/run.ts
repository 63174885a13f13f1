// npm run bench — the foundation's hot paths, measured in one run so their medians can be compared.
// PGlite (in memory) always; a PostgreSQL server too when DATABASE_URL is set (in a schema of its own,
// dropped afterwards). Prints a table and writes bench/results.json.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { toSearchKey } from "@otagai/shared/japanese/kana";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/src/app.ts";
import { recordAuditNow, verifyAuditChain } from "../server/src/platform/audit/audit.ts";
import { type DatabaseHandle, openPglite, openPostgres } from "../server/src/platform/db/client.ts";
import { migrate } from "../server/src/platform/db/migrate.ts";
import { testConfig } from "../server/src/test/config.ts";
import { buildUser, testPassword } from "../server/src/test/factories.ts";
import { fillUsers } from "./scale-data.ts";

const users = Number(process.env.BENCH_USERS ?? 20_000);
const auditEntries = Number(process.env.BENCH_AUDIT ?? 20_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 300);
const concurrency = 8;

type Row = { database: string; case: string; p50: number; p95: number; perSecond: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `work` `iterations` times, `concurrency` at a time; latency per call and overall throughput. */
async function measure(database: string, name: string, work: (i: number) => Promise<unknown>): Promise<Row> {
  for (let i = 0; i < 20; i += 1) await work(i);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < iterations) {
        const i = next++;
        const t0 = performance.now();
        await work(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    database,
    case: name,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    perSecond: iterations / seconds,
  };
}

async function benchDatabase(kind: string, database: DatabaseHandle): Promise<Row[]> {
  await migrate(database);
  console.log(`[${kind}] filling ${users} users and ${auditEntries} audit entries…`);
  await fillUsers(database, users);
  for (let i = 0; i < auditEntries; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, auditEntries - i) }, (_, j) =>
        recordAuditNow(
          database.db,
          { id: null, email: "bench", clientAddress: null },
          { action: "read", entity: "user", recordId: String(i + j) },
        ),
      ),
    );
  }
  const app = await buildApp({ config: testConfig(), database });
  await app.ready();
  const admin = await buildUser(database.db, { role: "admin" });
  const session = await app.inject({ method: "GET", url: "/api/auth/session" });
  const csrf = session.cookies.find((cookie) => cookie.name === "otagai_csrf")?.value ?? "";
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    headers: { cookie: `otagai_csrf=${csrf}`, "x-csrf-token": csrf },
    payload: { email: admin.email, password: testPassword },
  });
  const sessionCookie = login.cookies.find((cookie) => cookie.name === "otagai_session")?.value ?? "";
  const headers = { cookie: `otagai_session=${sessionCookie}; otagai_csrf=${csrf}`, "x-csrf-token": csrf };
  const queries = ["さとう", "ｻﾄｳ", "タカハシ", "example", "みさき", "高橋"];

  const rows: Row[] = [];
  rows.push(await measure(kind, "GET /api/health", () => app.inject({ method: "GET", url: "/api/health" })));
  rows.push(
    await measure(kind, "user search via API (kana, 20 per page)", (i) =>
      app.inject({
        method: "GET",
        url: `/api/users?pageSize=20&q=${encodeURIComponent(queries[i % queries.length] ?? "")}`,
        headers,
      }),
    ),
  );
  rows.push(
    await measure(kind, "user search, same SQL straight", (i) => {
      const key = `%${toSearchKey(queries[i % queries.length] ?? "")}%`;
      return Promise.all([
        database.db.execute(
          sql`select * from users where search_text like ${key} order by sort_key collate "C", email limit 20`,
        ),
        database.db.execute(sql`select count(*) from users where search_text like ${key}`),
      ]);
    }),
  );
  rows.push(
    await measure(kind, "GET /api/dashboard", () =>
      app.inject({ method: "GET", url: "/api/dashboard", headers }),
    ),
  );
  rows.push(
    await measure(kind, "audit append (one entry, own transaction)", (i) =>
      recordAuditNow(
        database.db,
        { id: null, email: "bench", clientAddress: null },
        { action: "read", entity: "user", recordId: `b${i}` },
      ),
    ),
  );
  const t0 = performance.now();
  const verification = await verifyAuditChain(database.db);
  const verifyMs = performance.now() - t0;
  rows.push({
    database: kind,
    case: `verify audit chain (${verification.checked} entries)`,
    p50: verifyMs,
    p95: verifyMs,
    perSecond: verification.checked / (verifyMs / 1000),
  });
  await app.close();
  return rows;
}

const results: Row[] = [];
const pglite = await openPglite(undefined);
results.push(...(await benchDatabase("pglite", pglite)));
await pglite.close();
if (process.env.DATABASE_URL) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const postgres = await openPostgres(process.env.DATABASE_URL, 10, schema);
  try {
    results.push(...(await benchDatabase("postgres", postgres)));
  } finally {
    await postgres.withRawSession((session) => session.exec(`drop schema ${schema} cascade`));
    await postgres.close();
  }
}

console.log(
  `\n${users} users, ${iterations} calls per case, ${concurrency} at a time (ms; in-process inject, no network)\n`,
);
console.log(`| database | case | p50 ms | p95 ms | per second |\n|---|---|---:|---:|---:|`);
for (const row of results) {
  console.log(
    `| ${row.database} | ${row.case} | ${row.p50.toFixed(2)} | ${row.p95.toFixed(2)} | ${row.perSecond.toFixed(0)} |`,
  );
}
for (const kind of new Set(results.map((row) => row.database))) {
  const api = results.find((row) => row.database === kind && row.case.startsWith("user search via API"));
  const straight = results.find(
    (row) => row.database === kind && row.case.startsWith("user search, same SQL"),
  );
  if (api && straight)
    console.log(
      `${kind}: API search throughput is ${((api.perSecond / straight.perSecond) * 100).toFixed(0)} % of the straight SQL`,
    );
}
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), "results.json");
fs.writeFileSync(
  out,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), users, iterations, concurrency, results }, null, 2)}\n`,
);
console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
