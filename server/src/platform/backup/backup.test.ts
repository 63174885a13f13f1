import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { testConfig } from "../../test/config.ts";
import { buildUser } from "../../test/factories.ts";
import { auditEvents } from "../audit/audit.tables.ts";
import { flushAuditQueue, recordAuditNow, verifyAuditChain } from "../audit/audit.ts";
import { type DatabaseHandle, DatabaseOpenError, openPglite } from "../db/client.ts";
import { migrate } from "../db/migrate.ts";
import {
  BackupError,
  backupSocketName,
  fetchBackup,
  restoreBackup,
  serveBackups,
  takeBackup,
  writeBackupFile,
} from "./backup.ts";

// The online backup is the embedded database's; on a PostgreSQL server it points to pg_dump.
const testDatabaseUrl = process.env.TEST_DATABASE_URL;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-backup-test-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A data folder with a migrated database, opened as the server opens it. */
async function openDataDir(dataDir: string): Promise<DatabaseHandle> {
  const database = await openPglite(dataDir);
  let open = true;
  cleanups.push(() => open && database.close());
  await migrate(database);
  return {
    ...database,
    close: async () => {
      open = false;
      await database.close();
    },
  };
}

const actor = { id: null, email: "backup-test", clientAddress: null };

async function auditCount(database: DatabaseHandle): Promise<number> {
  const [row] = await database.db.select({ value: count() }).from(auditEvents);
  return row?.value ?? 0;
}

