import { deleteExpiredDrafts } from "../drafts/drafts.repository.ts";
import { deleteExpiredUploads } from "../import/import.repository.ts";
import type { Database, DatabaseHandle } from "./client.ts";

/**
 * PGlite runs PostgreSQL without its background processes, so no autovacuum: the planner's
 * statistics go stale and the visibility map stays empty, which turns the lists' index-only scans
 * (ADR 013) back into a heap read per row (a broad search at 100,000 people: ~110 ms instead of
 * ~20 ms). The embedded server therefore vacuums and analyzes at start and every few hours.
 * A PostgreSQL server does this itself.
 */
export async function vacuumEmbedded(database: DatabaseHandle): Promise<void> {
  if (database.kind !== "pglite") return;
  await database.withRawSession((session) => session.exec("vacuum (analyze)"));
}

export function scheduleEmbeddedVacuum(
  database: DatabaseHandle,
  everyMs = 6 * 60 * 60_000,
  onError: (error: unknown) => void = (error) => console.error("vacuum failed:", error),
): () => void {
  if (database.kind !== "pglite") return () => {};
  const timer = setInterval(() => void vacuumEmbedded(database).catch(onError), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Rows kept only for a while, deleted on either database: drafts and import uploads past their
 * time (never returned once expired; an upload holds a spreadsheet of personal data, so it must
 * not wait for its owner's next upload to go). Sessions have their own sweep (sessions.ts).
 */
export async function deleteExpiredRows(db: Database): Promise<{ drafts: number; uploads: number }> {
  return { drafts: await deleteExpiredDrafts(db), uploads: await deleteExpiredUploads(db) };
}

export function scheduleExpiredRowsCleanup(
  db: Database,
  everyMs = 15 * 60_000,
  onError: (error: unknown) => void = (error) => console.error("clean-up of expired rows failed:", error),
): () => void {
  const timer = setInterval(() => void deleteExpiredRows(db).catch(onError), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
