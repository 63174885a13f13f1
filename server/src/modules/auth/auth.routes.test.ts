import { describe, expect, it } from "vitest";
import { buildUser, testPassword } from "../../test/factories.ts";
import {
  attemptLogin,
  auditEventsWhere,
  cookieOf,
  expectError,
  loginWith,
  sessionOf,
  userRow,
} from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp({ loginMaxFailures: 3 });

const loginFailedJa = "メールアドレスまたはパスワードが正しくありません。";
const loginFailedEn = "The email address or password is incorrect.";

describe("POST /api/auth/login", () => {
  it("starts a session with an HttpOnly, SameSite=Lax cookie on path / that is not Secure over http", async () => {
    const user = await buildUser(t.database.db, { role: "coordinator", displayName: "森田 陽菜" });
    const anonymous = await t.anonymous();
    const response = await t.request({
      method: "POST",
      url: "/api/auth/login",
      session: anonymous,
      payload: { email: user.email, password: testPassword },
    });

    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.user).toEqual({
      id: user.id,
      email: user.email,
      displayName: "森田 陽菜",
      role: "coordinator",
      locale: "ja",
      programIds: [],
    });
    expect(body.idleTimeoutSeconds).toBe(t.config.sessionIdleMinutes * 60);

    const cookie = cookieOf(response, "otagai_session");
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.path).toBe("/");
    expect(cookie?.secure).toBeFalsy();
    // A browser-session cookie (no Max-Age/Expires): closing the browser on a shared PC ends it.
    expect(cookie?.maxAge).toBeUndefined();
    expect(cookie?.expires).toBeUndefined();

    // The CSRF token is rotated at login: the one seen before is useless afterwards.
    expect(cookieOf(response, "otagai_csrf")?.value).toBeTruthy();
    expect(body.csrfToken).not.toBe(anonymous.csrfToken);
  });

  it("records the login: last login time, cleared failures and an audit entry", async () => {
    const user = await buildUser(t.database.db);
    const before = Date.now();
    await loginWith(t, user.email);

    const row = await userRow(t.database.db, user.id);
    expect(row?.lastLoginAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row?.failedLoginCount).toBe(0);
    const [entry] = await auditEventsWhere(t.database.db, { action: "login", recordId: user.id });
    expect(entry).toMatchObject({ entity: "session", actorId: user.id, actorEmail: user.email });
  });

  it("accepts the e-mail address in any letter case", async () => {
    const user = await buildUser(t.database.db);
    const response = await attemptLogin(t, user.email.toUpperCase(), testPassword);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().user.id).toBe(user.id);
  });

  it("answers a wrong password and an unknown e-mail alike: 401 LOGIN_FAILED, in Japanese by default", async () => {
    const user = await buildUser(t.database.db);
    const wrongPassword = await attemptLogin(t, user.email, "not-the-password-1");
    const unknownEmail = await attemptLogin(t, "nobody-here@test.otagai.example", testPassword);

    const first = expectError(wrongPassword, 401, "LOGIN_FAILED");
    const second = expectError(unknownEmail, 401, "LOGIN_FAILED");
    expect(first).toEqual(second);
    expect(first.message).toBe(loginFailedJa);
    expect(cookieOf(wrongPassword, "otagai_session")).toBeUndefined();
    expect(cookieOf(unknownEmail, "otagai_session")).toBeUndefined();

    // A failure on a real account is counted on it (the trail records the one that locks it, see
    // auth.login-protection.test.ts); one on an address that is no account is only logged.
    expect((await userRow(t.database.db, user.id))?.failedLoginCount).toBe(1);
    const failures = (await auditEventsWhere(t.database.db, { action: "login_failed" })).map(
      (entry) => entry.actorEmail,
    );
    expect(failures).not.toContain("nobody-here@test.otagai.example");
  });

  it("counts parallel guesses before checking them, so they cannot slip past the lock", async () => {
    const user = await buildUser(t.database.db);
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) => attemptLogin(t, user.email, `wrong-guess-${index}-x`)),
    );
    const codes = responses.map((response) => response.json().code);
    expect(codes.filter((code) => code === "LOGIN_FAILED")).toHaveLength(t.config.loginMaxFailures);
    expect(codes.filter((code) => code === "ACCOUNT_LOCKED")).toHaveLength(8 - t.config.loginMaxFailures);
    expectError(await attemptLogin(t, user.email, testPassword), 429, "ACCOUNT_LOCKED");
  });

  it("answers in English when the browser prefers English", async () => {
    const response = await attemptLogin(t, "nobody-here@test.otagai.example", testPassword, {
      "accept-language": "en-US,en;q=0.9,ja;q=0.8",
    });
    expect(expectError(response, 401, "LOGIN_FAILED").message).toBe(loginFailedEn);
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await buildUser(t.database.db, { status: "disabled" });
    const response = await attemptLogin(t, user.email, testPassword);
    expect(expectError(response, 401, "LOGIN_FAILED").message).toBe(loginFailedJa);
    expect(cookieOf(response, "otagai_session")).toBeUndefined();
  });

  it("locks the account after loginMaxFailures failures, even against the right password", async () => {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt <= t.config.loginMaxFailures; attempt += 1) {
      expectError(await attemptLogin(t, user.email, `wrong-password-${attempt}x`), 401, "LOGIN_FAILED");
    }
    const locked = await attemptLogin(t, user.email, testPassword);
    expectError(locked, 429, "ACCOUNT_LOCKED");
    expect(cookieOf(locked, "otagai_session")).toBeUndefined();

    const row = await userRow(t.database.db, user.id);
    expect(row?.failedLoginCount).toBe(t.config.loginMaxFailures);
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(
      Date.now() + (t.config.loginLockMinutes - 1) * 60_000,
    );
  });

  it("clears earlier failures on a successful login before the limit", async () => {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt < t.config.loginMaxFailures; attempt += 1) {
      expectError(await attemptLogin(t, user.email, `wrong-password-${attempt}x`), 401, "LOGIN_FAILED");
    }
    await loginWith(t, user.email);
    expect((await userRow(t.database.db, user.id))?.failedLoginCount).toBe(0);
    // The counter starts again: one more failure does not lock the account.
    expectError(await attemptLogin(t, user.email, "wrong-password-again"), 401, "LOGIN_FAILED");
    await loginWith(t, user.email);
  });

  it("replaces the session it is called from, so the old cookie stops working", async () => {
    const first = await t.loginAs("staff");
    const second = await t.request({
      method: "POST",
      url: "/api/auth/login",
      session: first,
      payload: { email: first.email, password: testPassword },
    });
    expect(second.statusCode).toBe(200);
    expectError(
      await t.request({ method: "GET", url: "/api/dashboard", session: first }),
      401,
      "UNAUTHENTICATED",
    );
  });

  it("refuses malformed input with 400 and the field at fault", async () => {
    const response = await attemptLogin(t, "not-an-address", testPassword);
    expectError(response, 400, "VALIDATION_FAILED", ["body.email"]);
  });
});

