// The consultation desk at scale (issue 12), on npm run seed:scale's data with the desk (200,000
// consultations over five fiscal years, 30,000 referrals, 5,000 public requests, two regular days
// with two years of appointments): as a desk consultant, through the API (in-process inject:
// session, audited reads, response schema) and, where it helps, the same repository SQL straight.
// The desk's inbox, a consultation search by a kana name and by words, a month of the calendar, and
// a fiscal year's figures. A route not in the tree yet shows as "not built".
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import type { FastifyInstance, HTTPMethods } from "fastify";
import { buildApp } from "../server/src/app.ts";
import { findConsultations } from "../server/src/modules/consultation/consultations.repository.ts";
import { getFigures } from "../server/src/modules/consultation/figures/figures.service.ts";
import { findRequests } from "../server/src/modules/consultation/requests/requests.repository.ts";
import { findUserByEmail } from "../server/src/modules/users/users.repository.ts";
import { type AccessScope, accessScopeOf } from "../server/src/platform/access/access-scope.ts";
import type { DatabaseHandle } from "../server/src/platform/db/client.ts";
import { migrate } from "../server/src/platform/db/migrate.ts";
import { todayInJapan } from "../server/src/platform/demo-data.ts";
import { buildUser } from "../server/src/test/factories.ts";
import { addDays, addMonths } from "../server/src/test/scale/dates.ts";
import {
  deskSizesFor,
  scaleSizesFor,
  seedScaleData,
  vacuumScaleTables,
} from "../server/src/test/scale/seed.ts";
import { generatorSettings } from "../server/src/test/scale/settings.ts";
import { expectOk, loginHeaders, notBuilt } from "./bench-app.ts";
import { benchConfig, measure, measurePair, type Row } from "./measure.ts";

type Client = { scope: AccessScope; headers: Record<string, string> };

/** The bench's desk consultant (made once, password testPassword), logged in through the real route. */
async function consultant(app: FastifyInstance, database: DatabaseHandle): Promise<Client> {
  const email = "bench-consultant@bench.otagai.example";
  const user =
    (await findUserByEmail(database.db, email)) ??
    (await buildUser(database.db, {
      email,
      role: "consultant",
      displayName: "ベンチ 相談",
      displayNameKana: "べんち そうだん",
    }));
  return {
    scope: accessScopeOf({ id: user.id, role: "consultant", programIds: [] }),
    headers: await loginHeaders(app, email),
  };
}

// Names in either kana script and width (common, rarer, a full name), and words of the notes.
export const consultationNameQueries = ["さとう", "ｽｽﾞｷ", "タカハシ", "いがらし", "たなか けんた", "もり"];
export const consultationWordQueries = ["家賃", "履歴書", "実習", "ハローワーク"];

/** The goal of issue 12: a fiscal year's figures within 1 s (p95) on PostgreSQL. */
export const figuresGoalMs = 1_000;

