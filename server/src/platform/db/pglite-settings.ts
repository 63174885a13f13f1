import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { NodeFS } from "@electric-sql/pglite/nodefs";
import { syncPath } from "../durable-files.ts";

/**
 * How PostgreSQL runs inside PGlite (ADR 010).
 *
 * - Durable. PGlite starts PostgreSQL with `-F` (fsync off); we leave it out and flush the WAL with
 *   fsync() at every commit (PGlite's fdatasync() is a no-op; its fsync() reaches the file system
 *   below, see SyncingNodeFS).
 * - Small. 16 MB of shared buffers instead of 128 MB: the operating system caches the files as well,
 *   and an office's data fits. One backend, so 5 connection slots instead of 100.
 * - Bounded WAL. PGlite has no checkpointer process: a checkpoint happens when the WAL reaches
 *   max_wal_size (1 GB by default). 64 MB keeps the folder, a backup and a crash recovery small.
 */
export const pgliteStartParams: readonly string[] = [
  ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
  ...["-c", "wal_sync_method=fsync"],
  ...["-c", "shared_buffers=16MB"],
  ...["-c", "max_connections=5"],
  ...["-c", "max_wal_size=64MB"],
  ...["-c", "min_wal_size=32MB"],
];

/** The parts of Emscripten's NODEFS this file touches. */
type NodeFsInternals = {
  stream_ops?: { fsync?: (stream: { nfd: number }) => number };
  tryFSOperation?: <T>(operation: () => T) => T;
};

/**
 * PGlite's Node file system (Emscripten's NODEFS) writes straight to the host's files but has no
 * fsync: PostgreSQL's fsync() calls return at once, so a commit sits in the operating system's cache
 * until it gets round to writing it. This one passes fsync() on to the host file.
 */
export class SyncingNodeFS extends NodeFS {
  override async init(pg: PGlite, options: Parameters<NodeFS["init"]>[1]) {
    const { emscriptenOpts } = await super.init(pg, options);
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [
          ...(emscriptenOpts.preRun ?? []),
          (module: { NODEFS: unknown }) => {
            const nodefs = module.NODEFS as NodeFsInternals;
            const streamOps = nodefs.stream_ops;
            // Refuse to run silently without durability if a PGlite upgrade changes what we rely on.
            if (!streamOps || typeof nodefs.tryFSOperation !== "function")
              throw new Error("PGlite's Node file system has changed: fsync cannot be passed on (ADR 010).");
            // NODEFS's own error mapping turns a failed fsync into an errno for PostgreSQL.
            streamOps.fsync ??= (stream) => {
              nodefs.tryFSOperation?.(() => fs.fsyncSync(stream.nfd));
              return 0;
            };
          },
        ],
      },
    };
  }
}

/** PGlite's options: in memory when `pgdata` is undefined, else in that folder, durable. */
export function pgliteOptions(pgdata: string | undefined): PGliteOptions {
  return {
    extensions: { pg_trgm, btree_gist },
    startParams: [...pgliteStartParams],
    ...(pgdata ? { fs: new SyncingNodeFS(pgdata) } : {}),
  };
}

/**
 * fsync every file and folder under `dir`. Files PostgreSQL did not write itself — a new database
 * copied in from PGlite's initdb, a restored backup — are otherwise only in the OS cache.
 */
export function syncTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) syncTree(full);
    else if (entry.isFile()) syncPath(full);
  }
  syncPath(dir);
}
