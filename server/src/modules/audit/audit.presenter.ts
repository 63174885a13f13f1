import type { AuditEvent } from "@otagai/shared/audit/schemas";
import type { AuditEventRow } from "../../platform/audit/audit.tables.ts";
import { auditRowProblems } from "../../platform/audit/audit.ts";
import type { Database } from "../../platform/db/client.ts";

/** Names records of one entity by id (a person's name for a user); each area registers its own. */
export type RecordLabeler = (db: Database, ids: string[]) => Promise<Map<string, string>>;
/** Entity → labeler; `user` also names the actors. */
export type RecordLabelers = Partial<Record<string, RecordLabeler>>;

/**
 * The trail as people read it: who acted and which record, by name where the record still exists,
 * and what is wrong with a row instead of failing on it (an unknown action, a bad hash).
 */
export async function presentAuditEvents(
  db: Database,
  rows: AuditEventRow[],
  labelers: RecordLabelers,
): Promise<AuditEvent[]> {
  const idsByEntity = new Map<string, Set<string>>();
  const want = (entity: string, id: string | null) => {
    if (!id || !labelers[entity]) return;
    const ids = idsByEntity.get(entity) ?? new Set<string>();
    ids.add(id);
    idsByEntity.set(entity, ids);
  };
  for (const row of rows) {
    want(row.entity, row.recordId);
    want("user", row.actorId);
  }
  const labels = new Map<string, Map<string, string>>();
  for (const [entity, ids] of idsByEntity) {
    const labeler = labelers[entity];
    if (labeler) labels.set(entity, await labeler(db, [...ids]));
  }
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    actorName: (row.actorId && labels.get("user")?.get(row.actorId)) || null,
    action: row.action,
    entity: row.entity,
    recordId: row.recordId,
    recordLabel: (row.recordId && labels.get(row.entity)?.get(row.recordId)) || null,
    recordCount: row.recordIds.length,
    changedFields: row.changedFields,
    clientAddress: row.clientAddress,
    problems: auditRowProblems(row),
  }));
}

/** The ids of the people and records a page of the trail named: actors and labelled records. */
export function namedRecordIds(events: AuditEvent[]): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.actorId && event.actorName) ids.add(event.actorId);
    if (event.recordId && event.recordLabel) ids.add(event.recordId);
  }
  return [...ids];
}
