import { DrizzleQueryError } from "drizzle-orm";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { buildUser, testPassword } from "../../test/factories.ts";
import { attemptLogin } from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";
import { logSerializers, registerNoStore } from "./personal-data.ts";

// People's names must not end up in the log (a search travels in the URL) nor in a browser's or a
// proxy's cache (an API response listing people). The app here logs at info into a buffer.

const lines: string[] = [];
const t = useTestApp({ logLevel: "info" }, { logStream: { write: (line) => void lines.push(line) } });

describe("the log", () => {
  it("shows the path of a search, never the name searched for", async () => {
    const session = await t.loginAs("admin");
    lines.length = 0;
    const name = "山田花子";
    for (const url of [
      `/api/users?q=${encodeURIComponent(name)}`,
      `/api/users?q=${name}`,
      `/api/users?role=staff&q=${encodeURIComponent(name)}#x`,
      `/api/audit-events?recordId=${encodeURIComponent(name)}`,
    ]) {
      const response = await t.request({ method: "GET", url, session });
      expect(response.statusCode).toBe(200);
    }
    const log = lines.join("");
    expect(log).toContain('"url":"/api/users"');
    expect(log).toContain('"url":"/api/audit-events"');
    expect(log).not.toContain(name);
    expect(log).not.toContain(encodeURIComponent(name));
    expect(log).not.toContain("q=");
  });

  it("never holds a request body: a password sent to log in stays out", async () => {
    const user = await buildUser(t.database.db);
    lines.length = 0;
    expect((await attemptLogin(t, user.email, testPassword)).statusCode).toBe(200);
    expect((await attemptLogin(t, user.email, "wrong-password-for-the-log")).statusCode).toBe(401);
    const log = lines.join("");
    expect(log).toContain("/api/auth/login");
    expect(log).not.toContain(testPassword);
    expect(log).not.toContain("wrong-password-for-the-log");
  });

  it("keeps a failed query's statement but not its parameters, nor PostgreSQL's detail", () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_key"'),
      {
        code: "23505",
        detail: "Key (email)=(hanako@example.jp) already exists.",
      },
    );
    const error = new DrizzleQueryError(
      'insert into "users" ("email", "display_name") values ($1, $2)',
      ["hanako@example.jp", "山田花子"],
      cause,
    );
    const logged = JSON.stringify(logSerializers.err(error));
    expect(logged).toContain('insert into \\"users\\"');
    expect(logged).toContain("23505");
    expect(logged).not.toContain("hanako");
    expect(logged).not.toContain("山田花子");
  });
});

describe("Cache-Control", () => {
  it("is no-store on every API response: data, errors, not-found, docs", async () => {
    const session = await t.loginAs("admin");
    const responses = [
      await t.request({ method: "GET", url: "/api/users", session }),
      await t.request({ method: "GET", url: `/api/users/${session.userId}`, session }),
      await t.request({ method: "GET", url: "/api/auth/session", session }),
      await t.request({ method: "GET", url: "/api/users" }),
      await t.request({ method: "GET", url: "/api/users?page=0", session }),
      await t.request({ method: "GET", url: "/api/users/%zz", session }),
      await t.request({ method: "GET", url: "/api/nothing-here" }),
      await t.request({ method: "GET", url: "/api/openapi.json" }),
      await t.request({ method: "GET", url: "/api/docs/json" }),
      await t.request({ method: "GET", url: "/%61pi/users", session }),
      await t.request({
        method: "POST",
        url: `/api/users/${session.userId}/password`,
        session,
        payload: { newPassword: "another-long-passphrase-4" },
      }),
    ];
    expect(responses.map((response) => [response.statusCode, response.headers["cache-control"]])).toEqual([
      [200, "no-store"],
      [200, "no-store"],
      [200, "no-store"],
      [401, "no-store"],
      [400, "no-store"],
      [400, "no-store"],
      [404, "no-store"],
      [200, "no-store"],
      [200, "no-store"],
      [200, "no-store"],
      [400, "no-store"],
    ]);
  });

  it("overrides a handler's own policy under /api, and leaves other files' policy alone", async () => {
    const plain = Fastify();
    registerNoStore(plain);
    plain.get("/api/cached", async (_request, reply) =>
      reply.header("cache-control", "public, max-age=600").send({}),
    );
    plain.get("/assets/app-1a2b3c.js", async (_request, reply) =>
      reply.header("cache-control", "public, max-age=31536000, immutable").type("text/javascript").send(""),
    );
    plain.get("/robots.txt", async () => "");
    expect((await plain.inject("/api/cached")).headers["cache-control"]).toBe("no-store");
    expect((await plain.inject("/assets/app-1a2b3c.js")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await plain.inject("/robots.txt")).headers["cache-control"]).toBe("no-store");
    await plain.close();
  });
});
