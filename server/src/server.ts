import { buildApp } from "./app.ts";
import { loadDemoData } from "./modules/demo-contributions.ts";
import { countUsers } from "./modules/users/users.repository.ts";
import { serveBackups } from "./platform/backup/backup.ts";
import { exitOnOpenError, openMigratedDatabase } from "./platform/bootstrap.ts";
import { loadConfig } from "./platform/config.ts";
import { bootstrapMessages } from "./platform/console-messages.ts";
import {
  deleteExpiredRows,
  scheduleEmbeddedVacuum,
  scheduleExpiredRowsCleanup,
  vacuumEmbedded,
} from "./platform/db/maintenance.ts";
import { trustProxyWarning } from "./platform/http/trust-proxy.ts";
import { deleteExpiredSessions } from "./platform/sessions/sessions.ts";

const config = await Promise.resolve()
  .then(() => loadConfig())
  .catch(exitOnOpenError);
const proxyWarning = trustProxyWarning(config);
if (proxyWarning) console.warn(proxyWarning);
const { database, applied } = await openMigratedDatabase(config).catch(exitOnOpenError);
if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);

// Demo data only outside production, by default only on the embedded database, and only into an empty one.
if (config.loadDemoData) {
  const accounts = await loadDemoData(database.db, config.demoPassword);
  if (accounts.length > 0) console.log(bootstrapMessages.demoAccounts(accounts, !!config.demoPassword));
} else if (config.nodeEnv === "production" && (await countUsers(database.db)) === 0) {
  console.log(bootstrapMessages.noUsersYet());
}

// The embedded database has no autovacuum: statistics and the visibility map are kept here.
await vacuumEmbedded(database);
scheduleEmbeddedVacuum(database);

const policy = config.sessionPolicy;
await deleteExpiredSessions(database.db, policy);
const sweep = setInterval(() => void deleteExpiredSessions(database.db, policy).catch(() => {}), 15 * 60_000);
sweep.unref();
// Drafts past DRAFT_TTL_HOURS (and other rows kept only for a while).
await deleteExpiredRows(database.db);
scheduleExpiredRowsCleanup(database.db);

const app = await buildApp({ config, database });
let stopBackups = async () => {};
let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: closing`);
  await stopBackups();
  await app.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

await app.listen({ port: config.port, host: config.host });
// npm run backup asks this process for a consistent copy of the embedded database (ADR 010).
if (database.kind === "pglite") stopBackups = await serveBackups(database, config.dataDir);
console.log(bootstrapMessages.listening(config.port, database.kind));
