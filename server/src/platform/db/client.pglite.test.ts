import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type DatabaseHandle, openPglite } from "./client.ts";

// The embedded database's own settings (ADR 010); a PostgreSQL server keeps its administrator's.
const testDatabaseUrl = process.env.TEST_DATABASE_URL;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openTemp(): Promise<{ database: DatabaseHandle; dir: string }> {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-pglite-test-"));
  cleanups.push(() => fs.rmSync(parent, { recursive: true, force: true }));
  // A folder the open creates, as ./data on a first start.
  const dir = path.join(parent, "data");
  const database = await openPglite(dir);
  // A test may close it itself first.
  cleanups.push(() => database.close().catch(() => {}));
  return { database, dir };
}

function settings(database: DatabaseHandle, names: string[]) {
  return database.withRawSession(async (session) => {
    const rows = await session.query<{ name: string; setting: string }>(
      "select name, current_setting(name) as setting from unnest($1::text[]) as name",
      [names],
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  });
}

describe.skipIf(testDatabaseUrl)("the embedded database (PGlite) on disk", () => {
  it("runs durable: fsync on, the WAL flushed with fsync() at each commit", async () => {
    const { database } = await openTemp();
    expect(
      await settings(database, ["fsync", "synchronous_commit", "wal_sync_method", "full_page_writes"]),
    ).toEqual({ fsync: "on", synchronous_commit: "on", wal_sync_method: "fsync", full_page_writes: "on" });
  });

  it("reaches the disk: a commit calls fsync on the host file system", async () => {
    const { database } = await openTemp();
    await database.withRawSession((session) => session.exec("create table durability_probe (id int)"));
    const fsync = vi.spyOn(fs, "fsyncSync");
    await database.withRawSession((session) => session.exec("insert into durability_probe values (1)"));
    expect(fsync).toHaveBeenCalled();

    // A checkpoint (which lets PostgreSQL drop the WAL before it) syncs the data files too.
    fsync.mockClear();
    await database.withRawSession((session) =>
      session.exec("insert into durability_probe values (2); checkpoint"),
    );
    expect(fsync.mock.calls.length).toBeGreaterThan(1);
  });

  it("keeps its folder to its owner, as PostgreSQL requires of its data directory", async () => {
    // PGlite writes its files world-readable and writable (0666): the folder around them is closed.
    const { dir } = await openTemp();
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  });

  it("keeps its memory small: 16 MB of shared buffers, bounded WAL", async () => {
    const { database, dir } = await openTemp();
    expect(await settings(database, ["shared_buffers", "max_wal_size", "min_wal_size"])).toEqual({
      shared_buffers: "16MB",
      max_wal_size: "64MB",
      min_wal_size: "32MB",
    });
    // Committed data survives a close and a reopen with the same settings.
    await database.withRawSession((session) =>
      session.exec("create table reopen_probe (id int); insert into reopen_probe values (7)"),
    );
    await database.close();
    const reopened = await openPglite(dir);
    cleanups.push(() => reopened.close());
    const rows = await reopened.withRawSession((session) => session.query("select id from reopen_probe"));
    expect(rows).toEqual([{ id: 7 }]);
  });
});

describe.skipIf(testDatabaseUrl)("the embedded database (PGlite) in memory", () => {
  it("has the same settings and needs no file system sync", async () => {
    const database = await openPglite(undefined);
    cleanups.push(() => database.close());
    expect(await settings(database, ["fsync", "wal_sync_method", "shared_buffers"])).toEqual({
      fsync: "on",
      wal_sync_method: "fsync",
      shared_buffers: "16MB",
    });
    await database.withRawSession((session) => session.exec("create table memory_probe (id int)"));
  });
});
