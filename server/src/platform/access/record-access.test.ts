import { type Role, roleHas } from "@otagai/shared/platform/permissions";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cases } from "../../modules/support/cases/cases.tables.ts";
import {
  participantSensitive,
  participants,
} from "../../modules/support/participants/participants.tables.ts";
import { placements } from "../../modules/support/placements/placements.tables.ts";
import { buildProgram } from "../../test/factories/programs.ts";
import { buildWorkplace } from "../../test/factories/workplaces.ts";
import { queryPairs } from "../../test/fuzz-requests.ts";
import { recordFixtures } from "../../test/record-fixtures.ts";
import { fixtureInputs, paramNames, placeholderUrl, realBodyOf } from "../../test/route-inputs.ts";
import { validObject } from "../../test/schema-inputs.ts";
import { type Session, useTestApp } from "../../test/test-app.ts";
import { auditEvents } from "../audit/audit.tables.ts";
import { flushAuditQueue } from "../audit/audit.ts";
import type { RouteDefinition } from "../http/route.ts";

const t = useTestApp();

/**
 * Routes whose id parameters name records that no program owns: user accounts are the
 * administrators' (role permissions decide), not a program's.
 */
const notProgramRecords = [/^\/api\/users\//];

/** Roles in the order the test prefers one allowed to use a route: the people who work on cases first. */
const rolePreference: Role[] = ["coordinator", "manager", "consultant", "viewer", "staff", "admin"];

function programScopedEntities(route: RouteDefinition): string[] {
  return Object.values(route.records ?? {}).filter((entity) => recordFixtures[entity]?.programScoped);
}

function uuidParams(route: RouteDefinition): string[] {
  return paramNames(route).filter((name) => name === "id" || name.endsWith("Id"));
}

function urlWith(route: RouteDefinition, params: Record<string, string>): string {
  // Parameters that name no record (an evaluation's term) take a value derived from the schema.
  const derived = (validObject(route.schema.params) ?? {}) as Record<string, unknown>;
  const path = route.url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? String(derived[name] ?? "")),
  );
  const query = validObject(route.schema.querystring);
  if (!query || Object.keys(query).length === 0) return path;
  return `${path}?${new URLSearchParams(queryPairs(query)).toString()}`;
}

