import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { type Actor, recordAuditNow } from "../audit/audit.ts";
import { openConfiguredDatabase } from "../bootstrap.ts";
import type { Config } from "../config.ts";
import type { DatabaseHandle } from "../db/client.ts";
import { lockDataDir } from "../db/data-dir-lock.ts";
import { pgliteOptions, syncTree } from "../db/pglite-settings.ts";
import { syncPath, writeFileDurably } from "../durable-files.ts";

/**
 * Online backups of the embedded database (ADR 010). The process that holds the data folder (the
 * server) answers on a Unix socket inside it, which only the folder's owner can open: no network
 * route, no password, and cron can run `npm run backup`. A backup is a gzipped tar of
 * DATA_DIR/pglite taken between transactions after a checkpoint, so it opens without recovery.
 */
export const backupSocketName = "otagai-backup.sock";

/** A backup or restore that cannot be done as asked; the message is for the person at the console. */
export class BackupError extends Error {
  override name = "BackupError";
}

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

/** Who a backup through the server is recorded as: the folder's owner at the console, not a user. */
const backupActor: Actor = { id: null, email: "backup", clientAddress: null };

const onPostgres =
  "The database is a PostgreSQL server (DATABASE_URL): back it up with pg_dump and restore with pg_restore (README: Backup and restore).\n" +
  "データベースは PostgreSQL サーバー（DATABASE_URL）です。pg_dump でバックアップし、pg_restore で復元してください（README「Backup and restore」）。";

/** The embedded database as a gzipped tar. */
export async function snapshotDatabase(database: DatabaseHandle): Promise<Buffer> {
  if (!database.snapshot) throw new BackupError(onPostgres);
  // Compressed after the snapshot, off the event loop: requests wait only for the copy itself.
  return gzip(await database.snapshot());
}

/**
 * Answers backup requests on DATA_DIR/otagai-backup.sock until the returned function is called.
 * Each backup is recorded in the audit trail (it holds everyone's personal data). If the socket
 * cannot be opened (a path too long for a socket, a file system without them), the server runs
 * without online backups and says so.
 */
export async function serveBackups(
  database: DatabaseHandle,
  dataDir: string,
  warn: (line: string) => void = console.warn,
): Promise<() => Promise<void>> {
  const socketPath = path.join(fs.realpathSync(dataDir), backupSocketName);
  // This process holds the folder's lock: a socket file already there was left by one that died.
  fs.rmSync(socketPath, { force: true });
  const waiting = new Set<net.Socket>();
  const answering = new Set<Promise<void>>();
  const server = net.createServer((socket) => {
    socket.on("error", () => {});
    waiting.add(socket);
    // A client that never says what it wants is not kept (nor does it hold up a shutdown).
    socket.setTimeout(5_000, () => socket.destroy());
    socket.once("close", () => waiting.delete(socket));
    let request = "";
    socket.on("data", (chunk) => {
      request += chunk.toString("utf8");
      if (request.length > 64) return void socket.destroy();
      if (!request.includes("\n")) return;
      socket.removeAllListeners("data");
      socket.setTimeout(0);
      waiting.delete(socket);
      const answered = answer(request.split("\n")[0] ?? "", socket);
      answering.add(answered);
      void answered.finally(() => answering.delete(answered));
    });
  });
  async function answer(command: string, socket: net.Socket): Promise<void> {
    if (command !== "backup") return void socket.end("error unknown request\n");
    try {
      await recordAuditNow(database.db, backupActor, { action: "read", entity: "backup" });
      const data = await snapshotDatabase(database);
      socket.end(Buffer.concat([Buffer.from(`ok ${data.length}\n`), data]));
    } catch (error) {
      socket.end(`error ${(error as Error).message.replaceAll("\n", " ")}\n`);
    }
  }
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(socketPath, () => resolve());
    });
    // Only the folder's owner may ask (the socket is created before this, but with the umask's
    // mode, and a connection needs write permission).
    fs.chmodSync(socketPath, 0o600);
  } catch (error) {
    server.close();
    warn(
      `Online backup is off: ${(error as Error).message}. npm run backup works while the server is stopped.\n` +
        `オンラインバックアップは使えません。サーバーを止めている間は npm run backup が使えます。`,
    );
    return async () => {};
  }
  // Stops listening, drops clients that asked for nothing, and lets backups under way finish.
  return async () => {
    server.close();
    fs.rmSync(socketPath, { force: true });
    for (const socket of waiting) socket.destroy();
    await Promise.all(answering);
  };
}

