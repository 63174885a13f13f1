import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { recordAuditNow, verifyAuditChain } from "../platform/audit/audit.ts";
import { type DatabaseHandle, DatabaseOpenError, openPglite, openPostgres } from "../platform/db/client.ts";
import { migrate } from "../platform/db/migrate.ts";
import { runCommand } from "../test/run-command.ts";
import { openCliDatabase } from "./cli-database.ts";

// The command-line tools' database: `npm run audit:verify` opens it without changing anything.

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const actor = { id: null, email: "cli-test", clientAddress: null };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-cli-test-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function writeAttempt(database: DatabaseHandle): Promise<string> {
  try {
    await database.withRawSession((session) =>
      session.exec("insert into programs (code, name) values ('cli-test', 'CLI')"),
    );
    return "ok";
  } catch (error) {
    return (error as Error).message;
  }
}

/** `npm run audit:verify` as a separate process. */
const auditVerify = (env: Record<string, string>) => runCommand("audit-verify", [], env);

describe.skipIf(testDatabaseUrl)("openCliDatabase({ migrate: false }) on the embedded database", () => {
  it("creates nothing where there is no database yet, and says so", async () => {
    const dir = tempDir();
    const opening = openCliDatabase({ migrate: false, env: { DATA_DIR: dir } });
    await expect(opening).rejects.toThrow(DatabaseOpenError);
    await expect(opening).rejects.toThrow(`There is no Otagai database in ${dir} yet`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("applies no migrations to a database without Otagai's tables, and says so", async () => {
    const dir = tempDir();
    await (await openPglite(dir)).close();
    const opening = openCliDatabase({ migrate: false, env: { DATA_DIR: dir } });
    await expect(opening).rejects.toThrow(
      /Otagai's tables are not in the database at .*no migrations applied/,
    );
    const database = await openPglite(dir); // the failed open released its lock
    try {
      const [row] = await database.withRawSession((session) =>
        session.query<{ present: boolean }>("select to_regclass('schema_migrations') is not null as present"),
      );
      expect(row?.present).toBe(false);
    } finally {
      await database.close();
    }
  });

  it("reads a migrated database and cannot write to it", async () => {
    const dir = tempDir();
    const setup = await openPglite(dir);
    await migrate(setup);
    await recordAuditNow(setup.db, actor, { action: "create", entity: "cli_test" });
    await setup.close();

    const database = await openCliDatabase({ migrate: false, env: { DATA_DIR: dir } });
    try {
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 1 });
      expect(await writeAttempt(database)).toMatch(/read-only transaction/);
    } finally {
      await database.close();
    }
  });

  it("npm run audit:verify: exit 2 with a clear message when there is no database, or it is in use", {
    timeout: 60_000,
  }, async () => {
    const empty = tempDir();
    const missing = await auditVerify({ DATA_DIR: empty });
    expect(missing.output).toContain(`There is no Otagai database in ${empty} yet`);
    expect(missing.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(missing.code).toBe(2);
    expect(fs.readdirSync(empty)).toEqual([]);

    const busy = tempDir();
    const server = await openPglite(busy);
    cleanups.push(() => server.close());
    await migrate(server);
    const inUse = await auditVerify({ DATA_DIR: busy });
    expect(inUse.output).toContain(`Otagai is already using ${busy} (process ${process.pid})`);
    expect(inUse.code).toBe(2);
  });
});

describe.runIf(testDatabaseUrl)("openCliDatabase({ migrate: false }) on a PostgreSQL server", () => {
  it("applies no migrations to an empty database, says so, then reads a migrated one read-only", async () => {
    const name = `otagai_cli_${randomBytes(5).toString("hex")}`;
    const admin = await openPostgres(testDatabaseUrl as string, 1);
    cleanups.push(() => admin.close());
    await admin.withRawSession((session) => session.exec(`create database ${name}`));
    cleanups.push(() =>
      admin.withRawSession((session) => session.exec(`drop database ${name} with (force)`)),
    );
    const url = new URL(testDatabaseUrl as string);
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString() };

    await expect(openCliDatabase({ migrate: false, env })).rejects.toThrow(
      /Otagai's tables are not in the database at DATABASE_URL/,
    );
    const probe = await openPostgres(env.DATABASE_URL, 1);
    try {
      const [tables] = await probe.withRawSession((session) =>
        session.query<{ n: number }>("select count(*)::int as n from pg_tables where schemaname = 'public'"),
      );
      expect(tables?.n).toBe(0);
    } finally {
      await probe.close();
    }
    const setup = await openCliDatabase({ env }); // what user:create does: migrates
    try {
      const [row] = await setup.withRawSession((session) =>
        session.query<{ n: number }>("select count(*)::int as n from schema_migrations"),
      );
      expect(row?.n).toBeGreaterThan(0);
      await recordAuditNow(setup.db, actor, { action: "create", entity: "cli_test" });
    } finally {
      await setup.close();
    }

    const database = await openCliDatabase({ migrate: false, env });
    try {
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 1 });
      expect(await writeAttempt(database)).toMatch(/read-only transaction/);
    } finally {
      await database.close();
    }
  });
});