export async function benchConsultation(
  kind: "pglite" | "postgres",
  database: DatabaseHandle,
  options: { participants: number; iterations: number; log?: (line: string) => void },
): Promise<Row[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { iterations } = options;
  await migrate(database);
  const settings = generatorSettings();
  const seedStarted = performance.now();
  let lastLine = 0;
  const seeded = await seedScaleData(database.db, settings, scaleSizesFor(options.participants), {
    desk: deskSizesFor(options.participants),
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
  const desk = seeded.desk?.after;
  log(
    `[${kind}] ${desk?.consultations} consultations, ${desk?.referrals} referrals, ${desk?.requests} requests, ` +
      `${desk?.appointments} appointments, ${desk?.agencies} agencies, ${desk?.advisors} advisors`,
  );

  const app = await buildApp({ config: benchConfig(), database });
  await app.ready();
  const has = (method: HTTPMethods, url: string) => app.hasRoute({ method, url });
  const desker = await consultant(app, database);
  const today = todayInJapan();
  const rows: Row[] = [];
  const get = (url: string, what: string) => async () =>
    expectOk(await app.inject({ method: "GET", url, headers: desker.headers }), what);
  const pair = async (
    name: string,
    api: (i: number) => Promise<unknown>,
    straight: ((i: number) => Promise<unknown>) | null,
    count = iterations,
  ) => {
    log(`[${kind}] ${name}…`);
    if (straight) rows.push(...(await measurePair(kind, name, count, api, straight)));
    else rows.push(await measure(kind, `${name} · API`, count, api));
  };

  // The inbox: the first page of every request, and of the new ones.
  const inbox = "desk inbox, first page (GET /api/consultation-requests)";
  if (!has("GET", "/api/consultation-requests")) rows.push(notBuilt(kind, inbox));
  else {
    await pair(inbox, get("/api/consultation-requests?pageSize=20", "inbox"), () =>
      findRequests(database.db, { page: 1, pageSize: 20 }),
    );
    await pair(
      "desk inbox, new only",
      get("/api/consultation-requests?status=new&pageSize=20", "inbox new"),
      () => findRequests(database.db, { status: "new", page: 1, pageSize: 20 }),
    );
  }

  // A consultation search: a person's name (kana, either script), and words of the notes.
  const search = (queries: string[]) => ({
    api: async (i: number) => {
      const q = queries[i % queries.length] ?? "";
      await get(`/api/consultations?pageSize=20&q=${encodeURIComponent(q)}`, "consultation search")();
    },
    straight: (i: number) =>
      findConsultations(database.db, desker.scope, { q: queries[i % queries.length], page: 1, pageSize: 20 }),
  });
  const byName = search(consultationNameQueries);
  await pair("consultation search by kana name", byName.api, byName.straight);
  const byWords = search(consultationWordQueries);
  await pair("consultation search by words", byWords.api, byWords.straight);

  // A month of the calendar: this month, and each of the last eleven in turn.
  const calendar = "month calendar (GET /api/consultation-calendar)";
  if (!has("GET", "/api/consultation-calendar")) rows.push(notBuilt(kind, calendar));
  else {
    const month = (i: number) => {
      const start = `${addMonths(today, -(i % 12)).slice(0, 8)}01`;
      return { from: start, to: addDays(`${addMonths(start, 1).slice(0, 8)}01`, -1) };
    };
    await pair(
      calendar,
      async (i) => {
        const { from, to } = month(i);
        await get(`/api/consultation-calendar?from=${from}&to=${to}`, "calendar")();
      },
      null,
    );
  }

  // The figures for a whole fiscal year: the last complete one and the current one, in turn.
  const figures = "figures for a fiscal year (GET /api/consultation-figures)";
  if (!has("GET", "/api/consultation-figures")) rows.push(notBuilt(kind, figures));
  else {
    const current = fiscalYearOf(today) ?? 2026;
    const years = [fiscalYearRange(current - 1), fiscalYearRange(current)];
    const year = (i: number) => years[i % years.length] ?? fiscalYearRange(current);
    await pair(
      figures,
      async (i) => {
        const { start, end } = year(i);
        await get(`/api/consultation-figures?from=${start}&to=${end}`, "figures")();
      },
      (i) => getFigures(database.db, { from: year(i).start, to: year(i).end }),
      Math.min(iterations, 60),
    );
    // What one person opening the page waits, without seven others queued beside them.
    rows.push(
      await measure(
        kind,
        `${figures} · API, 1 client`,
        Math.min(iterations, 20),
        async (i) => {
          const { start, end } = year(i);
          await get(`/api/consultation-figures?from=${start}&to=${end}`, "figures")();
        },
        1,
      ),
    );
  }
  await app.close();
  return rows;
}

/** The figures goal, and the desk's API throughput as a share of the straight SQL's. */
export function consultationGoals(rows: Row[]): string[] {
  const lines: string[] = [];
  for (const database of new Set(rows.map((row) => row.database))) {
    const find = (name: string) => rows.find((row) => row.database === database && row.case === name);
    const figures = find("figures for a fiscal year (GET /api/consultation-figures) · API");
    const alone = find("figures for a fiscal year (GET /api/consultation-figures) · API, 1 client");
    if (figures)
      lines.push(
        `${database}: figures for a fiscal year p95 ${figures.p95.toFixed(0)} ms at 8 clients (goal ≤ ${figuresGoalMs} ms on PostgreSQL): ${figures.p95 <= figuresGoalMs ? "ok" : "MISSED"}` +
          (alone
            ? ` (1 client: p95 ${alone.p95.toFixed(0)} ms, ${alone.p95 <= figuresGoalMs ? "ok" : "MISSED"})`
            : ""),
      );
    for (const row of rows.filter((r) => r.database === database && r.case.endsWith(" · API"))) {
      const name = row.case.slice(0, -" · API".length);
      const straight = find(`${name} · same SQL straight`);
      if (straight)
        lines.push(
          `${database}: ${name}: API ${((row.perSecond / straight.perSecond) * 100).toFixed(0)} % of straight SQL`,
        );
    }
  }
  return lines;
}
