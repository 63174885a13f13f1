import { createHash, createHmac } from "node:crypto";
import { type AuditAction, type AuditVerification, auditActions } from "@otagai/shared/audit/schemas";
import { and, asc, desc, gt, sql } from "drizzle-orm";
import type { PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { advisoryLocks } from "../db/advisory-locks.ts";
import type { Database } from "../db/client.ts";
import { serializationFailure, sqlStateOf, uniqueViolation } from "../db/errors.ts";
import { selectRows } from "../db/select-rows.ts";
import { type AuditEventRow, auditEvents } from "./audit.tables.ts";
import type { AuditKeyring } from "./audit-keys.ts";

/**
 * Only a transaction will do: the advisory lock lasts until commit, and outside one it would be
 * released after its own statement, letting two appends take the same id.
 */
// biome-ignore lint/suspicious/noExplicitAny: the schema generics are unused (no relational queries)
type Transaction = PgTransaction<PgQueryResultHKT, any, any>;

/** Who did it and from where; built once per request (see actorOf in http/request-context.ts). */
export type Actor = { id: string | null; email: string | null; clientAddress: string | null };

export type AuditEntry = {
  action: AuditAction;
  entity: string;
  recordId?: string | null;
  /** A list read: the records it showed (at most 1,000), so "who saw this person" includes lists. */
  recordIds?: string[];
  /** Names of the fields that changed, never their values (they may be sensitive). */
  changedFields?: string[];
  /**
   * The values that must stay readable in the trail itself: what a merge moved away, a reason the
   * user gave. Only where the issue asks for it; read back only by those who may read the trail.
   */
  detail?: Record<string, unknown>;
};

export const genesisHash = "0".repeat(64);
const maxRecordIds = 1000;

type ChainedFields = Omit<AuditEventRow, "hash">;

// The process's keys, set once at start (buildApp). Appending without them is refused: an
// unkeyed entry could be rewritten by whoever holds the database.
let keyring: AuditKeyring | undefined;

export function useAuditKeyring(next: AuditKeyring): void {
  keyring = next;
}

function requireKeyring(): AuditKeyring {
  if (!keyring) throw new Error("The audit trail's key is not loaded (useAuditKeyring at start).");
  return keyring;
}

/**
 * The entry's hash: an HMAC under the key named by key_id over every field and the previous hash,
 * or, on entries written before the trail was keyed, the plain SHA-256 of the fields it had then.
 * Undefined when the key is unknown.
 */
export function hashAuditEvent(event: ChainedFields, keys: AuditKeyring): string | undefined {
  if (event.keyId === null) return createHash("sha256").update(canonical(event, unkeyedFields)).digest("hex");
  const secret = keys.byId.get(event.keyId);
  if (!secret) return undefined;
  // Entries with a detail hash it too (v3); the rest keep the v2 input, so older entries verify unchanged.
  const input =
    event.detail === null || event.detail === undefined
      ? canonical(event, signedFields, "v2")
      : canonical(event, detailedFields, "v3");
  return createHmac("sha256", secret).update(input).digest("hex");
}

// The fields each scheme hashes, in order. The unkeyed scheme (ADR 005) had neither record_ids nor key_id.
const signedFields = [
  "id",
  "occurredAt",
  "actorId",
  "actorEmail",
  "action",
  "entity",
  "recordId",
  "recordIds",
  "changedFields",
  "clientAddress",
  "keyId",
  "prevHash",
] as const;
const detailedFields = [...signedFields, "detail"] as const;
const unkeyedFields = signedFields.filter((field) => field !== "recordIds" && field !== "keyId");

function canonical(event: ChainedFields, fields: readonly (keyof ChainedFields)[], version?: string): string {
  const values = fields.map((field) =>
    field === "occurredAt" ? event.occurredAt.toISOString() : event[field],
  );
  return JSON.stringify(version ? [version, ...values] : values);
}

/** The chain's last entry as this process last wrote or read it. */
type ChainEnd = { id: number; hash: string };

/** The rows that extend the chain after `end`, each hashed over the one before, and the new end. */
function chainRows(
  entries: { actor: Actor; entry: AuditEntry }[],
  end: ChainEnd | undefined,
): { rows: AuditEventRow[]; end: ChainEnd } {
  const keys = requireKeyring();
  let id = end?.id ?? 0;
  let prevHash = end?.hash ?? genesisHash;
  const occurredAt = new Date();
  const rows: AuditEventRow[] = entries.map(({ actor, entry }) => {
    id += 1;
    const fields: ChainedFields = {
      id,
      occurredAt,
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      entity: entry.entity,
      recordId: entry.recordId ?? null,
      recordIds: (entry.recordIds ?? []).slice(0, maxRecordIds),
      changedFields: entry.changedFields ?? [],
      clientAddress: actor.clientAddress,
      keyId: keys.current.id,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
      prevHash,
    };
    prevHash = hashAuditEvent(fields, keys) as string;
    return { ...fields, hash: prevHash };
  });
  return { rows, end: { id, hash: prevHash } };
}

/**
 * Appends entries to the chain in one statement, under the advisory lock that serializes appends
 * across every app process (ids gap-free, each prev_hash right). Call it inside the transaction
 * that makes the change, so the change and its record commit or roll back together.
 */
async function appendEntries(
  tx: Transaction,
  entries: { actor: Actor; entry: AuditEntry }[],
): Promise<ChainEnd> {
  requireKeyring();
  await tx.execute(sql`select pg_advisory_xact_lock(${advisoryLocks.auditAppend}::bigint)`);
  const [last] = await tx
    .select({ id: auditEvents.id, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const { rows, end } = chainRows(entries, last);
  await tx.insert(auditEvents).values(rows);
  return end;
}

/**
 * Appends entries after the end this process knows, in ONE statement (its own transaction, one
 * round trip instead of five): the statement takes the same advisory lock, so a locked append of
 * another transaction never interleaves with it, and inserts only while the known end is still in
 * the trail as it was. If another process or transaction appended meanwhile, the next id is taken
 * (a unique violation) or the end is gone, and it answers undefined, having written nothing: the
 * caller appends the locked way, which reads the real end (ADR 023).
 */
async function appendAfter(
  db: Database,
  end: ChainEnd,
  entries: { actor: Actor; entry: AuditEntry }[],
): Promise<ChainEnd | undefined> {
  const next = chainRows(entries, end);
  const rows = next.rows.map((row) => ({
    id: row.id,
    occurred_at: row.occurredAt.toISOString(),
    actor_id: row.actorId,
    actor_email: row.actorEmail,
    action: row.action,
    entity: row.entity,
    record_id: row.recordId,
    record_ids: row.recordIds,
    changed_fields: row.changedFields,
    client_address: row.clientAddress,
    key_id: row.keyId,
    detail: row.detail,
    prev_hash: row.prevHash,
    hash: row.hash,
  }));
  try {
    const inserted = await selectRows<{ id: number }>(
      db,
      sql`with locked as materialized (select pg_advisory_xact_lock(${advisoryLocks.auditAppend}::bigint))
        insert into audit_events (id, occurred_at, actor_id, actor_email, action, entity, record_id,
          record_ids, changed_fields, client_address, key_id, detail, prev_hash, hash)
        select r.id, r.occurred_at, r.actor_id, r.actor_email, r.action, r.entity, r.record_id,
          r.record_ids, r.changed_fields, r.client_address, r.key_id, r.detail, r.prev_hash, r.hash
        from locked, jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id bigint,
          occurred_at timestamptz, actor_id uuid, actor_email text, action text, entity text,
          record_id text, record_ids text[], changed_fields text[], client_address text, key_id text,
          detail text, prev_hash text, hash text)
        where exists (select 1 from audit_events where id = ${end.id} and hash = ${end.hash})
        returning id`,
    );
    return inserted.length === rows.length ? next.end : undefined;
  } catch (error) {
    const state = sqlStateOf(error);
    if (state === uniqueViolation || state === serializationFailure) return undefined;
    throw error;
  }
}

/** Appends one entry inside the caller's transaction (changes: the entry commits with them). */
export async function recordAudit(tx: Transaction, actor: Actor, entry: AuditEntry): Promise<void> {
  await appendEntries(tx, [{ actor, entry }]);
}

type Waiting = { actor: Actor; entry: AuditEntry; resolve: () => void; reject: (error: unknown) => void };
const maxBatch = 200;

/**
 * Group commit for entries that change nothing else (reads, logins): requests queue their entry and
 * wait while one short transaction appends everything queued, so concurrent requests share one
 * lock instead of taking turns on it. Each request still answers only after its entry committed.
 */
class AuditBatcher {
  private queue: Waiting[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];
  /** Where this batcher's last append left the chain; unknown at first and after any failure. */
  private end: ChainEnd | undefined;
  constructor(private readonly db: Database) {}

  add(actor: Actor, entry: AuditEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ actor, entry, resolve, reject });
      if (!this.running) {
        this.running = true;
        // Let the requests of this turn of the event loop join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, maxBatch);
      try {
        const known = this.end;
        this.end = undefined;
        this.end =
          (known && (await appendAfter(this.db, known, batch))) ??
          (await this.db.transaction((tx) => appendEntries(tx, batch), readCommitted));
        for (const waiting of batch) waiting.resolve();
      } catch (error) {
        // One bad entry (SQLSTATE 22/23: a value the table refuses) must not fail the requests it
        // shared a transaction with; any other failure (the database gone) fails them all at once.
        if (batch.length > 1 && /^2[23]/.test(sqlStateOf(error) ?? ""))
          for (const waiting of batch) await this.appendAlone(waiting);
        else for (const waiting of batch) waiting.reject(error);
      }
    }
    this.running = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Resolves once every queued entry is appended (or has failed): closing waits for it. */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async appendAlone(waiting: Waiting): Promise<void> {
    try {
      await this.db.transaction((tx) => appendEntries(tx, [waiting]), readCommitted);
      waiting.resolve();
    } catch (error) {
      waiting.reject(error);
    }
  }
}

const batchers = new WeakMap<Database, AuditBatcher>();

/** Waits until the entries queued for `db` are appended: call before closing the database. */
export function flushAuditQueue(db: Database): Promise<void> {
  return batchers.get(db)?.idle() ?? Promise.resolve();
}

/**
 * The chain reads the last entry after taking the lock, so it needs each statement's own snapshot
 * (READ COMMITTED), whatever the server's default isolation is.
 */
const readCommitted = { isolationLevel: "read committed" } as const;

/** Records an entry in a transaction of its own, shared with other requests' entries (group commit). */
export function recordAuditNow(db: Database, actor: Actor, entry: AuditEntry): Promise<void> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new AuditBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher.add(actor, entry);
}

export type AuditRowProblem = NonNullable<AuditVerification["reason"]>;
const knownActions = new Set<string>(auditActions);

/**
 * What is wrong with one row on its own (not its place in the chain): an unknown action, a missing
 * or unknown key, a hash that does not match its fields. Never throws: a bad row is reported.
 */
export function auditRowProblems(
  row: AuditEventRow,
  keys: AuditKeyring = requireKeyring(),
): AuditRowProblem[] {
  try {
    if (!knownActions.has(row.action)) return ["invalid_row"];
    if (row.keyId === null && row.id > keys.legacyEntries) return ["unkeyed"];
    const expected = hashAuditEvent(row, keys);
    if (expected === undefined) return ["unknown_key"];
    return expected === row.hash ? [] : ["hash_mismatch"];
  } catch {
    return ["invalid_row"];
  }
}

/**
 * Walks the whole chain in id order, in pages, recomputing every hash: any edited field, removed
 * row, re-linked entry, entry re-chained without the key or row the app could not have written
 * shows up as the first broken id.
 */
export async function verifyAuditChain(
  db: Database,
  pageSize = 5000,
  keys: AuditKeyring = requireKeyring(),
): Promise<AuditVerification> {
  let expectedId = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, expectedId - 1))
      .orderBy(asc(auditEvents.id))
      .limit(pageSize);
    for (const row of rows) {
      if (row.id !== expectedId) return { ok: false, checked, firstBrokenId: expectedId, reason: "gap" };
      if (row.prevHash !== prevHash)
        return { ok: false, checked, firstBrokenId: row.id, reason: "link_mismatch" };
      const [problem] = auditRowProblems(row, keys);
      if (problem) return { ok: false, checked, firstBrokenId: row.id, reason: problem };
      prevHash = row.hash;
      expectedId += 1;
      checked += 1;
    }
    if (rows.length < pageSize) return { ok: true, checked, firstBrokenId: null, reason: null };
  }
}

