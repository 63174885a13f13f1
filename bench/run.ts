// npm run bench — the hot paths, measured in one run so that their medians and ratios can be compared.
// PGlite (in memory) always; a PostgreSQL server too when DATABASE_URL is set (in a schema of its own,
// dropped afterwards). The support area on its scale data (support.ts; kept between runs). Then the web
// app's bundle (when built) and the server's memory and restart. BENCH_PARTS chooses (users, support,
// consultation, reports, bundle, startup; all by default). Prints tables and writes bench/results.json.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../server/src/app.ts";
import { findUsers } from "../server/src/modules/users/users.repository.ts";
import { recordAuditNow, useAuditKeyring, verifyAuditChain } from "../server/src/platform/audit/audit.ts";
import { type DatabaseHandle, openPglite, openPostgres } from "../server/src/platform/db/client.ts";
import { migrate } from "../server/src/platform/db/migrate.ts";
import { testAuditKeyring } from "../server/src/test/config.ts";
import { buildUser } from "../server/src/test/factories.ts";
import { loginHeaders } from "./bench-app.ts";
import { formatBundleSize, measureBundle } from "./bundle-size.ts";
import { benchConsultation, consultationGoals } from "./consultation.ts";
import { benchLoginTiming } from "./login-timing.ts";
import { benchConfig, concurrency, measure as measureRow, type Row } from "./measure.ts";
import { benchReports, reportsGoals } from "./reports.ts";
import { fillUsers } from "./scale-data.ts";
import { benchStartup } from "./startup.ts";
import { apiRatios, benchSupport, openScaleDatabase, scaleSizesFor, supportGoals } from "./support.ts";

const users = Number(process.env.BENCH_USERS ?? 100_000);
const auditEntries = Number(process.env.BENCH_AUDIT ?? 20_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 300);
const measure = (database: string, name: string, work: (i: number) => Promise<unknown>) =>
  measureRow(database, name, iterations, work);

const parts = new Set(
  (process.env.BENCH_PARTS ?? "users,support,consultation,reports,bundle,startup")
    .split(",")
    .map((part) => part.trim()),
);
const supportParticipants = Number(process.env.BENCH_PARTICIPANTS ?? 100_000);

// Broad (thousands of matches), narrow and rare searches, in either kana script and width.
const queries = ["さとう", "ｻﾄｳ", "タカハシ", "example", "さとう みさき", "staff99999", "高橋"];

