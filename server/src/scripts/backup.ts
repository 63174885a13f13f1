// npm run backup -- [file] — a consistent copy of the embedded database (ADR 010), written to `file`
// (default: otagai-<date and time>.tar.gz here). Asked of the running server, which records it in
// the audit trail; when no server runs, taken from the data folder directly, only reading. Exits 2
// when it cannot (a PostgreSQL server: pg_dump; the folder held by another command).
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, takeBackup, writeBackupFile } from "../platform/backup/backup.ts";
import { exitOnOpenError } from "../platform/bootstrap.ts";
import { loadConfig } from "../platform/config.ts";

const { positionals } = parseArgs({ allowPositionals: true });
const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "");
const file = path.resolve(positionals[0] ?? `otagai-${stamp}.tar.gz`);

try {
  const { data, throughServer } = await takeBackup(loadConfig({ LOG_LEVEL: "silent", ...process.env }));
  writeBackupFile(file, data);
  const megabytes = (data.length / 1_048_576).toFixed(1);
  console.log(
    `Backup written: ${file} (${megabytes} MB, ${throughServer ? "from the running server" : "from the data folder"}).\n` +
      `バックアップを書き出しました。個人情報を含むため、暗号化してサーバーの外に保管してください。`,
  );
} catch (error) {
  if (error instanceof BackupError) {
    console.error(error.message);
    process.exit(2);
  }
  exitOnOpenError(error);
}
