import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * The database cannot be opened as asked (the data folder is in use, or holds no database yet). Its
 * message is written for the person at the console; command-line tools print it without a stack.
 */
export class DatabaseOpenError extends Error {
  override name = "DatabaseOpenError";
}

export const lockFileName = "otagai.lock";

/** Lock files this process holds, by real path: a second open in the same process is refused too. */
const held = new Set<string>();

/**
 * Takes DATA_DIR/otagai.lock, so only one process at a time opens the embedded database (two
 * writers corrupt a PGlite folder). The file holds the owner's pid. A lock whose process has gone
 * (a kill -9, a power cut) is taken over. Returns the function that releases it.
 */
export async function lockDataDir(dataDir: string): Promise<() => void> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(fs.realpathSync(dataDir), lockFileName);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      fs.writeFileSync(lockPath, `${process.pid}\n`, { flag: "wx" });
      held.add(lockPath);
      return () => release(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    // An empty file is a lock being written this instant by another process: look again shortly.
    let holder = readPid(lockPath);
    if (holder === null) {
      await sleep(100);
      holder = readPid(lockPath);
    }
    if (typeof holder === "number" && isHolding(holder, lockPath)) throw inUse(dataDir, holder);
    // Stale (its process is gone) or unreadable: take it over.
    fs.rmSync(lockPath, { force: true });
  }
  throw new DatabaseOpenError(`Could not take ${lockPath}: other processes keep taking it.`);
}

function release(lockPath: string): void {
  if (!held.delete(lockPath)) return;
  if (readPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}

/** The pid in the lock file; null when the file is empty, undefined when it is gone or garbled. */
function readPid(lockPath: string): number | null | undefined {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, "utf8").trim();
  } catch {
    return undefined;
  }
  if (text === "") return null;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Whether process `pid` is alive and could be the Otagai that wrote the lock. */
function isHolding(pid: number, lockPath: string): boolean {
  // Our own pid: we hold it only if this process took it. Otherwise an earlier run that had the
  // same pid left it (containers restart with the same pids).
  if (pid === process.pid) return held.has(lockPath);
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user, so it is alive.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // After a reboot the pid may belong to some other program; on Linux, only a Node process counts.
  try {
    return /node/i.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    return true;
  }
}

function inUse(dataDir: string, pid: number): DatabaseOpenError {
  return new DatabaseOpenError(
    `Otagai is already using ${dataDir} (process ${pid}). Stop it first (Ctrl-C), then run this again.\n` +
      `Otagai はすでに ${dataDir} を使っています（プロセス ${pid}）。先に止めてから（Ctrl-C）、もう一度実行してください。`,
  );
}
