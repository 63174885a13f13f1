import { errorCodes } from "@otagai/shared/platform/errors";
import fc from "fast-check";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { z } from "zod";
import type { RouteDefinition } from "../platform/http/route.ts";
import {
  encode,
  hostileBodies,
  mustNotEcho,
  preview,
  queryPairs,
  type Request,
  rowCount,
  token,
  urlOf,
  withQuery,
} from "./fuzz-requests.ts";
import {
  fieldsOf,
  hostileFor,
  hostileStrings,
  malformedPercent,
  shapeOf,
  sqlFragments,
  validObject,
  wrongTypes,
} from "./schema-inputs.ts";

/**
 * Bad and hostile input on every route, derived from each route's own zod schemas: every field of
 * its query, path and body in turn gets values aimed at its type's weak spots (SQL and script
 * fragments, malformed percent-encoding, boundaries, wrong types) while the rest stays valid, so
 * the value reaches the service and the database; then a few random requests per route. Each
 * answer is judged: no 5xx; a refusal in the app's error shape, not stored by caches, not echoing
 * the input, writing nothing; and no free-text filter finding more rows for `' OR '1'='1` than
 * for a word nothing matches.
 *
 * It takes any app and route list, so a test can show that it catches deliberately broken routes.
 */
export type FuzzTarget = {
  app: FastifyInstance;
  routes: RouteDefinition[];
  /** Headers of a caller allowed to use the route (a fresh session, say). */
  credentials?: (route: RouteDefinition) => Promise<Record<string, string>>;
  /**
   * Values only the database can make valid (an existing record's id, its current version); they
   * win over derived ones. Called before every attempt; it may write only on its first call for a route.
   */
  realInputs?: (
    route: RouteDefinition,
  ) => Promise<{ params?: Record<string, string>; body?: Record<string, unknown> }>;
  /** A fingerprint of the stored data: a refused request must not change it. */
  snapshot?: () => Promise<string>;
  /** Random requests per route after the deterministic ones. */
  randomRuns?: number;
};

export type FuzzReport = { failures: string[]; requests: number };

type Attempt = Request & {
  /** Where the hostile value went: "query.q", "params.id", "body.email", "body". */
  place: string;
  value: unknown;
};

