// Reports at scale (issue 14), on npm run seed:scale's data (the nine programs and their contracts of
// the last two fiscal years): a contract's monthly report and a fiscal year's, through the API and as
// the same figures' SQL straight; the Excel export of every record behind a figure (≥ 10,000 rows),
// streamed, with its memory at two sizes; the retention curves of every program. Each call is what
// one person waits (one at a time: these are pages opened now and then, not a hot path). A route not
// in the tree yet shows as "not built".
import v8 from "node:v8";
import vm from "node:vm";
import type { ContractReport } from "@otagai/shared/reports/contract-reports";
import { sql } from "drizzle-orm";
import type { FastifyInstance, HTTPMethods } from "fastify";
import { buildApp } from "../server/src/app.ts";
import {
  computeReportRows,
  indicatorsOf,
} from "../server/src/modules/reports/contracts/contract-reports.service.ts";
import { recordsPageSize } from "../server/src/modules/reports/contracts/records.xlsx.ts";
import { reportPeriods } from "../server/src/modules/reports/contracts/report-periods.ts";
import { findUserByEmail } from "../server/src/modules/users/users.repository.ts";
import type { DatabaseHandle } from "../server/src/platform/db/client.ts";
import { migrate } from "../server/src/platform/db/migrate.ts";
import { todayInJapan } from "../server/src/platform/demo-data.ts";
import { buildUser } from "../server/src/test/factories.ts";
import { scaleSizesFor, seedScaleData, vacuumScaleTables } from "../server/src/test/scale/seed.ts";
import { generatorSettings } from "../server/src/test/scale/settings.ts";
import { expectOk, loginHeaders, notBuilt } from "./bench-app.ts";
import { benchConfig, type Row } from "./measure.ts";

/** The issue's goals (ms, p95 of one person's call, on PostgreSQL). */
export const reportGoals = { monthly: 1_000, yearly: 3_000, export: 3_000, retention: 2_000 };
/** The rows of the export the goal names, and of the smaller one its memory is compared with. */
export const exportRows = { large: 10_000, small: 1_000 };

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

type Contract = { id: string; programId: string; code: string; fiscalYear: number; cases: number };