describe("GET /api/auth/session", () => {
  it("answers an anonymous client with no user and a CSRF token in an HttpOnly cookie", async () => {
    const response = await t.request({ method: "GET", url: "/api/auth/session" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toBeNull();
    expect(body.idleTimeoutSeconds).toBe(t.config.sessionIdleMinutes * 60);
    // The cookie holds the pre-session value the token is derived from, not the token itself.
    const csrf = cookieOf(response, "otagai_csrf");
    expect(csrf?.value).toMatch(/^[\w-]{43}$/);
    expect(csrf?.value).not.toBe(body.csrfToken);
    expect(csrf?.httpOnly).toBe(true);
    expect(csrf?.sameSite).toBe("Lax");
  });

  it("keeps the CSRF token a client already has", async () => {
    const anonymous = await t.anonymous();
    const response = await t.request({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: anonymous.cookie },
    });
    expect(response.json().csrfToken).toBe(anonymous.csrfToken);
    expect(cookieOf(response, "otagai_csrf")).toBeUndefined();
  });

  it("answers a logged-in client with its user", async () => {
    const user = await buildUser(t.database.db, { role: "viewer" });
    const session = await loginWith(t, user.email);
    const response = await t.request({ method: "GET", url: "/api/auth/session", session });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      id: user.id,
      email: user.email,
      role: "viewer",
      locale: "ja",
    });
    expect(response.json().csrfToken).toBe(session.csrfToken);
  });

  it("treats an unknown session cookie as anonymous", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: "otagai_session=made-up-token-that-was-never-issued" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toBeNull();
  });
});

describe("POST /api/auth/logout", () => {
  it("ends the session, clears the cookie and records a logout", async () => {
    const user = await buildUser(t.database.db);
    const loginResponse = await attemptLogin(t, user.email, testPassword);
    const session = sessionOf(loginResponse);

    const response = await t.request({ method: "POST", url: "/api/auth/logout", session });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().user).toBeNull();
    const cleared = cookieOf(response, "otagai_session");
    expect(cleared?.value).toBe("");
    expect(cleared?.expires?.getTime()).toBeLessThan(Date.now());

    const afterwards = await t.request({ method: "GET", url: "/api/dashboard", session });
    expectError(afterwards, 401, "UNAUTHENTICATED");
    const [entry] = await auditEventsWhere(t.database.db, { action: "logout", actorId: user.id });
    expect(entry).toMatchObject({ entity: "session", recordId: user.id, actorEmail: user.email });
  });

  it("needs a session", async () => {
    const anonymous = await t.anonymous();
    expectError(
      await t.request({ method: "POST", url: "/api/auth/logout", session: anonymous }),
      401,
      "UNAUTHENTICATED",
    );
  });
});