export async function fuzzRoutes(target: FuzzTarget): Promise<FuzzReport> {
  const failures: string[] = [];
  const seen = new Map<string, number>();
  let requests = 0;
  let knownSnapshot: string | undefined;

  function fail(route: RouteDefinition, place: string, problem: string, detail: string) {
    // Two lines per route, place and kind of problem are enough to find it and keep the report short.
    const key = `${route.method} ${route.url} ${place} ${problem}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= 2) failures.push(`${route.method} ${route.url} [${place}] ${problem}: ${detail}`);
  }

  async function send(route: RouteDefinition, attempt: Attempt, headers: Record<string, string>) {
    requests++;
    // The fingerprint before this request is the one after the last refusal, unless something was accepted since.
    if (target.snapshot && knownSnapshot === undefined) knownSnapshot = await target.snapshot();
    const before = knownSnapshot;
    const body = attempt.body;
    const response = await target.app.inject({
      method: route.method,
      url: urlOf(route, attempt),
      headers: {
        ...headers,
        ...(body
          ? { "content-type": ("contentType" in body && body.contentType) || "application/json" }
          : {}),
      },
      ...(body ? { payload: "raw" in body ? body.raw : (JSON.stringify(body.json) ?? "null") } : {}),
    });
    await judge(route, attempt, response, before);
    return response;
  }

  async function judge(
    route: RouteDefinition,
    attempt: Attempt,
    response: LightMyRequestResponse,
    before: string | undefined,
  ) {
    const status = response.statusCode;
    const detail = `${preview(attempt.value)} → ${status} ${response.body.slice(0, 160)}`;
    if (status >= 500) fail(route, attempt.place, "server error", detail);
    if (status < 400) {
      knownSnapshot = undefined; // an accepted request may write
      return;
    }
    let body: Record<string, unknown> | undefined;
    try {
      body = response.json();
    } catch {
      body = undefined;
    }
    // `details`: what a 409 found someone saved first (errorResponseSchema), beside the fields.
    const keys = Object.keys(body ?? {}).filter((key) => key !== "fields" && key !== "details");
    if (keys.join() !== "code,message" || !errorCodes.includes(body?.code as never))
      fail(route, attempt.place, "error not in the app's shape", detail);
    if (response.headers["cache-control"] !== "no-store")
      fail(route, attempt.place, "error without Cache-Control: no-store", detail);
    if (mustNotEcho.has(attempt.value) && response.body.includes(String(attempt.value)))
      fail(route, attempt.place, "error echoes the input", detail);
    if (before !== undefined && target.snapshot) {
      const after = await target.snapshot();
      if (after !== before) fail(route, attempt.place, "refused, yet wrote data", detail);
      knownSnapshot = after;
    }
  }

  for (const route of target.routes) {
    const headers = (await target.credentials?.(route)) ?? {};
    const queryFields = fieldsOf(route.schema.querystring);
    const bodyFields = fieldsOf(route.schema.body);
    const paramNames = [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
    const takesBody = route.method !== "GET";
    const derivedBody = route.schema.body ? validObject(route.schema.body) : {};

    /** A valid request, made anew each time: a fresh e-mail for each account created, a record's current version. */
    async function valid(): Promise<Request & { json: Record<string, unknown> }> {
      const real = (await target.realInputs?.(route)) ?? {};
      const params = { ...validObject(route.schema.params), ...real.params };
      const json = { ...(route.schema.body ? validObject(route.schema.body) : {}), ...real.body };
      return {
        params: Object.fromEntries(paramNames.map((name) => [name, encode(String(params[name] ?? ""))])),
        query: queryPairs(validObject(route.schema.querystring) ?? {}),
        ...(takesBody && route.schema.body ? { body: { json } } : {}),
        json,
      };
    }

    const probe = await valid();
    // Logging in and preparing records wrote rows since the last fingerprint.
    knownSnapshot = undefined;
    for (const name of paramNames)
      if (!probe.params[name])
        fail(route, `params.${name}`, "no valid value derivable from the schema", "give one in realInputs");
    if (takesBody && derivedBody === undefined && !(await target.realInputs?.(route))?.body)
      fail(route, "body", "no valid body derivable from the schema", "give one in realInputs");

    // Each attempt: a fresh valid request with one thing spoiled.
    const attempts: ((request: Awaited<ReturnType<typeof valid>>) => Attempt)[] = [];
    attempts.push((request) => ({ ...request, place: "valid input", value: "" }));

    for (const [name, schema] of Object.entries(queryFields)) {
      const place = `query.${name}`;
      for (const value of [...hostileStrings, ...hostileFor(shapeOf(schema))].map(String))
        attempts.push((request) => ({
          ...request,
          place,
          value,
          query: withQuery(request, name, [[name, encode(value)]]),
        }));
      // Undecodable as it arrives, and the same field twice or as an object.
      for (const raw of [...malformedPercent, "a&b", "%2525zz"])
        attempts.push((request) => ({
          ...request,
          place,
          value: raw,
          query: withQuery(request, name, [[name, raw]]),
        }));
      for (const pairs of [
        [
          [name, "a"],
          [name, "b"],
        ],
        [[`${name}[]`, "a"]],
        [[`${name}[__proto__][x]`, "1"]],
      ] as [string, string][][])
        attempts.push((request) => ({
          ...request,
          place,
          value: pairs,
          query: withQuery(request, name, pairs),
        }));
    }
    for (const pairs of [
      [["zz", "1"]],
      [["__proto__", "1"]],
      [["%zz", "1"]],
      [["constructor[prototype][x]", "1"]],
    ] as [string, string][][])
      attempts.push((request) => ({
        ...request,
        place: "query (unknown field)",
        value: pairs,
        query: [...request.query, ...pairs],
      }));

    for (const name of paramNames) {
      const place = `params.${name}`;
      const schema = fieldsOf(route.schema.params)[name];
      const typed = schema ? hostileFor(shapeOf(schema)).map(String) : [];
      for (const value of [...hostileStrings, "..", ".", ...typed])
        attempts.push((request) => ({
          ...request,
          place,
          value,
          params: { ...request.params, [name]: encode(value) },
        }));
      for (const raw of malformedPercent)
        attempts.push((request) => ({
          ...request,
          place,
          value: raw,
          params: { ...request.params, [name]: raw },
        }));
    }

    if (takesBody) {
      for (const [name, schema] of Object.entries(bodyFields)) {
        const place = `body.${name}`;
        for (const value of [...hostileStrings, ...hostileFor(shapeOf(schema)), ...wrongTypes])
          attempts.push((request) => ({
            ...request,
            place,
            value,
            body: { json: { ...request.json, [name]: value } },
          }));
        attempts.push((request) => {
          const { [name]: _, ...rest } = request.json;
          return { ...request, place, value: "(left out)", body: { json: rest } };
        });
      }
      for (const body of hostileBodies)
        attempts.push((request) => ({
          ...request,
          place: "body",
          value: "raw" in body ? body.raw : body.json,
          body,
        }));
      attempts.push((request) => ({
        ...request,
        place: "body (unknown field)",
        value: "unexpected",
        body: { json: { ...request.json, unexpected: true } },
      }));
    }

    // The SQL oracle first, before this run adds rows whose text could match a fragment literally.
    if (route.method === "GET") await searchOracle(route, headers, queryFields, valid);
    for (const make of attempts) await send(route, make(await valid()), headers);
    if (target.randomRuns) await randomRequests(route, headers, queryFields, bodyFields, paramNames, valid);
  }

  /** A free-text filter given `' OR '1'='1` must not find more rows than given a word nothing matches. */
  async function searchOracle(
    route: RouteDefinition,
    headers: Record<string, string>,
    queryFields: Record<string, z.ZodType>,
    valid: () => Promise<Request>,
  ) {
    for (const [name, schema] of Object.entries(queryFields)) {
      const shape = shapeOf(schema);
      if (shape.kind !== "text") continue;
      const limit = shape.maxLength ?? 100;
      const rows = async (value: string) => {
        const request = await valid();
        const response = await send(
          route,
          {
            ...request,
            place: `query.${name}`,
            value,
            query: withQuery(request, name, [[name, encode(value)]]),
          },
          headers,
        );
        // A file (an export) has no row count to compare: its route's JSON list twin is checked.
        return response.statusCode === 200 && !route.produces ? rowCount(response.json()) : undefined;
      };
      const harmless = await rows(`zq${token()}${token()}`.slice(0, limit));
      if (harmless === undefined) continue;
      for (const fragment of [...sqlFragments, "%", "%%"].filter((value) => value.length <= limit)) {
        const found = await rows(fragment);
        if (found !== undefined && found > harmless)
          fail(
            route,
            `query.${name}`,
            "more rows for an SQL fragment than for a harmless word (SQL built from input?)",
            `${preview(fragment)} → ${found} rows, a word nothing matches → ${harmless}`,
          );
      }
    }
  }

  async function randomRequests(
    route: RouteDefinition,
    headers: Record<string, string>,
    queryFields: Record<string, z.ZodType>,
    bodyFields: Record<string, z.ZodType>,
    paramNames: string[],
    valid: () => Promise<Request>,
  ) {
    const hostileString = fc.oneof(
      fc.constantFrom(...hostileStrings),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 20 }),
    );
    const keys = fc.oneof(
      fc.constantFrom("__proto__", "constructor", ...Object.keys(bodyFields)),
      fc.string({ maxLength: 8 }),
    );
    const { value: hostileValue } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        hostileString,
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 3 }),
        fc.dictionary(keys, tie("value"), { maxKeys: 4 }),
      ),
    }));
    const generator = fc.record({
      query: fc.dictionary(
        fc.oneof(fc.constantFrom("zz", ...Object.keys(queryFields)), fc.string({ maxLength: 6 })),
        hostileString,
        {
          maxKeys: 4,
        },
      ),
      params: fc.tuple(...paramNames.map(() => hostileString)),
      body: fc.oneof(
        hostileValue,
        fc.record(Object.fromEntries(Object.keys(bodyFields).map((name) => [name, hostileValue])), {
          requiredKeys: [],
        }),
      ),
    });
    // Sampled, not shrunk: a failure is reported with its input, and shrinking would multiply the requests.
    for (const { query, params, body } of fc.sample(generator, target.randomRuns)) {
      const request = await valid();
      await send(
        route,
        {
          ...request,
          place: "random",
          value: { query, params, body },
          params: Object.fromEntries(paramNames.map((name, index) => [name, encode(params[index] ?? "")])),
          query: queryPairs(query),
          ...(route.method === "GET" ? {} : { body: { json: body } }),
        },
        headers,
      );
    }
  }

  return { failures, requests };
}
