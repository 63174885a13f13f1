import { describe, expect, it } from "vitest";
import { expectCleanAnswers } from "../../test/fuzz-every-route.ts";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();

describe("bad and hostile input on every route", () => {
  // Every field of every route's query, path and body (test/fuzz.ts), in four parts: this file
  // and bad-input.part-{1,2,3}.test.ts, so the test workers share the walk.
  it("is answered cleanly on every field of the first part of the routes", async () => {
    await expectCleanAnswers(t, 0);
  }, 900_000);

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
