// Login timing: a wrong password on a real account against an address that is no account. The two
// answers are the same (401 LOGIN_FAILED); if one took measurably longer, timing alone would tell an
// attacker which e-mail addresses have accounts (ADR 004). Measured one call at a time, the two cases
// interleaved, so that drift in the machine's load falls on both alike.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../server/src/platform/db/client.ts";
import { buildUser } from "../server/src/test/factories.ts";

export type LoginTimingRow = { case: string; p50: number; p95: number; perSecond: number };

const iterations = Number(process.env.BENCH_LOGIN_ITERATIONS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summarize(name: string, latencies: number[]): LoginTimingRow {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = latencies.reduce((sum, value) => sum + value, 0);
  return {
    case: name,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    perSecond: latencies.length / (total / 1000),
  };
}

export async function benchLoginTiming(
  app: FastifyInstance,
  database: DatabaseHandle,
): Promise<LoginTimingRow[]> {
  const user = await buildUser(database.db, { role: "staff" });
  const session = await app.inject({ method: "GET", url: "/api/auth/session" });
  const preSession = session.cookies.find((cookie) => cookie.name === "otagai_csrf")?.value ?? "";
  const headers = { cookie: `otagai_csrf=${preSession}`, "x-csrf-token": session.json().csrfToken as string };

  // A new client address per call: the per-address rate limit is not what is measured.
  let call = 0;
  const attempt = async (email: string): Promise<number> => {
    call += 1;
    const remoteAddress = `10.${(call >> 16) & 255}.${(call >> 8) & 255}.${call & 255}`;
    const started = performance.now();
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers,
      remoteAddress,
      payload: { email, password: "wrong-password-for-timing" },
    });
    const elapsed = performance.now() - started;
    if (response.statusCode !== 401) throw new Error(`login timing: ${response.statusCode} ${response.body}`);
    return elapsed;
  };
  // Untimed: the known account starts each attempt unlocked, so every call is a plain wrong password.
  const unlock = () =>
    database.db.execute(
      sql`update users set failed_login_count = 0, locked_until = null where id = ${user.id}`,
    );

  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < iterations + 10; i += 1) {
    await unlock();
    const knownMs = await attempt(user.email);
    const unknownMs = await attempt(`nobody-${randomBytes(4).toString("hex")}@bench.otagai.example`);
    if (i < 10) continue; // warm-up
    known.push(knownMs);
    unknown.push(unknownMs);
  }
  await unlock();
  return [
    summarize("login: wrong password, known e-mail", known),
    summarize("login: unknown e-mail", unknown),
  ];
}
