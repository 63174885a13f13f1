import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { advisoryLocks } from "./advisory-locks.ts";
import type { DatabaseHandle } from "./client.ts";
import { insufficientPrivilege, sqlStateOf } from "./errors.ts";

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export function listMigrations(): { name: string; sql: string }[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file, sql: fs.readFileSync(path.join(migrationsDir, file), "utf8") }));
}

/**
 * Applies the SQL files in ./migrations that have not run yet, all in one transaction under an
 * advisory lock, so several app processes starting together apply each migration exactly once.
 * Returns the names applied.
 */
export async function migrate(handle: DatabaseHandle): Promise<string[]> {
  return handle.withRawSession(async (session) => {
    await session.exec("begin");
    try {
      await session.query("select pg_advisory_xact_lock($1::bigint)", [advisoryLocks.migrations]);
      // Only when missing: an up-to-date database then needs no DDL, so a role that owns nothing
      // (the app's, ADR 009) may run this too.
      const [bookkeeping] = await session.query<{ present: boolean }>(
        "select exists (select 1 from pg_tables where schemaname = current_schema() and tablename = 'schema_migrations') as present",
      );
      if (!bookkeeping?.present)
        await session.exec(
          "create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())",
        );
      const done = new Set(
        (await session.query<{ name: string }>("select name from schema_migrations")).map((row) => row.name),
      );
      const applied: string[] = [];
      for (const migration of listMigrations()) {
        if (done.has(migration.name)) continue;
        await session.exec(migration.sql);
        await session.query("insert into schema_migrations (name) values ($1)", [migration.name]);
        applied.push(migration.name);
      }
      await session.exec("commit");
      return applied;
    } catch (error) {
      await session.exec("rollback");
      if (sqlStateOf(error) === insufficientPrivilege)
        throw new Error(
          `Could not apply the migrations: ${(error as Error).message}. Migrations run as the role that ` +
            'owns the tables: set DATABASE_MIGRATION_URL to its connection (README: "On a PostgreSQL server").',
          { cause: error },
        );
      throw error;
    }
  });
}