describe.skipIf(testDatabaseUrl)("an online backup of the embedded database", () => {
  it("taken while writes go on, restores into a working database whose audit trail verifies", async () => {
    const root = tempDir();
    const dataDir = path.join(root, "data");
    const database = await openDataDir(dataDir);
    const stopServing = await serveBackups(database, dataDir);
    cleanups.push(stopServing);

    // Writers as the server has them: audit appends (group commit) and new accounts, without pause.
    let writing = true;
    let written = 0;
    const writers = [0, 1, 2].map(async (writer) => {
      for (let i = 0; writing; i += 1) {
        if (writer === 0 && i % 10 === 0) await buildUser(database.db);
        await recordAuditNow(database.db, actor, {
          action: "read",
          entity: "user",
          recordId: `${writer}-${i}`,
        });
        written += 1;
      }
    });
    while (written < 60) await new Promise((resolve) => setTimeout(resolve, 10));
    const data = await fetchBackup(dataDir);
    const writtenAtBackup = written;
    while (written < writtenAtBackup + 60) await new Promise((resolve) => setTimeout(resolve, 10));
    writing = false;
    await Promise.all(writers);
    await flushAuditQueue(database.db);
    const finalCount = await auditCount(database);
    await stopServing();
    await database.close();
    if (!data) throw new Error("no server answered");

    const file = path.join(root, "otagai.tar.gz");
    writeBackupFile(file, data);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const restoredDir = path.join(root, "restored");
    await restoreBackup(file, restoredDir);

    const restored = await openDataDir(restoredDir);
    expect(await migrate(restored)).toEqual([]);
    const verification = await verifyAuditChain(restored.db);
    expect(verification.ok, JSON.stringify(verification)).toBe(true);
    // Everything up to the backup, nothing after; the backup itself is in the trail.
    expect(verification.checked).toBeGreaterThanOrEqual(60);
    expect(verification.checked).toBeLessThan(finalCount);
    const backups = await restored.db
      .select({ value: count() })
      .from(auditEvents)
      .where(eq(auditEvents.entity, "backup"));
    expect(backups[0]?.value).toBe(1);

    // And it goes on working: a new entry chains onto the restored trail.
    await buildUser(restored.db);
    await recordAuditNow(restored.db, actor, { action: "read", entity: "user", recordId: "after-restore" });
    await flushAuditQueue(restored.db);
    expect((await verifyAuditChain(restored.db)).ok).toBe(true);
  });

  it("is asked for by `npm run backup` through the server, and taken from the folder when none runs", async () => {
    const root = tempDir();
    const dataDir = path.join(root, "data");
    const config = testConfig({ dataDir, databaseUrl: undefined });
    const database = await openDataDir(dataDir);
    await recordAuditNow(database.db, actor, { action: "read", entity: "user", recordId: "1" });
    await flushAuditQueue(database.db);
    const stopServing = await serveBackups(database, dataDir);
    cleanups.push(stopServing);

    const online = await takeBackup(config);
    expect(online.throughServer).toBe(true);
    // Only the folder's owner may connect.
    expect(fs.statSync(path.join(dataDir, backupSocketName)).mode & 0o777).toBe(0o600);

    await stopServing();
    expect(fs.existsSync(path.join(dataDir, backupSocketName))).toBe(false);
    // The server holds the folder but no longer answers: the backup says so rather than waiting.
    await expect(takeBackup(config)).rejects.toThrow(DatabaseOpenError);
    await database.close();

    const offline = await takeBackup(config);
    expect(offline.throughServer).toBe(false);
    // Read-only: a backup taken with the server stopped writes nothing, not even its audit entry.
    const file = path.join(root, "offline.tar.gz");
    writeBackupFile(file, offline.data);
    await restoreBackup(file, path.join(root, "restored"));
    const restored = await openDataDir(path.join(root, "restored"));
    expect(await auditCount(restored)).toBe(2);
    expect((await verifyAuditChain(restored.db)).ok).toBe(true);
  });

  it("takes over a socket left by a server that died, and ignores other requests", async () => {
    const dataDir = path.join(tempDir(), "data");
    const database = await openDataDir(dataDir);
    const socketPath = path.join(dataDir, backupSocketName);
    // A dead server's socket file: nobody listens on it.
    const dead = net.createServer();
    await new Promise<void>((resolve) => dead.listen(socketPath, resolve));
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    fs.writeFileSync(socketPath, "");
    expect(await fetchBackup(dataDir)).toBeUndefined();

    const stopServing = await serveBackups(database, dataDir);
    cleanups.push(stopServing);
    const reply = await new Promise<string>((resolve) => {
      let text = "";
      const socket = net.createConnection(socketPath, () => socket.write("drop everything\n"));
      socket.on("data", (chunk) => {
        text += chunk;
      });
      socket.on("end", () => resolve(text));
    });
    expect(reply).toBe("error unknown request\n");
    expect(await fetchBackup(dataDir)).toBeInstanceOf(Buffer);

    // A client that connects and says nothing does not hold up the server's shutdown.
    const silent = net.createConnection(socketPath);
    const silentClosed = new Promise((resolve) => silent.once("close", resolve));
    await new Promise((resolve) => silent.once("connect", resolve));
    const started = Date.now();
    await stopServing();
    await silentClosed;
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(fs.existsSync(socketPath)).toBe(false);
  });

  it("refuses to restore over a database, or from a damaged file, and leaves nothing behind", async () => {
    const root = tempDir();
    const dataDir = path.join(root, "data");
    const database = await openDataDir(dataDir);
    const file = path.join(root, "good.tar.gz");
    writeBackupFile(
      file,
      await (async () => {
        const stop = await serveBackups(database, dataDir);
        try {
          return (await fetchBackup(dataDir)) as Buffer;
        } finally {
          await stop();
        }
      })(),
    );
    await database.close();

    // Over the database it came from: refused, the database untouched.
    const before = fs.readdirSync(path.join(dataDir, "pglite")).sort();
    await expect(restoreBackup(file, dataDir)).rejects.toThrow(/already holds a database/);
    expect(fs.readdirSync(path.join(dataDir, "pglite")).sort()).toEqual(before);

    // Cut short (a copy interrupted): refused before touching the folder.
    const cut = path.join(root, "cut.tar.gz");
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 10_000));
    const target = path.join(root, "target");
    await expect(restoreBackup(cut, target)).rejects.toThrow(BackupError);
    expect(fs.existsSync(path.join(target, "pglite"))).toBe(false);

    // A valid gzip that is not an Otagai database: refused, and the half-written folder removed.
    const other = path.join(root, "other.tar.gz");
    fs.writeFileSync(other, (await import("node:zlib")).gzipSync(Buffer.from("not a tar file")));
    await expect(restoreBackup(other, target)).rejects.toThrow(BackupError);
    expect(fs.existsSync(path.join(target, "pglite"))).toBe(false);

    // An existing backup file is never overwritten.
    expect(() => writeBackupFile(file, Buffer.from("x"))).toThrow(/already exists/);
  });
});

describe("a backup on a PostgreSQL server", () => {
  it("is refused with the way to do it (pg_dump)", async () => {
    const config = testConfig({ databaseUrl: "postgres://otagai@127.0.0.1:5432/otagai" });
    await expect(takeBackup(config)).rejects.toThrow(/pg_dump/);
  });
});