describe("record-level access (generated over every route that takes a record id)", () => {
  it("every route taking an id says which record it names", () => {
    const undeclared = t.app.routeDefinitions
      .filter((route) => uuidParams(route).length > 0)
      .filter((route) => !notProgramRecords.some((pattern) => pattern.test(route.url)))
      .filter((route) => uuidParams(route).some((name) => !route.records?.[name]))
      .map((route) => `${route.method} ${route.url}`);
    expect(undeclared).toEqual([]);
  });

  it("every entity a route names has a record fixture", () => {
    const missing = t.app.routeDefinitions.flatMap((route) =>
      Object.values(route.records ?? {})
        .filter((entity) => !recordFixtures[entity])
        .map((entity) => `${route.method} ${route.url}: ${entity}`),
    );
    expect(missing).toEqual([]);
  });

  // A user limited to program B asks for a record of program A: 404 — the same answer as for a
  // record that does not exist, so not even its existence leaks. A user of program A reads it.
  it("answers 404 to a user of another program, on every such route", async () => {
    const routes = t.app.routeDefinitions.filter((route) => programScopedEntities(route).length > 0);
    const programA = await buildProgram(t.database.db);
    const programB = await buildProgram(t.database.db);
    const sessions = new Map<string, Session>();
    async function sessionOf(role: Role, programId: string) {
      const key = `${role} ${programId}`;
      let session = sessions.get(key);
      if (!session) {
        session = await t.loginAs(role, { programIds: [programId] });
        sessions.set(key, session);
      }
      return session;
    }
    const failures: string[] = [];
    for (const route of routes) {
      const role = rolePreference.find((candidate) => roleHas(candidate, route.permission));
      if (!role) continue;
      const inputs = await fixtureInputs(t.database.db, route, route.records ?? {}, programA.id);
      const body =
        route.method === "GET"
          ? undefined
          : { ...(realBodyOf(route) ?? validObject(route.schema.body) ?? {}), ...inputs.body };
      const url = urlWith(route, inputs.params);
      const outsider = await t.request({
        method: route.method,
        url,
        session: await sessionOf(role, programB.id),
        ...(body ? { payload: body } : {}),
      });
      if (outsider.statusCode !== 404)
        failures.push(`${role} of another program: ${route.method} ${route.url} → ${outsider.statusCode}`);
      if (route.method === "GET") {
        const insider = await t.request({ method: "GET", url, session: await sessionOf(role, programA.id) });
        if (insider.statusCode !== 200)
          failures.push(
            `${role} of the record's program: ${route.method} ${route.url} → ${insider.statusCode}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(routes.length).toBeGreaterThan(0);
  }, 120_000);
});

/** A participant's contact details and sensitive section, which no portal answer may carry. */
const privateValues = {
  phone: "045-987-6543",
  email: "private-contact@example.jp",
  address: "横浜市鶴見区秘密町9-9-9",
  health: "通院中（要配慮の記載）",
};

async function giveContactDetails(db: typeof t.database.db, placementId: string) {
  const [row] = await db
    .select({ participantId: cases.participantId, birthDate: participants.birthDate })
    .from(placements)
    .innerJoin(cases, eq(cases.id, placements.caseId))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .where(eq(placements.id, placementId));
  if (!row) return [];
  const { health, ...contact } = privateValues;
  await db.update(participants).set(contact).where(eq(participants.id, row.participantId));
  await db
    .insert(participantSensitive)
    .values({ participantId: row.participantId, health })
    .onConflictDoNothing();
  return [...Object.values(privateValues), row.birthDate].filter((value): value is string => !!value);
}

// The partner portal (ADR 019): a partner reaches only its own workplace's records, through the
// portal's routes, and every other route that names a record refuses it outright.
describe("record-level access of partner users (generated over every route that takes a record id)", () => {
  const namesRecord = (route: RouteDefinition) => Object.keys(route.records ?? {}).length > 0;

  it("a partner of another workplace gets 404 on every portal route; a partner of the record's reads it", async () => {
    const routes = t.app.routeDefinitions.filter(
      (route) => namesRecord(route) && roleHas("partner", route.permission),
    );
    const programA = await buildProgram(t.database.db);
    const otherPartner = await t.loginAs("partner", {
      workplaceId: (await buildWorkplace(t.database.db)).id,
    });
    const failures: string[] = [];
    for (const route of routes) {
      const records = route.records ?? {};
      const inputs = await fixtureInputs(t.database.db, route, records, programA.id);
      const workplaces = await Promise.all(
        Object.entries(records).map(([param, entity]) =>
          recordFixtures[entity]?.workplaceOf?.(t.database.db, inputs.params[param] ?? ""),
        ),
      );
      const workplaceId = workplaces.find((id) => id !== undefined);
      if (!workplaceId) {
        failures.push(
          `${route.method} ${route.url}: no workplaceOf in the record fixture of ${Object.values(records)}`,
        );
        continue;
      }
      const body =
        route.method === "GET"
          ? undefined
          : { ...(realBodyOf(route) ?? validObject(route.schema.body) ?? {}), ...inputs.body };
      const url = urlWith(route, inputs.params);
      const outsider = await t.request({
        method: route.method,
        url,
        session: otherPartner,
        ...(body ? { payload: body } : {}),
      });
      if (outsider.statusCode !== 404)
        failures.push(`partner of another workplace: ${route.method} ${route.url} → ${outsider.statusCode}`);
      if (route.method === "GET") {
        const hidden = await Promise.all(
          Object.values(inputs.params).map((id) => giveContactDetails(t.database.db, id)),
        );
        const partner = await t.loginAs("partner", { workplaceId });
        const insider = await t.request({ method: "GET", url, session: partner });
        if (insider.statusCode !== 200)
          failures.push(
            `partner of the record's workplace: ${route.method} ${route.url} → ${insider.statusCode}`,
          );
        for (const value of hidden.flat())
          if (insider.body.includes(value)) failures.push(`${route.method} ${route.url} shows "${value}"`);
        for (const key of ["phone", "email", "address", "birthDate", "sensitive", "health"])
          if (insider.body.includes(`"${key}"`))
            failures.push(`${route.method} ${route.url} has a "${key}" field`);
      }
    }
    expect(failures).toEqual([]);
    expect(routes.length).toBeGreaterThan(0);
  }, 120_000);

  it("refuses a partner (403) every other route that names a record, and audits each refusal", async () => {
    const routes = t.app.routeDefinitions.filter(
      (route) => namesRecord(route) && !roleHas("partner", route.permission),
    );
    const partner = await t.loginAs("partner", { workplaceId: (await buildWorkplace(t.database.db)).id });
    const failures: string[] = [];
    for (const route of routes) {
      const response = await t.request({
        method: route.method,
        url: placeholderUrl(route),
        session: partner,
      });
      if (response.statusCode !== 403)
        failures.push(`partner: ${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
    expect(routes.length).toBeGreaterThan(10);
    await flushAuditQueue(t.database.db);
    const entries = await t.database.db
      .select({ detail: auditEvents.detail, recordId: auditEvents.recordId })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "denied"),
          eq(auditEvents.entity, "access"),
          eq(auditEvents.actorId, partner.userId),
        ),
      );
    const audited = new Set(
      entries.map((entry) => {
        const detail = JSON.parse(entry.detail ?? "{}") as { method: string; route: string; status: number };
        return `${detail.method} ${detail.route} ${detail.status}`;
      }),
    );
    const unaudited = routes
      .map((route) => `${route.method} ${route.url} 403`)
      .filter((attempt) => !audited.has(attempt));
    expect(unaudited).toEqual([]);
    // Ids only: the entry names the record, never the request's query or body.
    expect(entries.every((entry) => entry.recordId === null || /^[0-9a-f-]{36}$/.test(entry.recordId))).toBe(
      true,
    );
  }, 120_000);
});
