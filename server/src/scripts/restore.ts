// npm run restore -- <file> — restores a backup taken by npm run backup into DATA_DIR, which must
// hold no database yet (stop the server and move the old folder aside first). Exits 2 when it
// cannot, leaving DATA_DIR as it was.
import { parseArgs } from "node:util";
import { BackupError, restoreBackup } from "../platform/backup/backup.ts";
import { exitOnOpenError } from "../platform/bootstrap.ts";
import { loadConfig } from "../platform/config.ts";

const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
const config = loadConfig({ LOG_LEVEL: "silent", ...process.env });
if (!file) {
  console.error("Usage: npm run restore -- <backup file>");
  process.exit(2);
}
if (config.databaseUrl) {
  console.error(
    "DATABASE_URL is set: restore a PostgreSQL server with pg_restore (README: Backup and restore).",
  );
  process.exit(2);
}

try {
  await restoreBackup(file, config.dataDir);
  console.log(
    `Restored ${file} into ${config.dataDir}. Check the audit trail: npm run audit:verify\n` +
      `${config.dataDir} に復元しました。npm run audit:verify で監査ログを確認してください。`,
  );
} catch (error) {
  if (error instanceof BackupError) {
    console.error(error.message);
    process.exit(2);
  }
  exitOnOpenError(error);
}
