import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { loadConfig } from "../../platform/config.ts";
import type { DatabaseHandle } from "../../platform/db/client.ts";
import { testConfig } from "../../test/config.ts";
import { openTestDatabase } from "../../test/database.ts";
import { buildUser, testPassword } from "../../test/factories.ts";
import { auditEventsWhere, sessionRowsOf } from "../../test/http-helpers.ts";

// Behind a TLS-terminating proxy: TRUST_PROXY as an operator writes it, read by the real config
// parser, and a real listening server reached over TCP, so the socket's peer address and the
// X-Forwarded-* headers are what Fastify really sees (app.inject would fake both).

let database: DatabaseHandle;
const running: FastifyInstance[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
});
afterAll(async () => {
  await database?.close();
});

/** The app listening on 127.0.0.1 with these settings, as `npm start` would read them. */
async function serve(env: Record<string, string>): Promise<string> {
  // The test-only settings loadConfig never returns (a fixed audit key), then every setting as parsed.
  const config = {
    ...testConfig(),
    ...loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", LOGIN_RATE_PER_MINUTE: "10000", ...env }),
  };
  const app = await buildApp({ config, database });
  running.push(app);
  await app.listen({ port: 0, host: "127.0.0.1" });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** One login from a fresh client: fetch a CSRF token, then post the credentials, with the proxy's headers on both. */
async function login(base: string, email: string, password: string, proxyHeaders: Record<string, string>) {
  const first = await fetch(`${base}/api/auth/session`, { headers: proxyHeaders });
  const csrfCookie = first.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith("otagai_csrf="))
    ?.split(";")[0];
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  if (!csrfCookie) throw new Error("no CSRF cookie");
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: {
      ...proxyHeaders,
      "content-type": "application/json",
      cookie: csrfCookie,
      "x-csrf-token": csrfToken,
    },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { code?: string };
  const cookies = new Map(
    response.headers
      .getSetCookie()
      .map((cookie) => [cookie.split("=")[0], cookie.split(";").map((part) => part.trim().toLowerCase())]),
  );
  return { status: response.status, body, cookies };
}

/** Logs a new user in and returns where the session and the audit trail say the client was. */
async function recordedAddresses(base: string, proxyHeaders: Record<string, string>) {
  const user = await buildUser(database.db);
  const result = await login(base, user.email, testPassword, proxyHeaders);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  const [session] = await sessionRowsOf(database.db, user.id);
  const [entry] = await auditEventsWhere(database.db, { action: "login", recordId: user.id });
  return {
    session: session?.clientAddress,
    audit: entry?.clientAddress,
    secure: ["otagai_session", "otagai_csrf"].map((name) => result.cookies.get(name)?.includes("secure")),
  };
}

const viaHttps = { "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7" };

describe("behind one proxy (TRUST_PROXY=1, for an app only the proxy can reach)", () => {
  it("takes the client's address and https from the proxy's headers", async () => {
    const base = await serve({ TRUST_PROXY: "1" });
    expect(await recordedAddresses(base, viaHttps)).toEqual({
      session: "198.51.100.7",
      audit: "198.51.100.7",
      secure: [true, true],
    });
  });

  it("trusts only the hop the proxy appended, not addresses the client wrote before it", async () => {
    const base = await serve({ TRUST_PROXY: "1" });
    const spoofed = { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.66, 198.51.100.7" };
    expect((await recordedAddresses(base, spoofed)).session).toBe("198.51.100.7");
  });

  it("leaves cookies without Secure when the proxy reports plain http", async () => {
    const base = await serve({ TRUST_PROXY: "1" });
    const result = await recordedAddresses(base, {
      "x-forwarded-proto": "http",
      "x-forwarded-for": "198.51.100.7",
    });
    expect(result.secure).toEqual([false, false]);
  });

  it("limits login attempts per client, not per proxy: client A's limit leaves client B alone", async () => {
    const base = await serve({ TRUST_PROXY: "1", LOGIN_RATE_PER_MINUTE: "3" });
    const from = (address: string) => ({ "x-forwarded-for": address });
    // Unknown e-mails: the per-address limit is what answers, not an account lock.
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await login(
        base,
        `nobody-${attempt}@test.otagai.example`,
        "wrong-password",
        from("203.0.113.1"),
      );
      expect(result.status).toBe(401);
    }
    const limited = await login(base, "nobody@test.otagai.example", "wrong-password", from("203.0.113.1"));
    expect([limited.status, limited.body.code]).toEqual([429, "RATE_LIMITED"]);
    const other = await login(base, "nobody@test.otagai.example", "wrong-password", from("203.0.113.2"));
    expect([other.status, other.body.code]).toEqual([401, "LOGIN_FAILED"]);
  });
});

describe("TRUST_PROXY=true", () => {
  it("means one hop: the proxy's headers count, the client's own additions do not", async () => {
    const base = await serve({ TRUST_PROXY: "true" });
    const spoofed = { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.66, 198.51.100.7" };
    expect(await recordedAddresses(base, spoofed)).toEqual({
      session: "198.51.100.7",
      audit: "198.51.100.7",
      secure: [true, true],
    });
  });
});

describe("TRUST_PROXY as the proxies' addresses", () => {
  it("trusts the headers when the connection comes from a listed address", async () => {
    const base = await serve({ TRUST_PROXY: "10.0.0.5, 127.0.0.1" });
    expect(await recordedAddresses(base, viaHttps)).toEqual({
      session: "198.51.100.7",
      audit: "198.51.100.7",
      secure: [true, true],
    });
  });

  it("ignores them when the connection comes from anywhere else", async () => {
    const base = await serve({ TRUST_PROXY: "10.0.0.5" });
    expect(await recordedAddresses(base, viaHttps)).toEqual({
      session: "127.0.0.1",
      audit: "127.0.0.1",
      secure: [false, false],
    });
  });
});

describe("without a proxy (TRUST_PROXY=false, the default)", () => {
  it("ignores X-Forwarded-* from clients: the socket's address, no Secure over plain http", async () => {
    const base = await serve({ TRUST_PROXY: "false" });
    expect(await recordedAddresses(base, viaHttps)).toEqual({
      session: "127.0.0.1",
      audit: "127.0.0.1",
      secure: [false, false],
    });
  });
});
