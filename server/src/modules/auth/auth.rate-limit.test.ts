import { describe, expect, it } from "vitest";
import { buildUser, testPassword } from "../../test/factories.ts";
import { attemptLogin, expectError } from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";

// Its own file: the per-address counter lives in the app, and every login below counts towards it.
const t = useTestApp({ loginRatePerMinute: 3 });

describe("login rate limit per client address", () => {
  it("refuses the attempt after loginRatePerMinute with 429 RATE_LIMITED, even with the right password", async () => {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expectError(await attemptLogin(t, user.email, `wrong-password-${attempt}x`), 401, "LOGIN_FAILED");
    }

    const limited = await attemptLogin(t, user.email, testPassword);
    const body = expectError(limited, 429, "RATE_LIMITED");
    expect(body.message).toBe("操作が多すぎます。しばらく待ってからやり直してください。");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.cookies.find((cookie) => cookie.name === "otagai_session")).toBeUndefined();
  });

  it("does not limit the other routes", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await t.request({ method: "GET", url: "/api/auth/session" });
      expect(response.statusCode).toBe(200);
    }
  });

  it("counts each client address on its own", async () => {
    const user = await buildUser(t.database.db);
    const anonymous = await t.anonymous();
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      session: anonymous,
      remoteAddress: "192.0.2.44",
      payload: { email: user.email, password: testPassword },
    });
    expect(response.statusCode, response.body).toBe(200);
  });
});
