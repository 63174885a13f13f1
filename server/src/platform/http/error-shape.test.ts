import type { AddressInfo } from "node:net";
import net from "node:net";
import { errorCodes } from "@otagai/shared/platform/errors";
import type { LightMyRequestResponse } from "fastify";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/test-app.ts";

// Every error the server sends, including those raised before any route runs (the router, the body
// parser, Node's HTTP parser): the app's { code, message, fields? } in the caller's language,
// never Fastify's default { error, code: "FST_ERR_…", message: "'<the url>' is …" }.

const t = useTestApp();

function expectAppError(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/json/);
  const body = response.json();
  expect(Object.keys(body).filter((key) => key !== "fields")).toEqual(["code", "message"]);
  expect(body.code).toBe(code);
  expect(errorCodes).toContain(body.code);
  return body as { code: string; message: string; fields?: { path: string; message: string }[] };
}

/** Percent-encoding the router cannot decode: a stray %, non-hex digits, a cut-off and an invalid UTF-8 sequence. */
const malformed = ["%ED%A0%80", "%zz", "%", "%E0%A4%A", "%C0%AF"];

describe("a path the router cannot decode", () => {
  it.each(malformed)(
    "GET /api/users/%s: 401 for an anonymous caller, before anything about input",
    async (bad) => {
      const response = await t.request({ method: "GET", url: `/api/users/${bad}` });
      const body = expectAppError(response, 401, "UNAUTHENTICATED");
      expect(body.message).toBe("ログインしてください。");
      expect(response.body).not.toContain(bad);
      expect(response.body).not.toContain("/api/users");
    },
  );

  it("403 for a caller without the route's permission", async () => {
    const staff = await t.loginAs("staff");
    const response = await t.request({ method: "GET", url: "/api/users/%ED%A0%80", session: staff });
    expectAppError(response, 403, "FORBIDDEN");
  });

  it("a change without the CSRF token is refused as such, not as bad input", async () => {
    const admin = await t.loginAs("admin");
    const response = await t.request({
      method: "POST",
      url: "/api/users/%zz/disable",
      headers: { cookie: admin.cookie },
    });
    expectAppError(response, 403, "CSRF_REJECTED");
  });

  it.each(malformed)(
    "400 on its field for a caller who may use the route (%s), in their language",
    async (bad) => {
      const admin = await t.loginAs("admin");
      for (const [method, url] of [
        ["GET", `/api/users/${bad}`],
        ["POST", `/api/users/${bad}/disable`],
      ] as const) {
        const response = await t.request({
          method,
          url,
          session: admin,
          headers: { "accept-language": "en" },
        });
        const body = expectAppError(response, 400, "VALIDATION_FAILED");
        expect(body.message).toBe("Please check what you entered.");
        expect(body.fields?.map((field) => field.path)).toEqual(["params"]);
        expect(response.body).not.toContain(bad);
      }
    },
  );

  it("a path whose fixed part cannot be decoded matches no route: 404", async () => {
    const admin = await t.loginAs("admin");
    for (const [method, url] of [
      ["GET", "/api/us%E0%A4%Aers"],
      ["GET", "/api/users%zz"],
      ["POST", "/%zzapi/users"],
    ] as const) {
      const response = await t.request({ method, url, session: admin });
      expectAppError(response, 404, "NOT_FOUND");
      expect(response.body).not.toContain("%");
    }
  });

  it("a public route's wildcard (the docs' files) takes it as bad input", async () => {
    const response = await t.request({ method: "GET", url: "/api/docs/static/%zz" });
    expectAppError(response, 400, "VALIDATION_FAILED");
    expect(response.body).not.toContain("%zz");
  });

  it("a very long path parameter meets the same checks: 401, then 400", async () => {
    const long = "x".repeat(5000);
    expectAppError(await t.request({ method: "GET", url: `/api/users/${long}` }), 401, "UNAUTHENTICATED");
    const admin = await t.loginAs("admin");
    const response = await t.request({ method: "GET", url: `/api/users/${long}`, session: admin });
    expectAppError(response, 400, "VALIDATION_FAILED");
    expect(response.body).not.toContain("xxxxxxxx");
  });
});

