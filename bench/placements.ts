// Placements at scale (issue 11), on npm run seed:scale's data: the "today" list of a coordinator who
// leads 300 open cases, a workplace's day sheet saved for 20 trainees, a placement's page (the
// placement, this month's attendance, its evaluations) and a support plan's PDF. A route not in the
// tree yet (built by another change) gives its row as "not built" instead of failing the run.
import { sql } from "drizzle-orm";
import type { FastifyInstance, HTTPMethods } from "fastify";
import type { todayProviders } from "../server/src/modules/today-providers.ts";
import type { AccessScope } from "../server/src/platform/access/access-scope.ts";
import type { DatabaseHandle } from "../server/src/platform/db/client.ts";
import { addDays } from "../server/src/test/scale/dates.ts";
import { expectOk, notBuilt } from "./bench-app.ts";
import { measure, measurePair, type Row } from "./measure.ts";

type Client = { scope: AccessScope; headers: Record<string, string> };

export type PlacementBenchContext = {
  kind: "pglite" | "postgres";
  app: FastifyInstance;
  database: DatabaseHandle;
  iterations: number;
  today: string;
  /** The bench coordinator limited to two programs, and the unlimited manager (support.ts). */
  coordinator: Client;
  manager: Client;
  programIds: string[];
  providers: ReturnType<typeof todayProviders>;
  login: (
    email: string,
    role: "coordinator" | "manager",
    programIds: string[],
  ) => Promise<Client & { userId: string }>;
  log: (line: string) => void;
};

/** Open cases the lead coordinator of the today-list bench leads. */
export const openCasesLed = 300;
/** Trainees on the saved day sheet. */
export const daySheetTrainees = 20;

