import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
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
import { users } from "./users.tables.ts";
import { patchUserVia, unknownUserId, userActionVia } from "./users.test-support.ts";

const t = useTestApp();
let admin: Session;
beforeAll(async () => {
  admin = await t.loginAs("admin");
});

const dashboardStatus = async (session: Session) =>
  (await t.request({ method: "GET", url: "/api/dashboard", session })).statusCode;

/** Straight into the table, as a series of failed logins would leave it (no version bump). */
async function lockByHand(id: string) {
  await t.database.db
    .update(users)
    .set({ failedLoginCount: 9, lockedUntil: new Date(Date.now() + 3_600_000), lockedAttempts: 4 })
    .where(eq(users.id, id));
}

/** What every reset of login failures leaves: unlock, enable, a password reset, a login. */
const noLoginFailures = { failedLoginCount: 0, lockedUntil: null, lockedAttempts: 0 };

describe("PATCH /api/users/:id", () => {
  it("saves changes made against the current version and moves the version on", async () => {
    const user = await buildUser(t.database.db, { role: "staff" });
    const response = await patchUserVia(t, admin, user.id, {
      displayName: "藤田 真央",
      role: "coordinator",
      version: 1,
    });

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: user.id,
      displayName: "藤田 真央",
      role: "coordinator",
      version: 2,
    });
    expect(await userRow(t.database.db, user.id)).toMatchObject({
      displayName: "藤田 真央",
      role: "coordinator",
      version: 2,
    });
    const [entry] = await auditEventsWhere(t.database.db, { action: "update", recordId: user.id });
    expect(entry).toMatchObject({ actorId: admin.userId, entity: "user" });
    expect([...(entry?.changedFields ?? [])].sort()).toEqual(["displayName", "role"]);
  });

  it("refuses changes made against an old version with 409 STALE_UPDATE and changes nothing", async () => {
    const user = await buildUser(t.database.db, { displayName: "岡田 光" });
    expect(
      (await patchUserVia(t, admin, user.id, { displayNameKana: "おかだ ひかる", version: 1 })).statusCode,
    ).toBe(200);

    const stale = await patchUserVia(t, admin, user.id, {
      displayName: "岡田 光太",
      role: "manager",
      version: 1,
    });

    expectError(stale, 409, "STALE_UPDATE");
    expect(await userRow(t.database.db, user.id)).toMatchObject({
      displayName: "岡田 光",
      displayNameKana: "おかだ ひかる",
      role: "staff",
      version: 2,
    });
  });

  it("does not let an administrator change their own role", async () => {
    const own = await userRow(t.database.db, admin.userId);
    const response = await patchUserVia(t, admin, admin.userId, {
      role: "manager",
      version: own?.version ?? 1,
    });

    expectError(response, 400, "CANNOT_CHANGE_SELF", ["body.role"]);
    expect(await userRow(t.database.db, admin.userId)).toMatchObject({
      role: "admin",
      version: own?.version,
    });
  });

  it("lets an administrator change their own name with their role unchanged", async () => {
    const own = await userRow(t.database.db, admin.userId);
    const response = await patchUserVia(t, admin, admin.userId, {
      displayName: "管理 花子",
      role: "admin",
      version: own?.version ?? 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ displayName: "管理 花子", role: "admin" });
  });

  it("refuses an unknown program and changes nothing", async () => {
    const user = await buildUser(t.database.db);
    const response = await patchUserVia(t, admin, user.id, {
      programIds: [unknownUserId],
      displayName: "変更後",
      version: 1,
    });
    expectError(response, 400, "VALIDATION_FAILED", ["body.programIds"]);
    expect(await userRow(t.database.db, user.id)).toMatchObject({
      displayName: user.displayName,
      version: 1,
    });
  });

  it("answers 404 for an unknown user", async () => {
    expectError(
      await patchUserVia(t, admin, unknownUserId, { displayName: "誰か", version: 1 }),
      404,
      "NOT_FOUND",
    );
  });
});

describe("disabling and enabling a user", () => {
  it("disables a user: their session ends at once and they cannot log in", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    expect(await dashboardStatus(session)).toBe(200);

    const response = await userActionVia(t, admin, user.id, "disable");

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, status: "disabled", version: 2 });
    expectError(await t.request({ method: "GET", url: "/api/dashboard", session }), 401, "UNAUTHENTICATED");
    expect(await sessionRowsOf(t.database.db, user.id)).toEqual([]);
    expectError(await attemptLogin(t, user.email, testPassword), 401, "LOGIN_FAILED");
    const [entry] = await auditEventsWhere(t.database.db, { action: "disable", recordId: user.id });
    expect(entry).toMatchObject({ actorId: admin.userId, changedFields: ["status"] });
  });

  it("enables a disabled user again, clearing any lock", async () => {
    const user = await buildUser(t.database.db);
    await lockByHand(user.id);
    expect((await userActionVia(t, admin, user.id, "disable")).statusCode).toBe(200);

    const response = await userActionVia(t, admin, user.id, "enable");

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: "active", lockedUntil: null, version: 3 });
    expect(await userRow(t.database.db, user.id)).toMatchObject(noLoginFailures);
    await loginWith(t, user.email);
    const [entry] = await auditEventsWhere(t.database.db, { action: "enable", recordId: user.id });
    expect(entry?.changedFields).toEqual(["status"]);
  });

  it("leaves an already disabled user as it is", async () => {
    const user = await buildUser(t.database.db, { status: "disabled" });
    const response = await userActionVia(t, admin, user.id, "disable");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "disabled", version: 1 });
    expect(await auditEventsWhere(t.database.db, { action: "disable", recordId: user.id })).toEqual([]);
  });

  it("does not let an administrator disable themselves", async () => {
    expectError(await userActionVia(t, admin, admin.userId, "disable"), 400, "CANNOT_CHANGE_SELF");
    expect((await userRow(t.database.db, admin.userId))?.status).toBe("active");
    expect(await dashboardStatus(admin)).toBe(200);
  });

  it("answers 404 for an unknown user", async () => {
    expectError(await userActionVia(t, admin, unknownUserId, "disable"), 404, "NOT_FOUND");
    expectError(await userActionVia(t, admin, unknownUserId, "enable"), 404, "NOT_FOUND");
  });
});

