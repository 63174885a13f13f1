import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";

/** Drizzle over either driver; a transaction is a Database too, so repositories take either. */
// biome-ignore lint/suspicious/noExplicitAny: the schema generic is unused (no relational queries)
export type Database = PgDatabase<PgQueryResultHKT, any>;

/** Multi-statement SQL on one connection, for migrations and test set-up. */
export type RawSession = {
  exec(text: string): Promise<void>;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
};

export type DatabaseHandle = {
  kind: "pglite" | "postgres";
  db: Database;
  /** Runs `work` on one dedicated connection (PGlite has only one). */
  withRawSession<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export function createPglite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir ? path.join(dataDir, "pglite") : undefined, { extensions: { pg_trgm } });
}

export async function openPglite(dataDir: string | undefined, schema?: string): Promise<DatabaseHandle> {
  const client = await createPglite(dataDir);
  return wrapPglite(client, schema, () => client.close());
}

/** A handle over an open PGlite; tests share one PGlite per worker and give each file a schema. */
export async function wrapPglite(
  client: PGlite,
  schema: string | undefined,
  close: () => Promise<void>,
): Promise<DatabaseHandle> {
  if (schema)
    await client.exec(`create schema if not exists ${schema}; set search_path to ${schema}, public;`);
  const session: RawSession = {
    exec: async (text) => {
      await client.exec(text);
    },
    query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows,
  };
  return {
    kind: "pglite",
    db: drizzlePglite(client) as unknown as Database,
    withRawSession: (work) => work(session),
    close,
  };
}

export async function openPostgres(url: string, poolSize: number, schema?: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  if (schema) await pool.query(`create schema if not exists ${schema}`);
  return {
    kind: "postgres",
    db: drizzlePg(pool) as unknown as Database,
    withRawSession: async (work) => {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (text) => {
            await client.query(text);
          },
          query: async <T>(text: string, params?: unknown[]) =>
            (await client.query(text, params)).rows as T[],
        });
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
  schema?: string;
}): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, options.schema)
    : openPglite(options.dataDir, options.schema);
}
