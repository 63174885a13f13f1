import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { DatabaseOpenError, lockDataDir } from "./data-dir-lock.ts";
import { schemaStatements } from "./identifiers.ts";
import { pgliteOptions, syncTree } from "./pglite-settings.ts";

export { DatabaseOpenError };

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
  /** The embedded database only: a consistent copy of its folder, as a tar (ADR 010). */
  snapshot?: () => Promise<Uint8Array>;
  close(): Promise<void>;
};

/** Options of an open that must change nothing (npm run audit:verify). */
export type OpenOptions = {
  /**
   * Every transaction is read-only, no schema is created, and an embedded database that does not
   * exist yet is not created but refused.
   */
  readOnly?: boolean;
};

/** PGlite in memory, or in DATA_DIR/pglite: durable, with small buffers (ADR 010, pglite-settings.ts). */
export async function createPglite(dataDir: string | undefined): Promise<PGlite> {
  if (!dataDir) return PGlite.create(undefined, pgliteOptions(undefined));
  const pgdata = path.join(dataDir, "pglite");
  const isNew = !fs.existsSync(path.join(pgdata, "PG_VERSION"));
  fs.mkdirSync(dataDir, { recursive: true });
  // PGlite writes its files readable and writable by everyone (0666); like PostgreSQL with its data
  // directory, only the owner may enter the folder.
  fs.chmodSync(dataDir, 0o700);
  const client = await PGlite.create(pgdata, pgliteOptions(pgdata));
  // A new database is copied in from PGlite's initdb without fsync: put it on disk once.
  if (isNew) syncTree(dataDir);
  return client;
}

/**
 * PGlite in memory, or persisted in `dataDir`. A data folder is locked (DATA_DIR/otagai.lock) until
 * close(): a second process opening it, say `npm run user:create` while the server runs, is refused
 * with a DatabaseOpenError instead of corrupting it.
 */
export async function openPglite(
  dataDir: string | undefined,
  schema?: string,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if (dataDir && options.readOnly && !fs.existsSync(path.join(dataDir, "pglite", "PG_VERSION")))
    throw new DatabaseOpenError(
      `There is no Otagai database in ${dataDir} yet (start the server once, or check DATA_DIR).\n` +
        `${dataDir} にはまだ Otagai のデータベースがありません（一度サーバーを起動するか、DATA_DIR を確認してください）。`,
    );
  const unlock = dataDir ? await lockDataDir(dataDir) : () => {};
  let client: PGlite | undefined;
  try {
    const opened = await createPglite(dataDir);
    client = opened;
    if (options.readOnly) {
      await opened.exec("set default_transaction_read_only = on");
      if (schema) await opened.exec(schemaStatements.useSchema(schema));
    }
    return await wrapPglite(opened, options.readOnly ? undefined : schema, async () => {
      try {
        await opened.close();
      } finally {
        unlock();
      }
    });
  } catch (error) {
    await client?.close().catch(() => {});
    unlock();
    throw error;
  }
}

/** A handle over an open PGlite; tests share one PGlite per worker and give each file a schema. */
export async function wrapPglite(
  client: PGlite,
  schema: string | undefined,
  close: () => Promise<void>,
): Promise<DatabaseHandle> {
  if (schema) {
    await client.exec(schemaStatements.create(schema));
    await client.exec(schemaStatements.useSchema(schema));
  }
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
    // Holding PGlite's transaction lock, so between transactions, and after a checkpoint, so the
    // copy opens without crash recovery; queries wait meanwhile (a few hundred ms for a small office).
    snapshot: () =>
      client.transaction(async (tx) => {
        await tx.exec("checkpoint");
        const tar = await client.dumpDataDir("none");
        return new Uint8Array(await tar.arrayBuffer());
      }),
    close,
  };
}

export async function openPostgres(
  url: string,
  poolSize: number,
  schema?: string,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  const settings = [
    // The app's rules (the audit chain's lock-then-read, the last-admin row locks) rely on each
    // statement seeing what committed before it: READ COMMITTED, whatever the server's default.
    "-c default_transaction_isolation=read\\ committed",
    ...(schema ? [schemaStatements.connectionOption(schema)] : []),
    ...(options.readOnly ? ["-c default_transaction_read_only=on"] : []),
  ];
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(settings.length > 0 ? { options: settings.join(" ") } : {}),
  });
  // The server may drop an idle connection (restart, failover, an administrator's terminate). pg
  // reports it on the pool, and an 'error' event nobody listens to would end the process; the pool
  // simply opens a new connection for the next query.
  let closing = false;
  pool.on("error", (error) => {
    if (!closing) console.error(`Database connection lost (a new one will be opened): ${error.message}`);
  });
  // Creating a schema needs CREATE on the database, which the app's role (ADR 009) lacks: only
  // when it is missing.
  if (schema && !options.readOnly) {
    try {
      const { rows } = await pool.query<{ present: boolean }>(
        "select to_regnamespace($1) is not null as present",
        [schema],
      );
      if (!rows[0]?.present) await pool.query(schemaStatements.create(schema));
    } catch (error) {
      await pool.end();
      throw error;
    }
  }
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
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

export function openDatabase(
  options: {
    databaseUrl?: string;
    dataDir?: string;
    poolSize?: number;
    schema?: string;
  } & OpenOptions,
): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, options.schema, options)
    : openPglite(options.dataDir, options.schema, options);
}
