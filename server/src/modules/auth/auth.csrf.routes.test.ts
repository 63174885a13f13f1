import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildUser, testPassword } from "../../test/factories.ts";
import { attemptLogin, cookieOf, expectError, loginWith, sessionOf } from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";

// Changes need the CSRF token, and since ADR 004's revision the token is bound to the session.
const t = useTestApp({ loginMaxFailures: 3 });

describe("CSRF protection", () => {
  const loginPayload = { email: "nobody-here@test.otagai.example", password: testPassword };

  it("refuses a POST without the x-csrf-token header", async () => {
    const anonymous = await t.anonymous();
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: anonymous.cookie },
      payload: loginPayload,
    });
    expectError(response, 403, "CSRF_REJECTED");
  });

  it("refuses a POST whose token does not match the cookie", async () => {
    const anonymous = await t.anonymous();
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      session: anonymous,
      headers: { "x-csrf-token": `${anonymous.csrfToken.slice(0, -2)}xx` },
      payload: loginPayload,
    });
    expectError(response, 403, "CSRF_REJECTED");
  });

  it("refuses a cross-site request even with the right token", async () => {
    const anonymous = await t.anonymous();
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      session: anonymous,
      headers: { "sec-fetch-site": "cross-site" },
      payload: loginPayload,
    });
    expectError(response, 403, "CSRF_REJECTED");
  });

  it("lets a same-origin request with the right token through", async () => {
    const user = await buildUser(t.database.db);
    const response = await attemptLogin(t, user.email, testPassword, { "sec-fetch-site": "same-origin" });
    expect(response.statusCode, response.body).toBe(200);
  });

  it("keeps a logged-in user's session when a forged logout is refused", async () => {
    const session = await t.loginAs("staff");
    const forged = await t.request({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: session.cookie, "sec-fetch-site": "cross-site", "x-csrf-token": session.csrfToken },
    });
    expectError(forged, 403, "CSRF_REJECTED");
    const dashboard = await t.request({ method: "GET", url: "/api/dashboard", session });
    expect(dashboard.statusCode).toBe(200);
  });
});

describe("CSRF token bound to the session", () => {
  /** A client's cookies with one cookie replaced, as a sibling site or a network attacker could plant it. */
  const withCookie = (cookie: string, name: string, value: string) =>
    cookie.replace(new RegExp(`${name}=[^;]*`), `${name}=${value}`);

  it("refuses a value merely set as both the cookie and the header", async () => {
    const planted = "a-value-the-attacker-chose-and-planted-as-a-cookie";
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: `otagai_csrf=${planted}`, "x-csrf-token": planted },
      payload: { email: "nobody-here@test.otagai.example", password: testPassword },
    });
    expectError(response, 403, "CSRF_REJECTED");
  });

  it("refuses a logged-in client's request carrying a token that is not its session's", async () => {
    const victim = await t.loginAs("staff");
    // The attacker's own, valid anonymous pair, planted in the victim's browser next to its session.
    const attacker = await t.anonymous();
    const plantedCookie = withCookie(victim.cookie, "otagai_csrf", attacker.cookie.split("=")[1] ?? "");
    const forged = await t.request({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: plantedCookie, "x-csrf-token": attacker.csrfToken },
    });
    expectError(forged, 403, "CSRF_REJECTED");

    // Nor does another session's token work with this session's cookie.
    const other = await t.loginAs("staff");
    const crossed = await t.request({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie: victim.cookie, "x-csrf-token": other.csrfToken },
    });
    expectError(crossed, 403, "CSRF_REJECTED");
    expect((await t.request({ method: "GET", url: "/api/dashboard", session: victim })).statusCode).toBe(200);
  });

  it("keeps the session's token whatever pre-session cookie the client holds", async () => {
    const session = await t.loginAs("staff");
    const response = await t.request({
      method: "POST",
      url: "/api/auth/logout",
      headers: {
        cookie: withCookie(session.cookie, "otagai_csrf", "anything-else"),
        "x-csrf-token": session.csrfToken,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
  });

  it("gives a new token at login that works with the new session only, and another at logout", async () => {
    const user = await buildUser(t.database.db);
    const anonymous = await t.anonymous();
    const login = await t.request({
      method: "POST",
      url: "/api/auth/login",
      session: anonymous,
      payload: { email: user.email, password: testPassword },
    });
    const session = sessionOf(login);
    expect(session.csrfToken).not.toBe(anonymous.csrfToken);
    // The token seen before login no longer passes with the new session.
    expectError(
      await t.request({
        method: "PATCH",
        url: "/api/auth/preferences",
        headers: { cookie: session.cookie, "x-csrf-token": anonymous.csrfToken },
        payload: { locale: "en" },
      }),
      403,
      "CSRF_REJECTED",
    );
    const logout = await t.request({ method: "POST", url: "/api/auth/logout", session });
    expect(logout.statusCode, logout.body).toBe(200);
    const after = logout.json().csrfToken;
    expect(after).not.toBe(session.csrfToken);
    expect(after).not.toBe(anonymous.csrfToken);
    // The answer's token and cookie go together: the next login from this client passes.
    const next = await t.request({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: `otagai_csrf=${cookieOf(logout, "otagai_csrf")?.value}`, "x-csrf-token": after },
      payload: { email: user.email, password: testPassword },
    });
    expect(next.statusCode, next.body).toBe(200);
  });

  it("falls back to the pre-session token once the session has ended", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    await t.database.db.execute(sql`delete from sessions where user_id = ${user.id}`);
    const state = await t.request({ method: "GET", url: "/api/auth/session", session });
    expect(state.json().user).toBeNull();
    const csrfCookie =
      cookieOf(state, "otagai_csrf")?.value ?? /otagai_csrf=([^;]+)/.exec(session.cookie)?.[1];
    const login = await t.request({
      method: "POST",
      url: "/api/auth/login",
      headers: {
        cookie: withCookie(session.cookie, "otagai_csrf", csrfCookie ?? ""),
        "x-csrf-token": state.json().csrfToken,
      },
      payload: { email: user.email, password: testPassword },
    });
    expect(login.statusCode, login.body).toBe(200);
  });
});