/**
 * Whether this process's keys fit the trail it is about to extend: the newest signed entry must
 * verify with one of them, and no unsigned entry may follow the ones the key file allows. Otherwise
 * (another host's different file, a mistyped key line, an old version still appending unsigned
 * entries) it would sign on and nobody would notice until the next verification. Returns what is
 * wrong, or undefined.
 */
export async function keyringMismatch(db: Database, keys: AuditKeyring): Promise<string | undefined> {
  const [newestSigned] = await db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.keyId} is not null`)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  if (newestSigned) {
    const [problem] = auditRowProblems(newestSigned, keys);
    if (problem === "unknown_key" || problem === "hash_mismatch")
      return `entry ${newestSigned.id} was signed with key ${newestSigned.keyId}, which ${problem === "unknown_key" ? "is not in" : "does not verify with"} the key file`;
  }
  const [unsigned] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(sql`${auditEvents.keyId} is null`, gt(auditEvents.id, keys.legacyEntries)))
    .orderBy(asc(auditEvents.id))
    .limit(1);
  if (unsigned)
    return `entry ${unsigned.id} was written without a key after the key file was made (legacy-entries: ${keys.legacyEntries}): is an older version of Otagai still running against this database?`;
  return undefined;
}

/** How far the trail goes and whether it is keyed yet: what creating the key file needs to know. */
export async function auditTrailState(db: Database): Promise<{ lastId: number; keyed: boolean }> {
  const [last] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const [keyed] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(sql`${auditEvents.keyId} is not null`)
    .limit(1);
  return { lastId: last?.id ?? 0, keyed: keyed !== undefined };
}
