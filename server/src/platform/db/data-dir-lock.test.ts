import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseOpenError, openPglite } from "./client.ts";
import { lockDataDir, lockFileName } from "./data-dir-lock.ts";

// The lock guards the embedded database only; the PostgreSQL pass has nothing to add here.
const testDatabaseUrl = process.env.TEST_DATABASE_URL;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-lock-test-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function lockOf(dir: string): string | undefined {
  const file = path.join(dir, lockFileName);
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined;
}

/** A child process that stays alive until the test ends. */
function liveProcess(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: "ignore" });
  cleanups.push(() => child.kill("SIGKILL"));
  return child;
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  if (!child.pid) throw new Error("no pid");
  return child.pid;
}

function inUseMessage(dir: string, pid: number): string {
  return (
    `Otagai is already using ${dir} (process ${pid}). Stop it first (Ctrl-C), then run this again.\n` +
    `Otagai はすでに ${dir} を使っています（プロセス ${pid}）。先に止めてから（Ctrl-C）、もう一度実行してください。`
  );
}

describe.skipIf(testDatabaseUrl)("the data folder lock", () => {
  it("refuses a second open of a data folder while the first is open, and allows it after close", async () => {
    const dir = tempDir();
    const first = await openPglite(dir);
    let firstOpen = true;
    cleanups.push(() => firstOpen && first.close());
    expect(lockOf(dir)).toBe(String(process.pid));

    const second = openPglite(dir);
    await expect(second).rejects.toThrow(DatabaseOpenError);
    await expect(second).rejects.toThrow(inUseMessage(dir, process.pid));

    await first.close();
    firstOpen = false;
    expect(lockOf(dir)).toBeUndefined();

    const again = await openPglite(dir);
    expect(lockOf(dir)).toBe(String(process.pid));
    await again.close();
    expect(lockOf(dir)).toBeUndefined();
  });

  it("refuses while another live Node process holds the lock", async () => {
    const dir = tempDir();
    const holder = liveProcess(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"]);
    fs.writeFileSync(path.join(dir, lockFileName), `${holder.pid}\n`);
    await expect(lockDataDir(dir)).rejects.toThrow(inUseMessage(dir, holder.pid as number));
    expect(lockOf(dir)).toBe(String(holder.pid));
  });

  it("takes over a lock whose process is gone (a kill -9), and removes it on close", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, lockFileName), `${await deadPid()}\n`);
    const database = await openPglite(dir);
    try {
      expect(lockOf(dir)).toBe(String(process.pid));
      const [row] = await database.withRawSession((session) =>
        session.query<{ one: number }>("select 1 as one"),
      );
      expect(row?.one).toBe(1);
    } finally {
      await database.close();
    }
    expect(lockOf(dir)).toBeUndefined();
  });

  it("takes over a lock an earlier run left with this process's pid (a restarted container)", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, lockFileName), `${process.pid}\n`);
    const release = await lockDataDir(dir);
    expect(lockOf(dir)).toBe(String(process.pid));
    release();
    expect(lockOf(dir)).toBeUndefined();
  });

  it("takes over an empty or garbled lock file", async () => {
    for (const content of ["", "not a pid\n"]) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, lockFileName), content);
      const release = await lockDataDir(dir);
      expect(lockOf(dir)).toBe(String(process.pid));
      release();
    }
  });

  it.runIf(fs.existsSync("/proc/self/cmdline"))(
    "takes over a lock whose pid now belongs to a program that is not Node (after a reboot)",
    async () => {
      const dir = tempDir();
      const other = liveProcess("sleep", ["60"]);
      fs.writeFileSync(path.join(dir, lockFileName), `${other.pid}\n`);
      const release = await lockDataDir(dir);
      expect(lockOf(dir)).toBe(String(process.pid));
      release();
    },
  );
});
