// The support area at scale (issue 10): 100,000 participants, 150,000 cases over five fiscal years and
// 1,000,000 activities (npm run seed:scale's data, seeded here once per size and database and kept
// between runs), measured through the API (in-process inject: session, record policy, audited read,
// response schema) and as the same repository SQL straight through the driver, 8 at a time.
import os from "node:os";
import path from "node:path";
import { caseStatuses } from "@otagai/shared/support/case-flow";
import { duplicateCheckInputSchema } from "@otagai/shared/support/participants";
import { inArray, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../server/src/app.ts";
import { programs } from "../server/src/modules/programs/programs.tables.ts";
import * as activitiesRepository from "../server/src/modules/support/activities/activities.repository.ts";
import { findCases } from "../server/src/modules/support/cases/cases.repository.ts";
import { findConsents } from "../server/src/modules/support/participants/consents.repository.ts";
import { checkDuplicates } from "../server/src/modules/support/participants/participants.duplicate-check.ts";
import * as participantsRepository from "../server/src/modules/support/participants/participants.repository.ts";
import { todayProviders } from "../server/src/modules/today-providers.ts";
import { findUserByEmail } from "../server/src/modules/users/users.repository.ts";
import { type AccessScope, accessScopeOf } from "../server/src/platform/access/access-scope.ts";
import { type DatabaseHandle, openPglite, openPostgres } from "../server/src/platform/db/client.ts";
import { migrate } from "../server/src/platform/db/migrate.ts";
import { todayInJapan } from "../server/src/platform/demo-data.ts";
import { buildUser } from "../server/src/test/factories.ts";
import { generateParticipant } from "../server/src/test/scale/people.ts";
import { scaleSizesFor, seedScaleData, vacuumScaleTables } from "../server/src/test/scale/seed.ts";
import { generatorSettings } from "../server/src/test/scale/settings.ts";
import { expectOk, loginHeaders } from "./bench-app.ts";
import { benchConfig, measure, measurePair, once, type Row } from "./measure.ts";
import { benchPlacements } from "./placements.ts";

export { scaleSizesFor };

/**
 * The scale database, kept between runs (the seed only adds what is missing): PGlite in
 * BENCH_SCALE_DIR (a folder per size), or a schema of its own on the PostgreSQL server
 * (bench_scale_<participants>; drop it to start again).
 */
export function openScaleDatabase(
  kind: "pglite" | "postgres",
  participants: number,
): Promise<DatabaseHandle> {
  if (kind === "postgres") {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return openPostgres(url, 10, `bench_scale_${participants}`);
  }
  const root = process.env.BENCH_SCALE_DIR ?? path.join(os.tmpdir(), "otagai-bench-scale");
  return openPglite(path.join(root, `pglite-${participants}`));
}

async function rowsOf<T>(database: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

type Client = { userId: string; scope: AccessScope; headers: Record<string, string> };

/** A bench account (made once, password testPassword), logged in through the real login route. */
async function client(
  app: FastifyInstance,
  database: DatabaseHandle,
  email: string,
  role: "coordinator" | "manager",
  programIds: string[],
): Promise<Client> {
  const user =
    (await findUserByEmail(database.db, email)) ??
    (await buildUser(database.db, {
      email,
      role,
      programIds,
      displayName: "ベンチ 計測",
      displayNameKana: "べんち けいそく",
    }));
  return {
    userId: user.id,
    scope: accessScopeOf({ id: user.id, role, programIds }),
    headers: await loginHeaders(app, email),
  };
}

// Broad and narrow, in either kana script and width, a registered variant, two characters, one.
export const searchQueries = ["さとう", "ｽｽﾞｷ", "タカハシ ミサキ", "髙橋", "高橋", "いがらし", "けんた", "高"];

export type SupportBenchOptions = {
  participants: number;
  iterations: number;
  /** The full duplicate sweep over every participant (the duplicate finder's), when it exists. */
  sweep?: (database: DatabaseHandle) => Promise<number>;
  log?: (line: string) => void;
};

export async function benchSupport(
  kind: "pglite" | "postgres",
  database: DatabaseHandle,
  options: SupportBenchOptions,
): Promise<Row[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const { iterations } = options;
  await migrate(database);
  const settings = generatorSettings();
  const sizes = scaleSizesFor(options.participants);
  const seedStarted = performance.now();
  let lastLine = 0;
  const { before, after } = await seedScaleData(database.db, settings, sizes, {
    onProgress: ({ phase, done, total }) => {
      if (performance.now() - lastLine < 15_000 && done !== total) return;
      lastLine = performance.now();
      log(
        `[${kind}] seeding ${phase} ${done}/${total} (${((performance.now() - seedStarted) / 1000).toFixed(0)} s)`,
      );
    },
  });
  if (after !== before) log(`[${kind}] seeded in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`);
  // Every run, not only after seeding: a migration since the last run may have rewritten rows (the
  // steady state autovacuum keeps on a server); on tables already vacuumed it takes a second.
  log(`[${kind}] vacuum and analyze…`);
  await vacuumScaleTables(database);
  log(
    `[${kind}] ${after.participants} participants, ${after.cases} cases, ${after.activities} activities, ` +
      `${after.workplaces} workplaces, ${after.placements} placements`,
  );

  const config = benchConfig();
  const app = await buildApp({ config, database });
  await app.ready();
  const programRows = await database.db
    .select({ id: programs.id, code: programs.code })
    .from(programs)
    .where(inArray(programs.code, ["yokohama-readiness", "zama-readiness"]));
  const programIds = programRows.map((row) => row.id);
  const yokohama = programRows.find((row) => row.code === "yokohama-readiness")?.id ?? "";
  // The demo coordinator's situation: limited to two programs, leading some of their cases.
  const coordinator = await client(
    app,
    database,
    "bench-coordinator@bench.otagai.example",
    "coordinator",
    programIds,
  );
  const manager = await client(app, database, "bench-manager@bench.otagai.example", "manager", []);
  const visible = (
    await rowsOf<{ id: string }>(
      database,
      sql`select distinct participant_id as id from cases where program_id in (${sql.join(
        programIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) order by participant_id limit 500`,
    )
  ).map((row) => row.id);
  // Half people already registered (matches), half new (mostly none): what registration sees.
  const newcomers = generatorSettings({ seed: "bench-newcomers" });
  const duplicateInputs = Array.from({ length: 100 }, (_, i) => {
    const person =
      i % 2 === 0
        ? generateParticipant(settings, (i * 7919) % after.participants)
        : generateParticipant(newcomers, i);
    return {
      familyName: person.familyName,
      givenName: person.givenName,
      familyNameKana: person.familyNameKana,
      givenNameKana: person.givenNameKana,
      birthDate: person.birthDate,
      phone: person.phone,
    };
  });
  const today = todayInJapan();
  const providers = todayProviders(config);
  const rows: Row[] = [];
  const pair = async (
    name: string,
    api: (i: number) => Promise<unknown>,
    straight: (i: number) => Promise<unknown>,
  ) => {
    log(`[${kind}] ${name}…`);
    rows.push(...(await measurePair(kind, name, iterations, api, straight)));
  };
  const q = (i: number) => searchQueries[i % searchQueries.length] ?? "";
  const search = (who: Client) => async (i: number) => {
    const response = await app.inject({
      method: "GET",
      url: `/api/participants?pageSize=20&q=${encodeURIComponent(q(i))}`,
      headers: who.headers,
    });
    expectOk(response, "participant search");
  };
  const searchStraight = (who: Client) => async (i: number) => {
    await participantsRepository.findParticipants(
      database.db,
      who.scope,
      { q: q(i), page: 1, pageSize: 20 },
      today,
    );
  };
  // The floor under every API row: a request through the same app that runs one `select 1` and
  // nothing else (no session, no audit). Where the straight SQL costs less than this, no API can
  // reach 80 % of it on this machine.
  rows.push(
    await measure(kind, "floor: GET /api/health (one select 1) · API", iterations, async () =>
      expectOk(await app.inject({ method: "GET", url: "/api/health" }), "health"),
    ),
  );
  await pair(
    "participant search, coordinator (2 programs)",
    search(coordinator),
    searchStraight(coordinator),
  );
  // What one person searching alone waits: the latency without seven others queued on two cores.
  rows.push(
    await measure(
      kind,
      "participant search, coordinator (2 programs) · API, 1 client",
      Math.min(iterations, 100),
      search(coordinator),
      1,
    ),
  );
  await pair("participant search, manager (all)", search(manager), searchStraight(manager));
  const duplicateCheck = async (i: number) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/participants/duplicate-check",
      headers: coordinator.headers,
      payload: duplicateInputs[i % duplicateInputs.length],
    });
    expectOk(response, "duplicate check");
  };
  await pair("duplicate check at registration", duplicateCheck, (i) =>
    checkDuplicates(
      database.db,
      coordinator.scope,
      duplicateCheckInputSchema.parse(duplicateInputs[i % duplicateInputs.length]),
      today,
    ),
  );
  rows.push(
    await measure(
      kind,
      "duplicate check at registration · API, 1 client",
      Math.min(iterations, 100),
      duplicateCheck,
      1,
    ),
  );
  await pair(
    "participant page + timeline (30)",
    async (i) => {
      const id = visible[i % visible.length];
      expectOk(
        await app.inject({ method: "GET", url: `/api/participants/${id}`, headers: coordinator.headers }),
        "page",
      );
      expectOk(
        await app.inject({
          method: "GET",
          url: `/api/participants/${id}/activities`,
          headers: coordinator.headers,
        }),
        "timeline",
      );
    },
    async (i) => {
      const id = visible[i % visible.length] ?? "";
      const scope = coordinator.scope;
      await participantsRepository.getParticipantOrTombstone(database.db, scope, id);
      await Promise.all([
        participantsRepository.findCaseSummaries(database.db, scope, [id]),
        findConsents(database.db, id),
      ]);
      await activitiesRepository.findReachableParticipant(database.db, scope, id);
      await activitiesRepository.findTimeline(
        database.db,
        { participantId: id, visibility: activitiesRepository.timelineVisibility(scope) },
        undefined,
        30,
      );
    },
  );
  const status = (i: number) => caseStatuses[i % caseStatuses.length];
  await pair(
    "case list, program + status filter",
    async (i) => {
      const response = await app.inject({
        method: "GET",
        url: `/api/cases?pageSize=20&programId=${yokohama}&status=${status(i)}`,
        headers: coordinator.headers,
      });
      expectOk(response, "case list");
    },
    (i) =>
      findCases(database.db, coordinator.scope, {
        programId: yokohama,
        status: status(i),
        page: 1,
        pageSize: 20,
      }),
  );
  await pair(
    "today list (coordinator)",
    async () =>
      expectOk(await app.inject({ method: "GET", url: "/api/today", headers: coordinator.headers }), "today"),
    () =>
      Promise.all(
        providers.map((provider) =>
          provider.load(database.db, coordinator.scope, { todayInJapan: today, limitPerKind: 20 }),
        ),
      ),
  );
  rows.push(
    ...(await benchPlacements({
      kind,
      app,
      database,
      iterations,
      today,
      coordinator,
      manager,
      programIds,
      providers,
      login: (email, role, ids) => client(app, database, email, role, ids),
      log,
    })),
  );
  if (options.sweep) {
    const sweep = options.sweep;
    log(`[${kind}] duplicate sweep…`);
    rows.push(
      await once(kind, `duplicate sweep over ${after.participants} participants (pairs/s)`, () =>
        sweep(database),
      ),
    );
  }
  await app.close();
  return rows;
}

