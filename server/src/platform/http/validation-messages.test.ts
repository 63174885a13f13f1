import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { useTestApp } from "../../test/test-app.ts";

// zod's own locales (z.config(z.locales.ja())) are process-wide and worded for developers
// ("無効な入力: stringが期待されましたが、undefinedが入力されました"); our messages come from the catalogs,
// in each caller's language. Whatever locale zod is configured with must not change them.
describe("validation messages with zod's Japanese locale configured", () => {
  const t = useTestApp();
  beforeAll(() => {
    z.config(z.locales.ja());
  });
  afterAll(() => {
    z.config(z.locales.en());
  });

  async function login(body: object, language: string) {
    const anonymous = await t.anonymous();
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      session: anonymous,
      headers: { "accept-language": language },
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    return response.json() as { code: string; message: string; fields: { path: string; message: string }[] };
  }

  it("says a missing field is required, in the caller's language", async () => {
    const ja = await login({ email: "someone@example.org" }, "ja");
    expect(ja.fields).toEqual([
      { path: "body.password", code: "invalid_type", message: "入力してください。" },
    ]);
    const en = await login({ email: "someone@example.org" }, "en");
    expect(en.message).toBe("Please check what you entered.");
    expect(en.fields).toEqual([
      { path: "body.password", code: "invalid_type", message: "This field is required." },
    ]);
  });

  it("tells a present value of the wrong type from a missing one", async () => {
    const body = await login({ email: "someone@example.org", password: 12 }, "ja");
    expect(body.fields).toEqual([
      { path: "body.password", code: "invalid_type", message: "形式が正しくありません。" },
    ]);
  });

  it("uses the catalog, not zod's wording, for the other issue kinds", async () => {
    const body = await login({ email: "not-an-email", password: "" }, "ja");
    expect(body.fields).toEqual(
      expect.arrayContaining([
        { path: "body.email", code: "invalid_format", message: "メールアドレスの形式が正しくありません。" },
        { path: "body.password", code: "too_small", message: "入力してください。" },
      ]),
    );
  });
});