async function rowsOf<T>(database: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The bench's manager (made once, password testPassword), logged in through the real login route. */
async function manager(app: FastifyInstance, database: DatabaseHandle): Promise<Record<string, string>> {
  const email = "bench-reports@bench.otagai.example";
  if (!(await findUserByEmail(database.db, email)))
    await buildUser(database.db, { email, role: "manager", displayName: "ベンチ 報告" });
  return loginHeaders(app, email);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** `iterations` calls one after another, after two to warm up: p50, p95 and calls per second. */
async function timed(
  database: string,
  name: string,
  iterations: number,
  work: (i: number) => Promise<unknown>,
): Promise<Row> {
  for (let i = 0; i < 2; i += 1) await work(i);
  const latencies: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const t0 = performance.now();
    await work(i);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const total = latencies.reduce((sum, ms) => sum + ms, 0);
  return {
    database,
    case: name,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    perSecond: iterations / (total / 1000),
  };
}

/** The peak growth of the heap and of the process's memory over one call (sampled every 10 ms). */
async function memoryOf(work: () => Promise<unknown>): Promise<{ heapMb: number; rssMb: number }> {
  gc();
  const before = process.memoryUsage();
  let heap = before.heapUsed;
  let rss = before.rss;
  const sample = () => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  };
  const timer = setInterval(sample, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
    sample();
  }
  return { heapMb: (heap - before.heapUsed) / 2 ** 20, rssMb: (rss - before.rss) / 2 ** 20 };
}

export type ReportsBench = { rows: Row[]; memory: string[] };

export async function benchReports(
  kind: "pglite" | "postgres",
  database: DatabaseHandle,
  options: { participants: number; iterations: number; log?: (line: string) => void },
): Promise<ReportsBench> {
  const log = options.log ?? ((line: string) => console.log(line));
  const iterations = Math.min(options.iterations, 20);
  await migrate(database);
  const seedStarted = performance.now();
  let lastLine = 0;
  await seedScaleData(database.db, generatorSettings(), scaleSizesFor(options.participants), {
    onProgress: ({ phase, done, total }) => {
      if (performance.now() - lastLine < 15_000 && done !== total) return;
      lastLine = performance.now();
      log(
        `[${kind}] seeding ${phase} ${done}/${total} (${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`,
      );
    },
  });
  log(`[${kind}] vacuum and analyze…`);
  await vacuumScaleTables(database);

  const app = await buildApp({ config: benchConfig(), database });
  await app.ready();
  const has = (method: HTTPMethods, url: string) => app.hasRoute({ method, url });
  const headers = await manager(app, database);
  const rows: Row[] = [];
  const memory: string[] = [];
  const get = async (url: string, what: string) => {
    const response = await app.inject({ method: "GET", url, headers });
    expectOk(response, what);
    return response;
  };

  // The contracts of the last two fiscal years, the biggest program's first.
  const contracts = await rowsOf<Contract>(
    database,
    sql`select c.id, c.program_id as "programId", p.code, c.fiscal_year as "fiscalYear",
          (select count(*)::int from cases k where k.program_id = p.id) as cases
        from contracts c join programs p on p.id = c.program_id
        where c.fiscal_year >= (select max(fiscal_year) - 1 from contracts)
        order by cases desc, c.fiscal_year desc`,
  );
  const biggest = contracts.filter((contract) => contract.programId === contracts[0]?.programId);
  const current = biggest[0];
  const previous = biggest[1] ?? current;
  if (!current || !previous) {
    log(`[${kind}] (no contracts: no reports measured)`);
    await app.close();
    return { rows, memory };
  }
  const reportUrl = (contract: Contract, kindOf: "monthly" | "yearly", month?: string) =>
    `/api/reports/contracts/${contract.id}/report?kind=${kindOf}${month ? `&month=${month}` : ""}`;

  // A monthly report of the biggest program: each month of the current fiscal year in turn.
  const months = reportPeriods(current.fiscalYear, "yearly", undefined).months.filter(
    (month) => month <= todayInJapan().slice(0, 7),
  );
  const month = (i: number) => months[i % months.length] ?? months[0] ?? "";
  // The straight SQL counts the contract's own indicators, as the API does.
  const indicatorsOfContract = new Map<string, ReturnType<typeof indicatorsOf>>();
  for (const contract of [current, previous]) {
    const report = (await get(reportUrl(contract, "yearly"), "yearly report")).json() as ContractReport;
    indicatorsOfContract.set(contract.id, indicatorsOf(report.contract.indicators));
  }
  const indicators = (contract: Contract) => indicatorsOfContract.get(contract.id) ?? indicatorsOf([]);
  const scopeOf = (contract: Contract) => ({ programId: contract.programId, fundingStreamId: null });
  log(`[${kind}] monthly report of ${current.code} ${current.fiscalYear}…`);
  const monthly = `monthly report, ${current.code} (${current.cases} cases)`;
  rows.push(
    await timed(kind, `${monthly} · API`, iterations, (i) =>
      get(reportUrl(current, "monthly", month(i)), "monthly report"),
    ),
  );
  rows.push(
    await timed(kind, `${monthly} · same SQL straight`, iterations, (i) =>
      computeReportRows(
        database.db,
        indicators(current),
        scopeOf(current),
        reportPeriods(current.fiscalYear, "monthly", month(i)),
      ),
    ),
  );
  // The same month with every indicator (a contract listing none reports them all): the heaviest.
  rows.push(
    await timed(kind, `monthly report, ${current.code}, every indicator · same SQL straight`, 3, (i) =>
      computeReportRows(
        database.db,
        indicatorsOf([]),
        scopeOf(current),
        reportPeriods(current.fiscalYear, "monthly", month(i)),
      ),
    ),
  );
  // A fiscal year's report: the last complete year and the current one, in turn.
  log(`[${kind}] fiscal-year report of ${previous.code}…`);
  const year = (i: number) => (i % 2 === 0 ? previous : current);
  const yearly = `fiscal-year report, ${previous.code} (${previous.fiscalYear} and ${current.fiscalYear})`;
  rows.push(
    await timed(kind, `${yearly} · API`, Math.min(iterations, 10), (i) =>
      get(reportUrl(year(i), "yearly"), "yearly report"),
    ),
  );
  rows.push(
    await timed(kind, `${yearly} · same SQL straight`, Math.min(iterations, 10), (i) =>
      computeReportRows(
        database.db,
        indicators(year(i)),
        scopeOf(year(i)),
        reportPeriods(year(i).fiscalYear, "yearly", undefined),
      ),
    ),
  );

  // The export: support contacts (one row per contact) of a figure with ≥ 10,000 rows, and of one
  // with ≥ 1,000 for the memory's comparison; the smallest such cells of the contracts' year reports.
  const exportName = "records behind a figure as Excel (GET …/records.xlsx, streamed)";
  if (!has("GET", "/api/reports/contracts/:id/records.xlsx")) rows.push(notBuilt(kind, exportName));
  else {
    log(`[${kind}] choosing the figures to export…`);
    const cells: { contract: Contract; column: string | null; count: number }[] = [];
    for (const contract of contracts) {
      const report = (await get(reportUrl(contract, "yearly"), "yearly report")).json() as ContractReport;
      const contacts = report.rows.find(
        (row) => row.indicator === "supportContacts" && row.part === "contacts",
      );
      if (!contacts) continue;
      cells.push({ contract, column: null, count: contacts.total ?? 0 });
      for (const [index, column] of report.months.entries())
        cells.push({ contract, column, count: contacts.byMonth[index] ?? 0 });
    }
    cells.sort((a, b) => a.count - b.count);
    const atLeast = (n: number) => cells.find((cell) => cell.count >= n) ?? cells.at(-1);
    const large = atLeast(exportRows.large);
    const small = atLeast(exportRows.small);
    const exportOf = (cell: NonNullable<typeof large>) => async () => {
      const column = cell.column ? `&column=${cell.column}` : "";
      const response = await get(
        `/api/reports/contracts/${cell.contract.id}/records.xlsx?kind=yearly&indicator=supportContacts&part=contacts${column}`,
        "export",
      );
      if (!String(response.headers["content-type"]).includes("spreadsheetml"))
        throw new Error("export: not a workbook");
      return response.rawPayload.length;
    };
    if (large && small) {
      const where = (cell: typeof large) =>
        `${cell.count} rows: ${cell.contract.code} ${cell.contract.fiscalYear} ${cell.column ?? "year"}`;
      log(`[${kind}] export of ${where(large)}…`);
      rows.push(await timed(kind, `${exportName}, ${where(large)}`, 5, exportOf(large)));
      rows.push(await timed(kind, `${exportName}, ${where(small)}`, 5, exportOf(small)));
      // Memory: the export at three sizes, each after a collection. Up to a page of rows
      // (recordsPageSize) the heap grows with the page; past it, it should not grow with the rows
      // (the file itself, which inject keeps whole, excepted): the largest figure (≥ 2 × the large
      // one), timed once, against the large one.
      const huge = cells.at(-1);
      const sizes = [small, large, ...(huge && huge.count >= 2 * large.count ? [huge] : [])];
      const measured: string[] = [];
      const heaps: number[] = [];
      for (const cell of sizes) {
        log(`[${kind}] export memory, ${where(cell)}…`);
        let bytes = 0;
        const t0 = performance.now();
        const growth = await memoryOf(async () => {
          bytes = await exportOf(cell)();
        });
        const ms = performance.now() - t0;
        heaps.push(growth.heapMb);
        measured.push(
          `${cell.count} rows heap +${growth.heapMb.toFixed(1)} MB, RSS +${growth.rssMb.toFixed(1)} MB, file ${(bytes / 2 ** 20).toFixed(1)} MB, ${(ms / 1000).toFixed(1)} s`,
        );
      }
      const ratio = (a: number, b: number) => (heaps[a] ?? 0) / Math.max(heaps[b] ?? 0, 0.1);
      const last = sizes.length - 1;
      memory.push(
        `${kind}: export memory, peak growth (pages of ${recordsPageSize} rows): ${measured.join("; ")}; ` +
          `rows ×${((sizes[last]?.count ?? 0) / large.count).toFixed(1)} past the large one: heap ×${ratio(last, 1).toFixed(1)} ` +
          `(from ${small.count} rows: rows ×${(large.count / small.count).toFixed(1)}, heap ×${ratio(1, 0).toFixed(1)})`,
      );
    }
  }

  // The retention curves of every program (figures only).
  const retention = "retention curves, all programs (GET /api/reports/retention)";
  if (!has("GET", "/api/reports/retention")) rows.push(notBuilt(kind, retention));
  else {
    log(`[${kind}] retention…`);
    try {
      rows.push(
        await timed(kind, retention, Math.min(iterations, 10), () =>
          get("/api/reports/retention?groupBy=program", "retention"),
        ),
      );
    } catch (error) {
      log(`[${kind}] retention failed: ${(error as Error).message.slice(0, 200)}`);
      rows.push(notBuilt(kind, `${retention} (failed)`));
    }
  }
  await app.close();
  return { rows, memory };
}

/** The goals of issue 14, checked against a run (p95 of one person's call). */
export function reportsGoals(rows: Row[]): string[] {
  const lines: string[] = [];
  const ok = (pass: boolean) => (pass ? "ok" : "MISSED");
  for (const database of new Set(rows.map((row) => row.database))) {
    const check = (prefix: string, label: string, goal: number) => {
      const row = rows.find(
        (r) => r.database === database && r.case.startsWith(prefix) && !r.case.includes("straight"),
      );
      if (row && Number.isFinite(row.p95))
        lines.push(
          `${database}: ${label} p95 ${row.p95.toFixed(0)} ms (goal ≤ ${goal} ms): ${ok(row.p95 <= goal)}`,
        );
    };
    check("monthly report", "monthly report", reportGoals.monthly);
    check("fiscal-year report", "fiscal-year report", reportGoals.yearly);
    const exports = rows.filter((r) => r.database === database && r.case.startsWith("records behind"));
    const large =
      exports.find((r) => Number(/, (\d+) rows/.exec(r.case)?.[1]) >= exportRows.large) ?? exports[0];
    if (large && Number.isFinite(large.p95))
      lines.push(
        `${database}: export (${/(\d+) rows/.exec(large.case)?.[1]} rows) p95 ${large.p95.toFixed(0)} ms (goal ≤ ${reportGoals.export} ms): ${ok(large.p95 <= reportGoals.export)}`,
      );
    check("retention curves", "retention curves", reportGoals.retention);
  }
  return lines;
}