/** A backup from the process serving DATA_DIR; undefined when none answers there. */
export function fetchBackup(dataDir: string): Promise<Buffer | undefined> {
  const socketPath = path.join(dataDir, backupSocketName);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.createConnection(socketPath, () => socket.write("backup\n"));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // No socket, or one left by a server that died: nobody is serving the folder.
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve(undefined);
      else reject(error);
    });
    socket.on("end", () => {
      try {
        resolve(parseReply(Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function parseReply(reply: Buffer): Buffer {
  const newline = reply.indexOf("\n");
  const header = reply.subarray(0, newline < 0 ? reply.length : newline).toString("utf8");
  if (header.startsWith("error "))
    throw new BackupError(`The server could not take the backup: ${header.slice(6)}`);
  const match = /^ok (\d+)$/.exec(header);
  const body = reply.subarray(newline + 1);
  if (!match || body.length !== Number(match[1]))
    throw new BackupError("The server's answer was cut short: no backup was written. Try again.");
  return body;
}

/**
 * A backup of the configured embedded database: through the server when one holds the folder,
 * else by opening the folder itself, read-only (a backup taken before an upgrade must not migrate).
 */
export async function takeBackup(config: Config): Promise<{ data: Buffer; throughServer: boolean }> {
  if (config.databaseUrl) throw new BackupError(onPostgres);
  const fromServer = await fetchBackup(config.dataDir);
  if (fromServer) return { data: fromServer, throughServer: true };
  const database = await openConfiguredDatabase(config, { readOnly: true });
  try {
    return { data: await snapshotDatabase(database), throughServer: false };
  } finally {
    await database.close();
  }
}

/** Writes a backup readable by its owner only, whole or not at all (a .partial file renamed). */
export function writeBackupFile(file: string, data: Buffer): void {
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists: choose another name.`);
  const partial = `${file}.partial`;
  writeFileDurably(partial, data, "w");
  fs.renameSync(partial, file);
  syncPath(path.dirname(file));
}

/**
 * Restores a backup into DATA_DIR, which must hold no database (the server is stopped, the old
 * folder moved aside). The copy is opened once, checked to be Otagai's, closed and synced to disk;
 * if anything fails, nothing is left behind.
 */
export async function restoreBackup(file: string, dataDir: string): Promise<void> {
  const pgdata = path.join(dataDir, "pglite");
  if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0)
    throw new BackupError(
      `${dataDir} already holds a database. Stop the server, move the folder aside (mv ${dataDir} ${dataDir}.old), then restore.\n` +
        `${dataDir} にはすでにデータベースがあります。サーバーを止め、フォルダーを移してから（mv ${dataDir} ${dataDir}.old）復元してください。`,
    );
  let tar: Buffer;
  try {
    tar = await gunzip(fs.readFileSync(file));
  } catch (error) {
    throw new BackupError(`${file} is not a complete Otagai backup (${(error as Error).message}).`);
  }
  const unlock = await lockDataDir(dataDir);
  try {
    const client = await PGlite.create(pgdata, { ...pgliteOptions(pgdata), loadDataDir: new Blob([tar]) });
    try {
      await client.query("select 1 from schema_migrations limit 1");
    } finally {
      await client.close();
    }
    syncTree(pgdata);
  } catch (error) {
    fs.rmSync(pgdata, { recursive: true, force: true });
    throw new BackupError(`${file} could not be restored: ${(error as Error).message}`);
  } finally {
    unlock();
  }
}
