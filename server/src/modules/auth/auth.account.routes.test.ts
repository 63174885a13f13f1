import { describe, expect, it } from "vitest";
import { buildUser, testPassword } from "../../test/factories.ts";
import {
  attemptLogin,
  auditEventsWhere,
  expectError,
  loginWith,
  sessionRowsOf,
  userRow,
} from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();
const newPassword = "lantern-maple-river-42";

function changePassword(session: Session, payload: { currentPassword: string; newPassword: string }) {
  return t.request({ method: "POST", url: "/api/auth/password", session, payload });
}

function savePreferences(session: Session, payload: Record<string, unknown>) {
  return t.request({ method: "PATCH", url: "/api/auth/preferences", session, payload });
}

describe("POST /api/auth/password", () => {
  it("refuses a wrong current password with 400 PASSWORD_WRONG on body.currentPassword", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    const response = await changePassword(session, { currentPassword: "not-my-password-1", newPassword });

    expectError(response, 400, "PASSWORD_WRONG", ["body.currentPassword"]);
    expectError(await attemptLogin(t, user.email, newPassword), 401, "LOGIN_FAILED");
    await loginWith(t, user.email, testPassword);
  });

  it("counts wrong current passwords like failed logins and locks the account at the limit", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    for (let attempt = 0; attempt < t.config.loginMaxFailures; attempt += 1) {
      expectError(
        await changePassword(session, { currentPassword: `wrong-${attempt}-guess`, newPassword }),
        400,
        "PASSWORD_WRONG",
      );
    }
    expectError(
      await changePassword(session, { currentPassword: testPassword, newPassword }),
      429,
      "ACCOUNT_LOCKED",
    );
    expectError(await attemptLogin(t, user.email, testPassword), 429, "ACCOUNT_LOCKED");
  });

  it("refuses a common password with 400 PASSWORD_POLICY on body.newPassword", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    const response = await changePassword(session, {
      currentPassword: testPassword,
      newPassword: "Password1234",
    });

    const body = expectError(response, 400, "PASSWORD_POLICY", ["body.newPassword"]);
    expect(body.fields?.[0]?.code).toBe("password_common");
    await loginWith(t, user.email, testPassword);
  });

  it("refuses a new password built from one's own name or its kana", async () => {
    const user = await buildUser(t.database.db, {
      displayName: "Adaeze Okonkwo",
      displayNameKana: "あだえぜ おこんくぉ",
    });
    const session = await loginWith(t, user.email);
    for (const password of ["AdaezeOkonkwo2026", "おこんくぉあだえぜ2026"]) {
      const response = await changePassword(session, {
        currentPassword: testPassword,
        newPassword: password,
      });
      expectError(response, 400, "PASSWORD_POLICY", ["body.newPassword"]);
    }
    await loginWith(t, user.email, testPassword);
  });

  it("refuses the e-mail address as the new password", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    const response = await changePassword(session, {
      currentPassword: testPassword,
      newPassword: user.email,
    });
    const body = expectError(response, 400, "PASSWORD_POLICY", ["body.newPassword"]);
    expect(body.fields?.[0]?.code).toBe("password_same_as_email");
  });

  it("refuses a new password shorter than 12 characters before checking anything else", async () => {
    const session = await t.loginAs("staff");
    const response = await changePassword(session, {
      currentPassword: "wrong-anyway",
      newPassword: "short-pw-1",
    });
    expectError(response, 400, "VALIDATION_FAILED", ["body.newPassword"]);
  });

  it("changes the password, ends the user's other sessions and keeps this one", async () => {
    const user = await buildUser(t.database.db);
    const current = await loginWith(t, user.email);
    const other = await loginWith(t, user.email);
    const bystander = await t.loginAs("staff");

    const response = await changePassword(current, { currentPassword: testPassword, newPassword });
    expect(response.statusCode, response.body).toBe(204);
    expect(response.body).toBe("");

    expect((await t.request({ method: "GET", url: "/api/dashboard", session: current })).statusCode).toBe(
      200,
    );
    expectError(
      await t.request({ method: "GET", url: "/api/dashboard", session: other }),
      401,
      "UNAUTHENTICATED",
    );
    expect((await t.request({ method: "GET", url: "/api/dashboard", session: bystander })).statusCode).toBe(
      200,
    );
    expect(await sessionRowsOf(t.database.db, user.id)).toHaveLength(1);

    expectError(await attemptLogin(t, user.email, testPassword), 401, "LOGIN_FAILED");
    await loginWith(t, user.email, newPassword);
  });

  it("records the change without the password in the audit trail", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    const changedAtBefore = (await userRow(t.database.db, user.id))?.passwordChangedAt.getTime() ?? 0;
    expect((await changePassword(session, { currentPassword: testPassword, newPassword })).statusCode).toBe(
      204,
    );

    const [entry] = await auditEventsWhere(t.database.db, { action: "password_change", recordId: user.id });
    expect(entry).toMatchObject({ entity: "user", actorId: user.id, changedFields: ["password"] });
    expect(JSON.stringify(entry)).not.toContain(newPassword);
    const row = await userRow(t.database.db, user.id);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordChangedAt.getTime()).toBeGreaterThanOrEqual(changedAtBefore);
  });

  it("needs a session", async () => {
    const anonymous = await t.anonymous();
    const response = await changePassword(anonymous, { currentPassword: testPassword, newPassword });
    expectError(response, 401, "UNAUTHENTICATED");
  });
});

describe("PATCH /api/auth/preferences", () => {
  it("saves the language to the user's account", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);

    const response = await savePreferences(session, { locale: "en" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, email: user.email, locale: "en" });

    expect((await userRow(t.database.db, user.id))?.locale).toBe("en");
    const state = await t.request({ method: "GET", url: "/api/auth/session", session });
    expect(state.json().user.locale).toBe("en");
    const [entry] = await auditEventsWhere(t.database.db, { action: "update", recordId: user.id });
    expect(entry?.changedFields).toEqual(["locale"]);
  });

  it("answers errors in the saved language when the browser states none", async () => {
    const session = await t.loginAs("staff");
    expect((await savePreferences(session, { locale: "en" })).statusCode).toBe(200);
    const response = await t.request({ method: "GET", url: "/api/users", session });
    expect(expectError(response, 403, "FORBIDDEN").message).toBe("You do not have permission to do this.");
  });

  it("writes nothing when the language does not change", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    const response = await savePreferences(session, { locale: "ja" });
    expect(response.statusCode).toBe(200);
    expect(response.json().locale).toBe("ja");
    expect(await auditEventsWhere(t.database.db, { action: "update", recordId: user.id })).toEqual([]);
    expect((await userRow(t.database.db, user.id))?.version).toBe(1);
  });

  it("refuses an unknown language or extra fields", async () => {
    const session = await t.loginAs("staff");
    expectError(await savePreferences(session, { locale: "fr" }), 400, "VALIDATION_FAILED", ["body.locale"]);
    expectError(await savePreferences(session, { locale: "en", role: "admin" }), 400, "VALIDATION_FAILED");
    expect((await userRow(t.database.db, session.userId))?.locale).toBe("ja");
  });

  it("needs a session", async () => {
    const anonymous = await t.anonymous();
    expectError(await savePreferences(anonymous, { locale: "en" }), 401, "UNAUTHENTICATED");
  });
});
