import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { describe, expect, it, vi } from "vitest";
import type { Database } from "../../platform/db/client.ts";
import { AppError } from "../../platform/http/app-error.ts";
import { buildUser, testPassword } from "../../test/factories.ts";
import { attemptLogin, auditEventsWhere, expectError, userRow } from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";
import { login } from "./auth.service.ts";
import { argon2 } from "./passwords.ts";

const t = useTestApp({ loginMaxFailures: 3, loginLockMinutes: 15 });

/** The app's database with every statement it runs written down (same connection, same schema). */
function recordingDatabase(): { db: Database; statements: string[] } {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => statements.push(query) };
  const client = (t.database.db as unknown as { $client: never }).$client;
  const db = t.database.kind === "pglite" ? drizzlePglite(client, { logger }) : drizzlePg(client, { logger });
  return { db: db as unknown as Database, statements };
}

const meta = { clientAddress: "192.0.2.10", userAgent: "test", log: { warn: () => {} } };

async function loginFailure(db: Database, email: string): Promise<AppError> {
  const error = await login(db, t.config, { email, password: "not-the-password-1" }, meta).catch(
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function lockedOut(userId: string) {
  return (await auditEventsWhere(t.database.db, { action: "login_failed", recordId: userId })).reverse();
}

describe("login: a known e-mail and an unknown one cost the same", () => {
  it("runs the same database statements for a wrong password as for an address that is no account", async () => {
    const user = await buildUser(t.database.db);
    const known = recordingDatabase();
    const unknown = recordingDatabase();

    expect((await loginFailure(known.db, user.email)).code).toBe("LOGIN_FAILED");
    expect((await loginFailure(unknown.db, "nobody-at-all@test.otagai.example")).code).toBe("LOGIN_FAILED");

    expect(known.statements.length).toBeGreaterThan(0);
    expect(unknown.statements).toEqual(known.statements);
  });

  it("verifies one argon2 hash of the same cost either way", async () => {
    const user = await buildUser(t.database.db);
    const verify = vi.spyOn(argon2, "verify");
    const costOf = (hash: string) => hash.split("$").slice(0, 4).join("$");
    try {
      await loginFailure(t.database.db, user.email);
      const knownCalls = verify.mock.calls.map(([hash]) => String(hash));
      verify.mockClear();
      await loginFailure(t.database.db, "nobody-at-all@test.otagai.example");
      const unknownCalls = verify.mock.calls.map(([hash]) => String(hash));

      expect(knownCalls).toEqual([user.passwordHash]);
      expect(unknownCalls).toHaveLength(1);
      expect(unknownCalls.map(costOf)).toEqual(knownCalls.map(costOf));
    } finally {
      verify.mockRestore();
    }
  });
});

describe("login failures in the audit trail", () => {
  it("records the failure that locks the account, not each failure before it", async () => {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt < t.config.loginMaxFailures; attempt += 1) {
      expectError(await attemptLogin(t, user.email, `wrong-password-${attempt}x`), 401, "LOGIN_FAILED");
    }
    // Counted on the account, not written to the append-only trail.
    expect((await userRow(t.database.db, user.id))?.failedLoginCount).toBe(t.config.loginMaxFailures - 1);
    expect(await lockedOut(user.id)).toEqual([]);

    expectError(await attemptLogin(t, user.email, "wrong-password-last"), 401, "LOGIN_FAILED");
    const entries = await lockedOut(user.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entity: "session",
      actorEmail: user.email,
      changedFields: ["failed_login_count", "locked_until"],
    });
  });

  it("records attempts on a locked account once per lock, and counts them on the account", async () => {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt <= t.config.loginMaxFailures; attempt += 1) {
      await attemptLogin(t, user.email, `wrong-password-${attempt}x`);
    }
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      expectError(await attemptLogin(t, user.email, testPassword), 429, "ACCOUNT_LOCKED");
    }
    let entries = await lockedOut(user.id);
    expect(entries.map((entry) => entry.changedFields)).toEqual([
      ["failed_login_count", "locked_until"],
      ["locked_attempts"],
    ]);
    expect((await userRow(t.database.db, user.id))?.lockedAttempts).toBe(12);

    // The lock runs out; the next lock is recorded again, and so is the first attempt during it.
    await t.database.db.execute(
      sql`update users set locked_until = now() - interval '1 second' where id = ${user.id}`,
    );
    for (let attempt = 1; attempt <= t.config.loginMaxFailures + 3; attempt += 1) {
      await attemptLogin(t, user.email, `wrong-password-${attempt}y`);
    }
    entries = await lockedOut(user.id);
    expect(entries).toHaveLength(4);
    expect((await userRow(t.database.db, user.id))?.lockedAttempts).toBe(3);
  });

  it("records nothing for an address that is no account", async () => {
    const email = "never-an-account@test.otagai.example";
    for (let attempt = 1; attempt <= t.config.loginMaxFailures + 2; attempt += 1) {
      expectError(await attemptLogin(t, email, `wrong-password-${attempt}x`), 401, "LOGIN_FAILED");
    }
    const entries = await auditEventsWhere(t.database.db, { action: "login_failed" });
    expect(entries.map((entry) => entry.actorEmail)).not.toContain(email);
  });
});

describe("ACCOUNT_LOCKED says until when", () => {
  async function lockedAccount() {
    const user = await buildUser(t.database.db);
    for (let attempt = 1; attempt <= t.config.loginMaxFailures; attempt += 1) {
      await attemptLogin(t, user.email, `wrong-password-${attempt}x`);
    }
    await t.database.db.execute(
      sql`update users set locked_until = now() + interval '9 minutes 30 seconds' where id = ${user.id}`,
    );
    const row = await userRow(t.database.db, user.id);
    // The minute the lock has ended by (rounded up), as the office reads its clocks.
    const lockedUntil = Math.ceil((row?.lockedUntil?.getTime() ?? 0) / 60_000) * 60_000;
    const until = new Intl.DateTimeFormat("ja-JP", {
      timeZone: "Asia/Tokyo",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(new Date(lockedUntil));
    return { user, until };
  }

  it("tells the time (Japan) and the minutes left, in Japanese by default", async () => {
    const { user, until } = await lockedAccount();
    const response = await attemptLogin(t, user.email, testPassword);
    const body = expectError(response, 429, "ACCOUNT_LOCKED");
    expect(body.message).toContain(until);
    expect(body.message).toContain("10分");
    // Seconds left on the database's clock, for clients and proxies that read Retry-After.
    expect(Number(response.headers["retry-after"])).toBeGreaterThan(540);
    expect(Number(response.headers["retry-after"])).toBeLessThanOrEqual(570);
  });

  it("tells it in English when the browser prefers English", async () => {
    const { user, until } = await lockedAccount();
    const response = await attemptLogin(t, user.email, testPassword, { "accept-language": "en" });
    const body = expectError(response, 429, "ACCOUNT_LOCKED");
    expect(body.message).toContain(until);
    expect(body.message).toContain("10 min");
  });
});
