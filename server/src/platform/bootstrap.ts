import type { Config } from "./config.ts";
import { type DatabaseHandle, openDatabase } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";

/** Opens the configured database (PGlite under DATA_DIR, or DATABASE_URL) and brings its schema up to date. */
export async function openMigratedDatabase(
  config: Config,
): Promise<{ database: DatabaseHandle; applied: string[] }> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    schema: config.databaseSchema,
  });
  const applied = await migrate(database);
  return { database, applied };
}