/** API throughput as a share of the straight SQL's, per case measured both ways. */
export function apiRatios(rows: Row[]): { database: string; case: string; ratio: number }[] {
  return rows.flatMap((row) => {
    if (!row.case.endsWith(" · API")) return [];
    const name = row.case.slice(0, -" · API".length);
    const straight = rows.find(
      (other) => other.database === row.database && other.case === `${name} · same SQL straight`,
    );
    return straight
      ? [{ database: row.database, case: name, ratio: row.perSecond / straight.perSecond }]
      : [];
  });
}

/** The issue's goals on PostgreSQL, checked against a run. */
export function supportGoals(rows: Row[]): string[] {
  const lines: string[] = [];
  for (const database of new Set(rows.map((row) => row.database))) {
    const find = (name: string) => rows.find((row) => row.database === database && row.case === name);
    const search = find("participant search, coordinator (2 programs) · API");
    const duplicate = find("duplicate check at registration · API");
    const sweep = rows.find((row) => row.database === database && row.case.startsWith("duplicate sweep"));
    const alone = (name: string) => find(`${name} · API, 1 client`);
    const ok = (pass: boolean) => (pass ? "ok" : "MISSED");
    const searchAlone = alone("participant search, coordinator (2 programs)");
    const duplicateAlone = alone("duplicate check at registration");
    const oneClient = (row: Row | undefined) => (row ? ` (1 client: p95 ${row.p95.toFixed(1)} ms)` : "");
    if (search)
      lines.push(
        `${database}: search p95 ${search.p95.toFixed(1)} ms at 8 clients (goal ≤ 30 ms on PostgreSQL): ${ok(search.p95 <= 30)}${oneClient(searchAlone)}`,
      );
    if (duplicate)
      lines.push(
        `${database}: duplicate check p95 ${duplicate.p95.toFixed(1)} ms at 8 clients (goal ≤ 50 ms): ${ok(duplicate.p95 <= 50)}${oneClient(duplicateAlone)}`,
      );
    for (const { case: name, ratio } of apiRatios(rows).filter((r) => r.database === database))
      lines.push(
        `${database}: ${name}: API ${(ratio * 100).toFixed(0)} % of straight SQL (goal ≥ 80 %): ${ok(ratio >= 0.8)}`,
      );
    if (sweep)
      lines.push(
        `${database}: duplicate sweep ${(sweep.p50 / 1000).toFixed(1)} s (goal ≤ 60 s): ${ok(sweep.p50 <= 60_000)}`,
      );
  }
  return lines;
}
