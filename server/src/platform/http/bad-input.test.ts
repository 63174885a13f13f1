import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { snapshotData } from "../../test/database-snapshot.ts";
import { exampleBodies, paramNames, placeholderUrl } from "../../test/route-inputs.ts";
import { useTestApp } from "../../test/test-app.ts";
import type { RouteDefinition } from "./route.ts";

const t = useTestApp();

const hostileFragments = [
  "' OR '1'='1",
  "'; drop table users; --",
  "<script>alert(1)</script>",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFFx",
  "../../etc/passwd",
  "%00",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup string is the point
  "${jndi:ldap://127.0.0.1/a}",
  "{{constructor.constructor('return 1')()}}",
  "__proto__",
  "𠮷野家",
  "ｱｲｳｴｵ",
  "　",
  "NaN",
  "-1",
  "1e309",
  "-9223372036854775809",
  "00000000-0000-0000-0000-000000000000",
  "0000-01-01",
  "9999-12-31",
  "2026-02-30",
  "x".repeat(5000),
];

const hostileString = fc.oneof(
  fc.constantFrom(...hostileFragments),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const hostileKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "zz", "", "email", "password", "id"),
  fc.string({ maxLength: 8 }),
);
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 0.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(hostileKey, tie("value"), { maxKeys: 4 }),
  ),
}));

function fieldNames(schema: z.ZodType | undefined): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** A body built from the route's own field names with hostile values, or something else entirely. */
function hostileBody(definition: RouteDefinition) {
  const fields = fieldNames(definition.schema.body);
  return fc.oneof(
    hostileValue,
    fields.length > 0
      ? fc.record(Object.fromEntries(fields.map((field) => [field, hostileValue])), { requiredKeys: [] })
      : fc.constant({ unexpected: true }),
    fc.constant("{'not': json"),
    fc.constant("a".repeat(1_100_000)),
  );
}

/** Often one known field with a hostile value (the rest valid by absence), sometimes a mix with unknown keys. */
function hostileQuery(definition: RouteDefinition) {
  const known = fieldNames(definition.schema.querystring);
  const mixed = fc.dictionary(
    fc.oneof(fc.constantFrom(...known, "zz"), fc.string({ maxLength: 6 })),
    hostileString,
    {
      maxKeys: 4,
    },
  );
  if (known.length === 0) return mixed;
  const single = fc
    .tuple(fc.constantFrom(...known), hostileString)
    .map(([key, value]): Record<string, string> => ({ [key]: value }));
  return fc.oneof(single, mixed, fc.constant({}));
}

function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80"; // a lone surrogate as raw bytes: invalid UTF-8
  }
}

describe("bad and hostile input on every route", () => {
  it("never causes a 5xx, and a refused request writes nothing", async () => {
    const failures: string[] = [];
    for (const definition of t.app.routeDefinitions) {
      const session = await t.loginAs("admin");
      const params = paramNames(definition);
      const request = fc.record({
        params: fc.tuple(...params.map(() => hostileString)),
        query: hostileQuery(definition),
        body: hostileBody(definition),
      });
      await fc
        .assert(
          fc.asyncProperty(request, async ({ params: values, query, body }) => {
            let index = 0;
            const url = definition.url.replace(/:(\w+)/g, () => encodeSegment(values[index++] ?? ""));
            const search = new URLSearchParams();
            for (const [key, value] of Object.entries(query)) {
              try {
                search.append(key, value);
              } catch {
                /* unencodable key: skip */
              }
            }
            const before = await snapshotData(t.database);
            const response = await t.request({
              method: definition.method,
              url: `${url}${search.size > 0 ? `?${search.toString().replace(/%EF%BF%BD/g, "%ED%A0%80")}` : ""}`,
              session,
              ...(definition.method === "GET"
                ? {}
                : {
                    payload: typeof body === "string" ? body : JSON.stringify(body),
                    headers: { "content-type": "application/json" },
                  }),
            });
            const where = `${definition.method} ${definition.url} → ${response.statusCode}`;
            expect(response.statusCode, `${where} ${response.body.slice(0, 300)}`).toBeLessThan(500);
            if (response.statusCode >= 400) {
              expect(await snapshotData(t.database), `${where} wrote data`).toBe(before);
              const error = response.json();
              expect(error.code, where).toMatch(/^[A-Z_]+$/);
              expect(typeof error.message, where).toBe("string");
            }
          }),
          { numRuns: 50 },
        )
        .catch((error: Error) => failures.push(error.message.slice(0, 1500)));
    }
    expect(failures).toEqual([]);
  }, 300_000);

  // Deterministic: one field at a time, every hostile fragment, the rest of the input valid, so
  // the fragment reaches the service and the database rather than stopping at the first check.
  it("survives each hostile fragment in each field of each route", async () => {
    const failures: string[] = [];
    const session = await t.loginAs("admin");
    for (const definition of t.app.routeDefinitions) {
      const key = `${definition.method} ${definition.url}`;
      const bodyFields = fieldNames(definition.schema.body);
      const example = exampleBodies[key];
      if (bodyFields.length > 0 && !example)
        failures.push(`${key}: add an example body to test/route-inputs.ts`);
      const attempts: { field: string; url: string; payload?: Record<string, unknown> }[] = [];
      for (const fragment of hostileFragments) {
        for (const field of fieldNames(definition.schema.querystring)) {
          attempts.push({
            field,
            url: `${placeholderUrl(definition)}?${new URLSearchParams({ [field]: fragment })}`,
          });
        }
        for (const field of bodyFields) {
          if (example)
            attempts.push({
              field,
              url: placeholderUrl(definition),
              payload: { ...example(), [field]: fragment },
            });
        }
        for (const name of paramNames(definition)) {
          attempts.push({ field: name, url: definition.url.replace(`:${name}`, encodeSegment(fragment)) });
        }
      }
      for (const attempt of attempts) {
        const before = await snapshotData(t.database);
        const response = await t.request({
          method: definition.method,
          url: attempt.url,
          session,
          payload: attempt.payload,
        });
        const where = `${key} [${attempt.field}] → ${response.statusCode}`;
        if (response.statusCode >= 500) failures.push(`${where} ${response.body.slice(0, 200)}`);
        else if (response.statusCode >= 400 && (await snapshotData(t.database)) !== before)
          failures.push(`${where} wrote data`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it("answers bad input with 400, the field path and a Japanese message", async () => {
    const admin = await t.loginAs("admin");
    const response = await t.request({
      method: "POST",
      url: "/api/users",
      session: admin,
      payload: { email: "not-an-email", displayName: "", role: "emperor", password: "short", extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.message).toBe("入力内容を確認してください。");
    const paths = body.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(
      expect.arrayContaining(["body.email", "body.displayName", "body.role", "body.password", "body"]),
    );
    expect(body.fields.find((field: { path: string }) => field.path === "body.password").message).toBe(
      "12文字以上で入力してください。",
    );
  });

  it("refuses text PostgreSQL cannot store (NUL, lone surrogates) with a 400, not a 500", async () => {
    const admin = await t.loginAs("admin");
    const response = await t.request({
      method: "GET",
      url: `/api/users?q=${encodeURIComponent("a\u0000b")}`,
      session: admin,
      headers: { "accept-language": "en" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0]).toMatchObject({
      path: "querystring.q",
      message: "The format is not valid.",
    });
  });
});
