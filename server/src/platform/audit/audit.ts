import { createHash } from "node:crypto";
import type { AuditAction, AuditVerification } from "@otagai/shared/audit/schemas";
import { asc, desc, gt, sql } from "drizzle-orm";
import type { PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { Database } from "../db/client.ts";

/**
 * Only a transaction will do: the advisory lock lasts until commit, and outside one it would be
 * released after its own statement, letting two appends take the same id.
 */
// biome-ignore lint/suspicious/noExplicitAny: the schema generics are unused (no relational queries)
type Transaction = PgTransaction<PgQueryResultHKT, any, any>;

import { auditEvents } from "./audit.tables.ts";

/** Who did it and from where; built once per request (see actorOf in http/request-context.ts). */
export type Actor = { id: string | null; email: string | null; clientAddress: string | null };

export type AuditEntry = {
  action: AuditAction;
  entity: string;
  recordId?: string | null;
  /** Names of the fields that changed, never their values (they may be sensitive). */
  changedFields?: string[];
};

export const genesisHash = "0".repeat(64);

type ChainedFields = {
  id: number;
  occurredAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  recordId: string | null;
  changedFields: string[];
  clientAddress: string | null;
  prevHash: string;
};

export function hashAuditEvent(event: ChainedFields): string {
  const canonical = JSON.stringify([
    event.id,
    event.occurredAt.toISOString(),
    event.actorId,
    event.actorEmail,
    event.action,
    event.entity,
    event.recordId,
    event.changedFields,
    event.clientAddress,
    event.prevHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Appends one entry to the chain. Call it inside the transaction that makes the change, so the
 * change and its record commit or roll back together. The advisory lock serializes appends
 * across all app processes, which keeps ids gap-free and each prev_hash right.
 */
export async function recordAudit(db: Transaction, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(727002)`);
  const [last] = await db
    .select({ id: auditEvents.id, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const fields: ChainedFields = {
    id: (last?.id ?? 0) + 1,
    occurredAt: new Date(),
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    entity: entry.entity,
    recordId: entry.recordId ?? null,
    changedFields: entry.changedFields ?? [],
    clientAddress: actor.clientAddress,
    prevHash: last?.hash ?? genesisHash,
  };
  await db.insert(auditEvents).values({ ...fields, hash: hashAuditEvent(fields) });
}

/** Records an entry in its own transaction (for reads and logins, which change nothing else). */
export function recordAuditNow(db: Database, actor: Actor, entry: AuditEntry): Promise<void> {
  return db.transaction((tx) => recordAudit(tx, actor, entry));
}

/**
 * Walks the whole chain in id order, in pages, recomputing every hash: any edited field, removed
 * row or re-linked entry shows up as the first broken id.
 */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<AuditVerification> {
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
      if (hashAuditEvent(row) !== row.hash)
        return { ok: false, checked, firstBrokenId: row.id, reason: "hash_mismatch" };
      prevHash = row.hash;
      expectedId += 1;
      checked += 1;
    }
    if (rows.length < pageSize) return { ok: true, checked, firstBrokenId: null, reason: null };
  }
}
