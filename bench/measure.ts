import { type Config, loadConfig } from "../server/src/platform/config.ts";
import { testConfig } from "../server/src/test/config.ts";
// The one way the benchmarks measure: `iterations` calls, `concurrency` at a time, after a warm-up.

export type Row = { database: string; case: string; p50: number; p95: number; perSecond: number };

export const concurrency = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `work` `iterations` times, `clients` (8) at a time; latency per call and overall throughput. */
export async function measure(
  database: string,
  name: string,
  iterations: number,
  work: (i: number) => Promise<unknown>,
  clients = concurrency,
): Promise<Row> {
  for (let i = 0; i < 20; i += 1) await work(i);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
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

/**
 * How many times a pair is measured, alternating API and straight: the machine is shared, and its
 * speed drifts by a fifth from one minute to the next, so one run of each could compare a fast
 * minute with a slow one. Each row is the median of its rounds (per column).
 */
export const pairRounds = Number(process.env.BENCH_ROUNDS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A case through the API and as its SQL straight, alternating `rounds` times: "<name> · API" and "<name> · same SQL straight". */
export async function measurePair(
  database: string,
  name: string,
  iterations: number,
  api: (i: number) => Promise<unknown>,
  straight: (i: number) => Promise<unknown>,
  rounds = pairRounds,
): Promise<[Row, Row]> {
  const apiRounds: Row[] = [];
  const straightRounds: Row[] = [];
  for (let round = 0; round < Math.max(1, rounds); round += 1) {
    apiRounds.push(await measure(database, `${name} · API`, iterations, api));
    straightRounds.push(await measure(database, `${name} · same SQL straight`, iterations, straight));
  }
  const medianRow = (rows: Row[]): Row => ({
    database,
    case: rows[0]?.case ?? name,
    p50: median(rows.map((row) => row.p50)),
    p95: median(rows.map((row) => row.p95)),
    perSecond: median(rows.map((row) => row.perSecond)),
  });
  return [medianRow(apiRounds), medianRow(straightRounds)];
}

/** A single timed run (a sweep, a verification) as a row. */
export async function once(database: string, name: string, work: () => Promise<number>): Promise<Row> {
  const t0 = performance.now();
  const items = await work();
  const ms = performance.now() - t0;
  return { database, case: name, p50: ms, p95: ms, perSecond: items / (ms / 1000) };
}

/**
 * The app's settings for a bench: the tests' (silent logs, a fixed audit key, no login rate limit)
 * with what production runs by default where the tests differ for their own sake (the session cache).
 */
export function benchConfig(): Config {
  const defaults = loadConfig({});
  return testConfig({ sessionPolicy: defaults.sessionPolicy });
}
