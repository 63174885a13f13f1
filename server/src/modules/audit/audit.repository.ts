import { and, desc, eq, gte, lt, ne, or, sql } from "drizzle-orm";
import { auditEvents } from "../../platform/audit/audit.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { countUpTo } from "../../platform/db/list-page.ts";

export type AuditFilter = {
  actorId?: string;
  action?: string;
  entity?: string;
  recordId?: string;
  kind: "all" | "changes" | "reads";
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

/** Newest first. Dates are Japanese calendar days: `to` includes the whole day. */
export async function findAuditEvents(db: Database, filter: AuditFilter) {
  const dayStart = (date: string) => sql`(${date}::date::timestamp at time zone 'Asia/Tokyo')`;
  const conditions = [
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.kind === "changes" ? ne(auditEvents.action, "read") : undefined,
    filter.kind === "reads" ? eq(auditEvents.action, "read") : undefined,
    filter.entity ? eq(auditEvents.entity, filter.entity) : undefined,
    // A person's record was seen when it was read alone or listed among others (GIN on record_ids).
    filter.recordId
      ? or(
          eq(auditEvents.recordId, filter.recordId),
          sql`${auditEvents.recordIds} @> array[${filter.recordId}]::text[]`,
        )
      : undefined,
    filter.from ? gte(auditEvents.occurredAt, dayStart(filter.from)) : undefined,
    filter.to ? lt(auditEvents.occurredAt, sql`${dayStart(filter.to)} + interval '1 day'`) : undefined,
  ];
  const where = and(...conditions);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, auditEvents, where),
  ]);
  return { rows, ...total };
}