describe("errors from the framework around the routes", () => {
  it("an unknown API path or method: 404 in the caller's language", async () => {
    const admin = await t.loginAs("admin");
    const unknown = await t.request({
      method: "GET",
      url: "/api/nothing-here",
      headers: { "accept-language": "en" },
    });
    expect(expectAppError(unknown, 404, "NOT_FOUND").message).toBe("The record was not found.");
    expectAppError(
      await t.request({ method: "DELETE", url: "/api/users", session: admin }),
      404,
      "NOT_FOUND",
    );
  });

  it("a body in a type no route reads: 415", async () => {
    const admin = await t.loginAs("admin");
    const response = await t.request({
      method: "POST",
      url: "/api/users",
      session: admin,
      payload: "<user/>",
      headers: { "content-type": "application/xml", "accept-language": "en" },
    });
    expect(expectAppError(response, 415, "VALIDATION_FAILED").message).toBe("Please check what you entered.");
  });

  it("a body that is not JSON: 400; a body over the limit: 413", async () => {
    const admin = await t.loginAs("admin");
    const broken = await t.request({
      method: "POST",
      url: "/api/users",
      session: admin,
      payload: '{"email": ',
      headers: { "content-type": "application/json" },
    });
    expectAppError(broken, 400, "VALIDATION_FAILED");
    const huge = await t.request({
      method: "POST",
      url: "/api/users",
      session: admin,
      payload: JSON.stringify({ displayName: "a".repeat(1_100_000) }),
      headers: { "content-type": "application/json" },
    });
    expectAppError(huge, 413, "PAYLOAD_TOO_LARGE");
  });
});

describe("errors from Node's HTTP parser, before Fastify sees a request", () => {
  /** Sends raw bytes to the listening app and returns the status line, headers and body it answers. */
  let listening: Promise<unknown> | undefined;
  async function rawExchange(request: string) {
    listening ??= t.app.listen({ port: 0, host: "127.0.0.1" });
    await listening;
    const { port } = t.app.server.address() as AddressInfo;
    const text = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
      let received = "";
      socket.on("data", (chunk) => {
        received += chunk.toString("utf8");
      });
      socket.on("end", () => resolve(received));
      socket.on("error", reject);
    });
    const [head = "", body = ""] = text.split("\r\n\r\n");
    const [statusLine = "", ...headerLines] = head.split("\r\n");
    const headers = Object.fromEntries(
      headerLines.map((line) => [
        line.slice(0, line.indexOf(":")).toLowerCase(),
        line.slice(line.indexOf(":") + 1).trim(),
      ]),
    );
    return { status: Number(statusLine.split(" ")[1]), headers, body: JSON.parse(body) };
  }

  it("headers too large: 431 in the app's shape, in the language the request asked for", async () => {
    const response = await rawExchange(
      `GET /api/users?q=%E5%B1%B1 HTTP/1.1\r\nHost: otagai\r\nAccept-Language: en\r\nCookie: ${"a".repeat(40_000)}\r\n\r\n`,
    );
    expect(response.status).toBe(431);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.body).toEqual({ code: "PAYLOAD_TOO_LARGE", message: "What was sent is too large." });
  });

  it("a request Node cannot parse: 400 in the app's shape, Japanese by default", async () => {
    const response = await rawExchange("GET /api/users HTTP/1.1\r\nHost: otagai\r\nBad Header: y\r\n\r\n");
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: "VALIDATION_FAILED", message: "入力内容を確認してください。" });
  });

  it("a request that arrives too slowly: 408 in the app's shape", () => {
    const written: string[] = [];
    const socket = {
      destroyed: false,
      writable: true,
      end: (text: string) => written.push(text),
      destroy() {},
    };
    const timeout = Object.assign(new Error("Request Timeout"), { code: "ERR_HTTP_REQUEST_TIMEOUT" });
    t.app.server.emit("clientError", timeout, socket);
    const [head = "", body = ""] = (written[0] ?? "").split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(body)).toEqual({
      code: "REQUEST_TIMEOUT",
      message: "送信に時間がかかりすぎたため、受け付けられませんでした。もう一度お試しください。",
    });
  });
});