async function rowsOf<T>(database: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * The lead of `openCasesLed` open cases: a bench coordinator limited to the programs with the most
 * open cases, made lead of that many of them (once; later runs find them led already).
 */
async function leadCoordinator(context: PlacementBenchContext): Promise<Client | null> {
  const { database } = context;
  const programs = await rowsOf<{ id: string; n: number }>(
    database,
    sql`select program_id as id, count(*)::int as n from cases where status <> 'closed'
        group by program_id order by n desc, program_id`,
  );
  const chosen: string[] = [];
  let open = 0;
  for (const program of programs) {
    if (open >= openCasesLed) break;
    chosen.push(program.id);
    open += program.n;
  }
  if (open < openCasesLed) return null;
  const lead = await context.login("bench-lead-300@bench.otagai.example", "coordinator", chosen);
  const [led] = await rowsOf<{ n: number }>(
    database,
    sql`select count(*)::int as n from cases where lead_coordinator_id = ${lead.userId}::uuid and status <> 'closed'`,
  );
  const missing = openCasesLed - (led?.n ?? 0);
  if (missing > 0)
    await database.db.execute(sql`
      update cases set lead_coordinator_id = ${lead.userId}::uuid
      where id in (select id from cases where program_id in (${uuidList(chosen)}) and status <> 'closed'
        and lead_coordinator_id is distinct from ${lead.userId}::uuid order by id limit ${missing})`);
  return lead;
}

export async function benchPlacements(context: PlacementBenchContext): Promise<Row[]> {
  const { kind, app, database, iterations, today, coordinator, manager, log } = context;
  const rows: Row[] = [];
  const has = (method: HTTPMethods, url: string) => app.hasRoute({ method, url });

  // The today list of a coordinator leading 300 open cases: API, and its providers straight.
  const lead = await leadCoordinator(context);
  if (lead) {
    log(`[${kind}] today list (lead of ${openCasesLed} open cases)…`);
    const { providers } = context;
    rows.push(
      ...(await measurePair(
        kind,
        `today list, lead of ${openCasesLed} open cases`,
        iterations,
        async () =>
          expectOk(await app.inject({ method: "GET", url: "/api/today", headers: lead.headers }), "today"),
        () =>
          Promise.all(
            providers.map((provider) =>
              provider.load(database.db, lead.scope, { todayInJapan: today, limitPerKind: 20 }),
            ),
          ),
      )),
    );
  } else log(`[${kind}] (fewer than ${openCasesLed} open cases: no lead-of-300 today list)`);

  // A day sheet: the workplace with the most trainees placed over the last four weeks (a hub), each
  // call on another day (eight at once never share one), read then saved with the versions read.
  const sheetName = `day sheet, ${daySheetTrainees} trainees: GET + save (PUT)`;
  const [busiest] = await rowsOf<{ id: string; n: number }>(
    database,
    sql`select workplace_id as id, count(*)::int as n from placements
        where status in ('planned', 'ongoing') and start_on <= ${addDays(today, -28)}::date and end_on >= ${today}::date
        group by workplace_id order by n desc, workplace_id limit 1`,
  );
  if (!has("PUT", "/api/workplaces/:id/day-sheet")) rows.push(notBuilt(kind, sheetName));
  else if (!busiest) log(`[${kind}] (no ongoing placements: no day sheet)`);
  else {
    log(`[${kind}] day sheet (${Math.min(busiest.n, daySheetTrainees)} of ${busiest.n} trainees)…`);
    const dateOf = (i: number) => addDays(today, -1 - (i % 28));
    const read = async (i: number) => {
      const response = await app.inject({
        method: "GET",
        url: `/api/workplaces/${busiest.id}/day-sheet?date=${dateOf(i)}`,
        headers: manager.headers,
      });
      expectOk(response, "day sheet");
      return response.json() as {
        rows: { placementId: string; attendance: { version: number } | null }[];
      };
    };
    rows.push(await measure(kind, `day sheet, ${busiest.n} placed: GET`, iterations, read));
    rows.push(
      await measure(
        kind,
        busiest.n >= daySheetTrainees ? sheetName : `${sheetName} (only ${busiest.n} placed)`,
        iterations,
        async (i) => {
          const sheet = await read(i);
          const response = await app.inject({
            method: "PUT",
            url: `/api/workplaces/${busiest.id}/day-sheet`,
            headers: manager.headers,
            payload: {
              date: dateOf(i),
              rows: sheet.rows.slice(0, daySheetTrainees).map((row, n) => ({
                placementId: row.placementId,
                status: (i + n) % 10 === 0 ? "late" : "present",
                hours: (i + n) % 10 === 0 ? 4.5 : 5,
                version: row.attendance?.version ?? null,
              })),
            },
          });
          expectOk(response, "day sheet save");
        },
      ),
    );
  }

  // A placement's page: the placement, this month's attendance grid, its evaluations.
  const placements = (
    await rowsOf<{ id: string }>(
      database,
      sql`select p.id from placements p join cases c on c.id = p.case_id
          where c.program_id in (${uuidList(context.programIds)}) and p.status in ('ongoing', 'completed')
          order by p.status desc, p.id limit 300`,
    )
  ).map((row) => row.id);
  const monthStart = `${today.slice(0, 8)}01`;
  const monthEnd = addDays(`${addDays(monthStart, 32).slice(0, 8)}01`, -1);
  const pageName = "placement page (placement, month's attendance, evaluations)";
  const pageRoutes = [
    has("GET", "/api/placements/:id"),
    has("GET", "/api/placements/:id/attendance"),
    has("GET", "/api/placements/:id/evaluations"),
  ];
  if (pageRoutes.includes(false)) rows.push(notBuilt(kind, pageName));
  else if (placements.length === 0) log(`[${kind}] (no placements visible to the coordinator)`);
  else {
    log(`[${kind}] placement page…`);
    rows.push(
      await measure(kind, `${pageName} · API`, iterations, async (i) => {
        const id = placements[i % placements.length];
        const [placement, attendance, evaluations] = await Promise.all([
          app.inject({ method: "GET", url: `/api/placements/${id}`, headers: coordinator.headers }),
          app.inject({
            method: "GET",
            url: `/api/placements/${id}/attendance?from=${monthStart}&to=${monthEnd}`,
            headers: coordinator.headers,
          }),
          app.inject({
            method: "GET",
            url: `/api/placements/${id}/evaluations`,
            headers: coordinator.headers,
          }),
        ]);
        expectOk(placement, "placement");
        expectOk(attendance, "attendance");
        expectOk(evaluations, "evaluations");
      }),
    );
  }

  // A support plan as PDF (the plan form), for cases of the coordinator's programs with a plan.
  const pdfName = "support plan PDF (GET /api/cases/:id/pdf/plan)";
  if (!has("GET", "/api/cases/:id/pdf/plan")) rows.push(notBuilt(kind, pdfName));
  else {
    const withPlans = (
      await rowsOf<{ id: string }>(
        database,
        sql`select c.id from cases c where c.program_id in (${uuidList(context.programIds)})
            and exists (select 1 from support_plans sp where sp.case_id = c.id) order by c.id limit 100`,
      )
    ).map((row) => row.id);
    if (withPlans.length > 0) {
      log(`[${kind}] plan PDF…`);
      rows.push(
        await measure(kind, pdfName, Math.min(iterations, 100), async (i) => {
          const response = await app.inject({
            method: "GET",
            url: `/api/cases/${withPlans[i % withPlans.length]}/pdf/plan`,
            headers: coordinator.headers,
          });
          if (response.statusCode !== 200 || !String(response.headers["content-type"] ?? "").includes("pdf"))
            throw new Error(`plan PDF: ${response.statusCode} ${response.body.slice(0, 200)}`);
        }),
      );
    }
  }
  return rows;
}
