import { openMigratedDatabase } from "../platform/bootstrap.ts";
import { loadConfig } from "../platform/config.ts";

/** The database the server would use (same DATA_DIR / DATABASE_URL), for command-line tools. */
export async function openCliDatabase() {
  const config = loadConfig({ LOG_LEVEL: "silent", ...process.env });
  const { database } = await openMigratedDatabase(config);
  return database;
}