async function benchDatabase(kind: string, database: DatabaseHandle): Promise<Row[]> {
  await migrate(database);
  console.log(`[${kind}] filling ${users} users and ${auditEntries} audit entries…`);
  await fillUsers(database, users);
  const actor = { id: null, email: "bench", clientAddress: null };
  for (let i = 0; i < auditEntries; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, auditEntries - i) }, (_, j) =>
        recordAuditNow(database.db, actor, { action: "read", entity: "user", recordId: String(i + j) }),
      ),
    );
  }
  // Steady state: autovacuum on a server, the app's own vacuum on PGlite (platform/db/maintenance.ts).
  await database.withRawSession((session) => session.exec("vacuum (analyze)"));
  const app = await buildApp({ config: benchConfig(), database });
  await app.ready();
  const admin = await buildUser(database.db, { role: "admin" });
  const headers = await loginHeaders(app, admin.email);

  const rows: Row[] = [];
  rows.push(await measure(kind, "GET /api/health", () => app.inject({ method: "GET", url: "/api/health" })));
  rows.push(
    await measure(kind, "user search via API (audited, 20 per page)", async (i) => {
      const response = await app.inject({
        method: "GET",
        url: `/api/users?pageSize=20&q=${encodeURIComponent(queries[i % queries.length] ?? "")}`,
        headers,
      });
      if (response.statusCode !== 200) throw new Error(`search failed: ${response.body}`);
    }),
  );
  // The repository's own query, straight through the driver: no HTTP, session or audit entry.
  rows.push(
    await measure(kind, "user search, same SQL straight", (i) =>
      findUsers(database.db, { q: queries[i % queries.length], page: 1, pageSize: 20 }),
    ),
  );
  rows.push(
    await measure(kind, "GET /api/dashboard", () =>
      app.inject({ method: "GET", url: "/api/dashboard", headers }),
    ),
  );
  rows.push(
    await measure(kind, "audit append (reads, group commit)", (i) =>
      recordAuditNow(database.db, actor, { action: "read", entity: "user", recordId: `b${i}` }),
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
  for (const row of await benchLoginTiming(app, database)) rows.push({ database: kind, ...row });
  await app.close();
  return rows;
}

useAuditKeyring(testAuditKeyring);
const results: Row[] = [];
if (parts.has("users")) {
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
  printTable(results);
  for (const kind of new Set(results.map((row) => row.database))) {
    const api = results.find((row) => row.database === kind && row.case.startsWith("user search via API"));
    const straight = results.find(
      (row) => row.database === kind && row.case.startsWith("user search, same SQL"),
    );
    if (api && straight)
      console.log(
        `${kind}: audited API search throughput is ${((api.perSecond / straight.perSecond) * 100).toFixed(0)} % of the straight SQL (goal on PostgreSQL: ≥ 80 %)`,
      );
  }
}

const support: Row[] = [];
if (parts.has("support")) {
  const kinds: ("pglite" | "postgres")[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  // BENCH_DATABASES=postgres measures the server alone (PGlite's 100,000-person seed takes a while).
  const chosen = process.env.BENCH_DATABASES?.split(",").map((kind) => kind.trim());
  for (const kind of kinds.filter((k) => !chosen || chosen.includes(k))) {
    const database = await openScaleDatabase(kind, supportParticipants);
    try {
      support.push(
        ...(await benchSupport(kind, database, {
          participants: supportParticipants,
          iterations,
          sweep: await duplicateSweep(),
        })),
      );
    } finally {
      await database.close();
    }
  }
  console.log(
    `\nSupport at scale: ${supportParticipants} participants, ${Math.round(supportParticipants * 1.5)} cases, ${supportParticipants * 10} activities, ${scaleSizesFor(supportParticipants).workplaces} workplaces, up to ${scaleSizesFor(supportParticipants).placements} placements; ${iterations} calls per case, ${concurrency} at a time (ms; in-process inject, no network)\n`,
  );
  printTable(support);
  for (const line of supportGoals(support)) console.log(line);
}

// The consultation desk (issue 12) on the same scale database, with the desk's data added once.
const consultation: Row[] = [];
if (parts.has("consultation")) {
  const kinds: ("pglite" | "postgres")[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  const chosen = process.env.BENCH_DATABASES?.split(",").map((kind) => kind.trim());
  for (const kind of kinds.filter((k) => !chosen || chosen.includes(k))) {
    const database = await openScaleDatabase(kind, supportParticipants);
    try {
      consultation.push(
        ...(await benchConsultation(kind, database, { participants: supportParticipants, iterations })),
      );
    } finally {
      await database.close();
    }
  }
  console.log(
    `\nConsultation desk at scale: ${supportParticipants * 2} consultations, ${Math.round(supportParticipants * 0.3)} referrals, ${Math.round(supportParticipants / 20)} requests (with the support data of ${supportParticipants} participants); ${iterations} calls per case (figures: at most 60), ${concurrency} at a time (ms; in-process inject)\n`,
  );
  printTable(consultation);
  for (const line of consultationGoals(consultation)) console.log(line);
}

// Reports (issue 14) on the same scale database: contract reports, the records' Excel export, retention.
const reports: Row[] = [];
const reportsMemory: string[] = [];
if (parts.has("reports")) {
  const kinds: ("pglite" | "postgres")[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  const chosen = process.env.BENCH_DATABASES?.split(",").map((kind) => kind.trim());
  for (const kind of kinds.filter((k) => !chosen || chosen.includes(k))) {
    const database = await openScaleDatabase(kind, supportParticipants);
    try {
      const measured = await benchReports(kind, database, { participants: supportParticipants, iterations });
      reports.push(...measured.rows);
      reportsMemory.push(...measured.memory);
    } finally {
      await database.close();
    }
  }
  console.log(
    `\nReports at scale (support data of ${supportParticipants} participants): one call at a time, after two to warm up (ms; in-process inject)\n`,
  );
  printTable(reports);
  for (const line of [...reportsGoals(reports), ...reportsMemory]) console.log(line);
}

/** The duplicate finder's full sweep (its module, when the tree has it): the pairs it found. */
async function duplicateSweep(): Promise<((database: DatabaseHandle) => Promise<number>) | undefined> {
  try {
    const finder = await import(
      "../server/src/modules/support/participants/participants.duplicates.service.ts"
    );
    return async (database) => (await finder.runDuplicateSweep(database.db)).pairCount;
  } catch (error) {
    console.log(`(duplicate sweep not measured: ${(error as Error).message.split("\n")[0]})`);
    return undefined;
  }
}

function printTable(rows: Row[]) {
  console.log(`| database | case | p50 ms | p95 ms | per second |\n|---|---|---:|---:|---:|`);
  for (const row of rows) {
    console.log(
      Number.isFinite(row.p50)
        ? `| ${row.database} | ${row.case} | ${row.p50.toFixed(2)} | ${row.p95.toFixed(2)} | ${row.perSecond.toFixed(0)} |`
        : `| ${row.database} | ${row.case} | not built | | |`,
    );
  }
}

let bundle: Awaited<ReturnType<typeof measureBundle>> | undefined;
if (parts.has("bundle")) {
  try {
    bundle = await measureBundle();
    console.log(`\n${formatBundleSize(bundle)}`);
  } catch (error) {
    console.log(
      `\n(web bundle not measured: ${(error as Error).message.split("\n")[0]}; run npm run build first)`,
    );
  }
}

// Memory and restart of the real server process, and PGlite durable against its defaults.
const startup = parts.has("startup") ? await benchStartup() : [];
if (startup.length > 0) {
  console.log(`\n| server process | p50 | p95 | per second |\n|---|---:|---:|---:|`);
  for (const row of startup)
    console.log(
      `| ${row.case} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.perSecond.toFixed(0)} |`,
    );
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), "results.json");
fs.writeFileSync(
  out,
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      users,
      iterations,
      concurrency,
      results,
      support: { participants: supportParticipants, rows: support, apiRatios: apiRatios(support) },
      consultation: { participants: supportParticipants, rows: consultation },
      reports: { participants: supportParticipants, rows: reports, memory: reportsMemory },
      bundle,
      startup,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
