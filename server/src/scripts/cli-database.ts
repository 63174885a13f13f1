import { openConfiguredDatabase, openMigratedDatabase } from "../platform/bootstrap.ts";
import { loadConfig } from "../platform/config.ts";
import { type DatabaseHandle, DatabaseOpenError } from "../platform/db/client.ts";

/**
 * The database the server would use (same DATA_DIR / DATABASE_URL), for command-line tools. With
 * `migrate: false` it only reads: no migrations, read-only transactions, no new embedded database,
 * and a DatabaseOpenError when Otagai's tables are not there.
 */
export async function openCliDatabase({
  migrate = true,
  env = process.env,
}: {
  migrate?: boolean;
  env?: NodeJS.ProcessEnv;
} = {}): Promise<DatabaseHandle> {
  const config = loadConfig({ LOG_LEVEL: "silent", ...env });
  if (migrate) return (await openMigratedDatabase(config)).database;

  const database = await openConfiguredDatabase(config, { readOnly: true });
  try {
    const [row] = await database.withRawSession((session) =>
      session.query<{ present: boolean }>(
        `select count(*) = 2 as present from pg_tables
         where schemaname = current_schema() and tablename in ('schema_migrations', 'audit_events')`,
      ),
    );
    if (!row?.present) {
      const where = config.databaseUrl ? "DATABASE_URL" : config.dataDir;
      throw new DatabaseOpenError(
        `Otagai's tables are not in the database at ${where} (no migrations applied yet): start the server once, or check DATABASE_URL / DATA_DIR.\n` +
          `${where} のデータベースに Otagai のテーブルがありません（マイグレーション未適用）。一度サーバーを起動するか、DATABASE_URL / DATA_DIR を確認してください。`,
      );
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