describe("POST /api/users/:id/password", () => {
  const replacement = "copper-kettle-meadow-31";

  it("sets a new password and ends every session of that user", async () => {
    const user = await buildUser(t.database.db);
    const first = await loginWith(t, user.email);
    const second = await loginWith(t, user.email);

    const response = await userActionVia(t, admin, user.id, "password", { newPassword: replacement });

    expect(response.statusCode, response.body).toBe(204);
    expect(await dashboardStatus(first)).toBe(401);
    expect(await dashboardStatus(second)).toBe(401);
    expect(await dashboardStatus(admin)).toBe(200);
    expectError(await attemptLogin(t, user.email, testPassword), 401, "LOGIN_FAILED");
    await loginWith(t, user.email, replacement);
    const [entry] = await auditEventsWhere(t.database.db, { action: "password_change", recordId: user.id });
    expect(entry).toMatchObject({ actorId: admin.userId, changedFields: ["password"] });
    expect(JSON.stringify(entry)).not.toContain(replacement);
  });

  it("clears a lock and every count of failed logins", async () => {
    const user = await buildUser(t.database.db);
    await lockByHand(user.id);

    const response = await userActionVia(t, admin, user.id, "password", { newPassword: replacement });

    expect(response.statusCode, response.body).toBe(204);
    expect(await userRow(t.database.db, user.id)).toMatchObject(noLoginFailures);
    await loginWith(t, user.email, replacement);
  });

  it("refuses a password built from the person's name or its kana", async () => {
    const user = await buildUser(t.database.db, {
      displayName: "Adaeze Okonkwo",
      displayNameKana: "あだえぜ おこんくぉ",
    });
    const session = await loginWith(t, user.email);

    for (const newPassword of ["AdaezeOkonkwo2026", "おこんくぉあだえぜ2026"]) {
      const response = await userActionVia(t, admin, user.id, "password", { newPassword });
      expectError(response, 400, "PASSWORD_POLICY", ["body.newPassword"]);
    }
    expect(await dashboardStatus(session)).toBe(200);
    await loginWith(t, user.email, testPassword);
  });

  it("refuses a weak password and leaves the sessions alone", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);

    const response = await userActionVia(t, admin, user.id, "password", { newPassword: "abababababab" });

    expectError(response, 400, "PASSWORD_POLICY", ["body.newPassword"]);
    expect(await dashboardStatus(session)).toBe(200);
    await loginWith(t, user.email, testPassword);
  });

  it("answers 404 for an unknown user", async () => {
    const response = await userActionVia(t, admin, unknownUserId, "password", { newPassword: replacement });
    expectError(response, 404, "NOT_FOUND");
  });

  it("does not let an administrator set their own password without the current one", async () => {
    const response = await userActionVia(t, admin, admin.userId, "password", { newPassword: replacement });
    expectError(response, 400, "CANNOT_CHANGE_SELF");
  });

  it("moves the user's version on, so an edit opened before the reset is refused", async () => {
    const user = await buildUser(t.database.db);
    expect(
      (await userActionVia(t, admin, user.id, "password", { newPassword: replacement })).statusCode,
    ).toBe(204);
    expectError(
      await patchUserVia(t, admin, user.id, { displayName: "古い 画面", version: 1 }),
      409,
      "STALE_UPDATE",
    );
  });
});

describe("a PATCH that changes nothing", () => {
  it("keeps the version and writes no audit entry", async () => {
    const user = await buildUser(t.database.db, { displayName: "変更 なし" });
    const response = await patchUserVia(t, admin, user.id, { displayName: "変更 なし", version: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json().version).toBe(1);
    expect(await auditEventsWhere(t.database.db, { action: "update", recordId: user.id })).toEqual([]);
  });
});

describe("POST /api/users/:id/unlock", () => {
  it("lifts a lock left by failed logins at once, and records who did it", async () => {
    const user = await buildUser(t.database.db, { role: "staff" });
    for (let i = 0; i < t.config.loginMaxFailures; i += 1)
      await attemptLogin(t, user.email, "wrong-password-x");
    expectError(await attemptLogin(t, user.email, testPassword), 429, "ACCOUNT_LOCKED");

    const response = await userActionVia(t, admin, user.id, "unlock");

    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, lockedUntil: null });
    expect(await userRow(t.database.db, user.id)).toMatchObject(noLoginFailures);
    expect((await attemptLogin(t, user.email, testPassword)).statusCode).toBe(200);
    const [entry] = await auditEventsWhere(t.database.db, { action: "unlock", recordId: user.id });
    expect(entry).toMatchObject({ actorId: admin.userId, entity: "user", changedFields: ["lockedUntil"] });
  });

  it("answers 404 for an unknown user and 403 for a manager", async () => {
    expectError(await userActionVia(t, admin, unknownUserId, "unlock"), 404, "NOT_FOUND");
    const manager = await t.loginAs("manager");
    const user = await buildUser(t.database.db);
    expectError(await userActionVia(t, manager, user.id, "unlock"), 403, "FORBIDDEN");
  });
});
