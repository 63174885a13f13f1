import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { users } from "../modules/users/users.tables.ts";
import { verifyAuditChain } from "../platform/audit/audit.ts";
import { readAuditKeyring } from "../platform/audit/audit-keys.ts";
import { openPostgres } from "../platform/db/client.ts";
import { buildUser } from "../test/factories.ts";
import { auditEventsWhere, userRow } from "../test/http-helpers.ts";
import { runCommand } from "../test/run-command.ts";
import { openCliDatabase } from "./cli-database.ts";

// `npm run user:unlock`: when guesses keep every administrator locked out, the server's operator
// lifts the lock from the command line, and the audit trail says so.

const testDatabaseUrl = process.env.TEST_DATABASE_URL;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * Where the command finds the database: a new embedded one, or a new database on the test server.
 * DATA_DIR is a folder inside a temporary one, since the audit key file is made beside it.
 */
async function databaseEnv(): Promise<Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-unlock-test-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const env = { DATA_DIR: path.join(dir, "data") };
  if (!testDatabaseUrl) return env;
  const name = `otagai_unlock_${randomBytes(5).toString("hex")}`;
  const admin = await openPostgres(testDatabaseUrl, 1);
  cleanups.push(() => admin.close());
  await admin.withRawSession((session) => session.exec(`create database ${name}`));
  cleanups.push(() => admin.withRawSession((session) => session.exec(`drop database ${name} with (force)`)));
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return { ...env, DATABASE_URL: url.toString() };
}

const userUnlock = (args: string[], env: Record<string, string>) => runCommand("user-unlock", args, env);

describe("npm run user:unlock", () => {
  it("lifts an account's lock and records it in the audit trail, with the command as the actor", {
    timeout: 60_000,
  }, async () => {
    const env = await databaseEnv();
    const setup = await openCliDatabase({ env }); // migrates, and writes the audit key file
    const locked = await buildUser(setup.db, { role: "admin" });
    // As guesses leave it: locked for a while, with attempts refused during the lock.
    await setup.db
      .update(users)
      .set({ failedLoginCount: 5, lockedUntil: new Date(Date.now() + 3_600_000), lockedAttempts: 7 })
      .where(eq(users.id, locked.id));
    await setup.close();

    const result = await userUnlock(["--email", locked.email.toUpperCase()], env);

    expect(result.output).toContain(`Unlocked ${locked.email}`);
    expect(result.code).toBe(0);
    const database = await openCliDatabase({ env, migrate: false });
    try {
      expect(await userRow(database.db, locked.id)).toMatchObject({
        failedLoginCount: 0,
        lockedUntil: null,
        lockedAttempts: 0,
      });
      const entries = await auditEventsWhere(database.db, { action: "unlock", recordId: locked.id });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        entity: "user",
        actorId: null,
        actorEmail: "user:unlock (command line)",
        clientAddress: null,
        changedFields: ["lockedUntil"],
      });
      const keyring = readAuditKeyring(`${env.DATA_DIR}-audit.key`);
      expect(await verifyAuditChain(database.db, 5000, keyring)).toMatchObject({ ok: true });
    } finally {
      await database.close();
    }
  });

  it("exits 1 for an unknown address and 2 without one, changing nothing", { timeout: 60_000 }, async () => {
    const env = await databaseEnv();
    await (await openCliDatabase({ env })).close();

    const unknown = await userUnlock(["--email", "nobody@test.otagai.example"], env);
    expect(unknown.output).toContain("No account with the e-mail address nobody@test.otagai.example");
    expect(unknown.code).toBe(1);

    const missing = await userUnlock([], env);
    expect(missing.output).toContain("Usage: npm run user:unlock -- --email");
    expect(missing.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(missing.code).toBe(2);

    const database = await openCliDatabase({ env, migrate: false });
    try {
      expect(await auditEventsWhere(database.db, { action: "unlock" })).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
