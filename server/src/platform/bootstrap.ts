import { auditTrailState, keyringMismatch, useAuditKeyring } from "./audit/audit.ts";
import { AuditKeyError, createAuditKeyFileIfMissing, keyFilePermissionWarning } from "./audit/audit-keys.ts";
import { type Config, ConfigError } from "./config.ts";
import {
  type DatabaseHandle,
  DatabaseOpenError,
  type OpenOptions,
  openDatabase,
  openPostgres,
} from "./db/client.ts";
import { canBypassAuditTrail, currentRole, grantAppRole } from "./db/grant-app-role.ts";
import { migrate } from "./db/migrate.ts";

/** The configured database (PGlite under DATA_DIR, or DATABASE_URL) as it is: no migrations. */
export function openConfiguredDatabase(config: Config, options: OpenOptions = {}): Promise<DatabaseHandle> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    schema: config.databaseSchema,
    ...options,
  });
}

export const singleRoleWarning =
  "Warning: the app's database role owns the tables, so it could switch off the audit trail's " +
  "append-only triggers; set DATABASE_MIGRATION_URL to an owner role and DATABASE_URL to a role " +
  'that owns nothing (README: "On a PostgreSQL server").';

/**
 * Opens the configured database and brings its schema up to date. With DATABASE_MIGRATION_URL
 * (PostgreSQL only; ADR 009) the migrations run as that owner role, which then grants the app's
 * role (DATABASE_URL's) only what it needs; without it, the app's role migrates and owns the
 * tables, and in production `warn` says so once.
 */
export async function openMigratedDatabase(
  config: Config,
  options: { warn?: (line: string) => void } = {},
): Promise<{ database: DatabaseHandle; applied: string[] }> {
  const opened = await openAndMigrate(config, options);
  try {
    await loadAuditKeyring(config, opened.database);
  } catch (error) {
    await opened.database.close();
    throw error;
  }
  return opened;
}

/**
 * The audit trail's keys for this process (ADR 012): given in the config (tests), or read from
 * AUDIT_KEY_FILE, which is created on first start while the trail holds no keyed entry yet.
 */
export async function loadAuditKeyring(
  config: Config,
  database: DatabaseHandle,
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<void> {
  if (config.auditKeyring) return useAuditKeyring(config.auditKeyring);
  const file = config.auditKeyFile;
  const { created, keyring } = createAuditKeyFileIfMissing(file, await auditTrailState(database.db));
  if (created)
    warn(
      `Created the audit trail's key in ${file}. Keep a copy apart from the database and its backups (README: Audit key).\n` +
        `監査ログの鍵を ${file} に作成しました。データベースやそのバックアップとは別の場所にも保管してください。`,
    );
  const readable = keyFilePermissionWarning(file);
  if (readable) warn(readable);
  const mismatch = await keyringMismatch(database.db, keyring);
  if (mismatch)
    throw new AuditKeyError(
      `The audit key file ${file} does not fit the audit trail: ${mismatch}. Nothing was signed. Restore the right key file (README: Audit key), or stop the older version.\n` +
        `監査ログの鍵ファイル ${file} が監査ログと合いません。署名は行っていません。正しい鍵ファイルを戻すか、古い版の Otagai を止めてください。`,
    );
  useAuditKeyring(keyring);
}

async function openAndMigrate(
  config: Config,
  { warn = (line: string) => console.warn(line) }: { warn?: (line: string) => void },
): Promise<{ database: DatabaseHandle; applied: string[] }> {
  if (config.databaseMigrationUrl && !config.databaseUrl)
    throw new Error(
      "DATABASE_MIGRATION_URL is for a PostgreSQL server: set DATABASE_URL too (the app's role), " +
        "or unset DATABASE_MIGRATION_URL to use the embedded database.",
    );
  if (!config.databaseMigrationUrl) {
    const database = await openConfiguredDatabase(config);
    try {
      const applied = await migrate(database);
      if (
        config.nodeEnv === "production" &&
        database.kind === "postgres" &&
        (await canBypassAuditTrail(database))
      )
        warn(singleRoleWarning);
      return { database, applied };
    } catch (error) {
      await database.close();
      throw error;
    }
  }

  const owner = await openPostgres(config.databaseMigrationUrl, 1, config.databaseSchema);
  let database: DatabaseHandle | undefined;
  try {
    const applied = await migrate(owner);
    database = await openConfiguredDatabase(config);
    await grantAppRole(owner, await currentRole(database));
    return { database, applied };
  } catch (error) {
    await database?.close();
    throw error;
  } finally {
    await owner.close();
  }
}

/** For a command's top level: an expected failure (bad setting, database or audit key) is printed without a stack, exit 2. */
export function exitOnOpenError(error: unknown): never {
  if (error instanceof DatabaseOpenError || error instanceof AuditKeyError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
