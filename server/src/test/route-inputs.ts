import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "../modules/users/users.tables.ts";
import type { Database } from "../platform/db/client.ts";
import type { RouteDefinition } from "../platform/http/route.ts";
import { buildProgram } from "./factories/programs.ts";
import { buildUser } from "./factories.ts";
import { recordFixtures } from "./record-fixtures.ts";

/** Harmless values for path parameters, so every route can be called by the walking tests. */
const placeholderParams: Record<string, () => string> = {
  id: () => randomUUID(),
  code: () => "2210822",
  streamId: () => randomUUID(),
  otherId: () => randomUUID(),
  certificationId: () => randomUUID(),
  formKey: () => "test.form",
  term: () => "1",
  evaluator: () => "coordinator",
  date: () => "2031-02-04",
  resourceId: () => randomUUID(),
  evidenceId: () => randomUUID(),
  figureId: () => randomUUID(),
  fiscalYear: () => "2025",
};

export function placeholderUrl(definition: RouteDefinition): string {
  return definition.url.replace(/:(\w+)/g, (_, name: string) => {
    const make = placeholderParams[name];
    if (!make)
      throw new Error(`No placeholder for :${name} in ${definition.url}: add one to test/route-inputs.ts`);
    return make();
  });
}

export function paramNames(definition: RouteDefinition): string[] {
  return [...definition.url.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
}

/** A booking in the future (an end after its start: the schema's refinement refuses derived times). */
function appointmentBody(): Record<string, unknown> {
  const startsAt = new Date(Date.UTC(2032, 0, 1) + Math.floor(Math.random() * 8000) * 3_600_000);
  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    room: `試験室${randomUUID().slice(0, 8)}`,
    consultantId: randomUUID(),
    person: { kind: "person", name: "試験 花子" },
  };
}

/** Bodies no schema can derive, by route. */
const realBodies: Record<string, () => Record<string, unknown>> = {
  // A prospect entered freely needs its name and reading (a member organization's would bring them).
  "POST /api/network/prospects": () => ({ name: "試験の開拓先（架空）", nameKana: "シケンノカイタクサキ" }),
  "POST /api/appointments": appointmentBody,
  "POST /api/consultations/:id/visit": timesOnly,
  "POST /api/appointments/:id/move": () => ({ ...timesOnly(), version: 1 }),
};

/** A booking's times, room and consultant, without the person (a visit's, a move's). */
function timesOnly(): Record<string, unknown> {
  const { person: _person, ...body } = appointmentBody();
  return body;
}

/** A valid body for a route whose schema cannot derive one (undefined for the others). */
export function realBodyOf(route: RouteDefinition): Record<string, unknown> | undefined {
  return realBodies[`${route.method} ${route.url}`]?.();
}

/**
 * Inputs only the database can make valid, for the fuzz test (test/fuzz.ts derives the rest from
 * the schemas): the /api/users/:id routes act on an existing account, one per route so that
 * disabling it leaves the others alone, and a PATCH carries the account's current version, so a
 * spoiled field reaches the update instead of stopping at "not found" or "stale".
 */
export function realRecordInputs(db: Database) {
  const accounts = new Map<string, string>();
  const records = new Map<string, Awaited<ReturnType<typeof fixtureInputs>>>();
  return async (
    route: RouteDefinition,
  ): Promise<{ params?: Record<string, string>; body?: Record<string, unknown> }> => {
    const realBody = realBodies[`${route.method} ${route.url}`];
    if (route.records) {
      // One record per route, made on the first call (a refused request must write nothing).
      const key = `${route.method} ${route.url}`;
      const made = records.get(key);
      let inputs: Awaited<ReturnType<typeof fixtureInputs>>;
      if (!made) {
        inputs = await fixtureInputs(db, route, route.records);
        records.set(key, inputs);
      } else inputs = await withCurrentVersion(db, route.records, made);
      return realBody ? { ...inputs, body: realBody() } : inputs;
    }
    if (realBody) return { body: realBody() };
    if (!route.url.startsWith("/api/users/:id")) return {};
    const key = `${route.method} ${route.url}`;
    const id = accounts.get(key) ?? (await buildUser(db)).id;
    accounts.set(key, id);
    if (route.method !== "PATCH") return { params: { id } };
    const [row] = await db.select({ version: users.version }).from(users).where(eq(users.id, id));
    return { params: { id }, body: { version: row?.version ?? 1 } };
  };
}

/**
 * A route naming its records (`records: { id: "case" }`): a fresh record of each, in a program of
 * its own, and the record's version in the body when the route's body takes one.
 */
export async function fixtureInputs(
  db: Database,
  route: RouteDefinition,
  records: Record<string, string>,
  programId?: string,
): Promise<{ params: Record<string, string>; body?: Record<string, unknown> }> {
  const program = programId ?? (await buildProgram(db)).id;
  const params: Record<string, string> = {};
  let version: number | undefined;
  const made: Record<string, string> = {};
  for (const [param, entity] of Object.entries(records)) {
    const fixture = recordFixtures[entity];
    if (!fixture)
      throw new Error(`No record fixture for "${entity}" (${route.url}): add one to test/record-fixtures.ts`);
    const record = await fixture.create(db, program, made);
    params[param] = record.id;
    made[entity] = record.id;
    version ??= record.version;
  }
  const takesVersion = bodyTakesVersion(route);
  return takesVersion && version !== undefined ? { params, body: { version } } : { params };
}

/** The version the record has now, for a record whose fixture can tell (see RecordFixture). */
async function withCurrentVersion(
  db: Database,
  records: Record<string, string>,
  inputs: Awaited<ReturnType<typeof fixtureInputs>>,
): Promise<Awaited<ReturnType<typeof fixtureInputs>>> {
  if (inputs.body?.version === undefined) return inputs;
  for (const [param, entity] of Object.entries(records)) {
    const id = inputs.params[param];
    const fixture = recordFixtures[entity];
    if (!id || !fixture) continue;
    if (!fixture.currentVersion) return inputs;
    const version = await fixture.currentVersion(db, id);
    return version === undefined ? inputs : { ...inputs, body: { ...inputs.body, version } };
  }
  return inputs;
}

function bodyTakesVersion(route: RouteDefinition): boolean {
  const shape = (route.schema.body as { shape?: Record<string, unknown> } | undefined)?.shape;
  return !!shape && "version" in shape;
}
