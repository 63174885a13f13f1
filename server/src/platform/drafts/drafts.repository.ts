import { and, desc, eq, gt, lt, lte, sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { drafts } from "./drafts.tables.ts";

export type DraftRow = typeof drafts.$inferSelect;
export type DraftKey = { userId: string; formKey: string; recordKey: string };

/** The most drafts one person keeps: past it, their oldest go (a typed form is rarely left for long). */
export const draftsPerUser = 100;

function byKey({ userId, formKey, recordKey }: DraftKey) {
  return and(eq(drafts.userId, userId), eq(drafts.formKey, formKey), eq(drafts.recordKey, recordKey));
}

/** The author's own draft of a form, unless it has expired. */
export async function findDraft(db: Database, key: DraftKey): Promise<DraftRow | undefined> {
  const [row] = await db
    .select()
    .from(drafts)
    .where(and(byKey(key), gt(drafts.expiresAt, sql`now()`)));
  return row;
}

/** Saves (or replaces) the author's draft; it expires `ttlHours` after this save. */
export async function upsertDraft(
  db: Database,
  key: DraftKey,
  values: { payload: Record<string, unknown>; baseVersion: number | null },
  ttlHours: number,
): Promise<Pick<DraftRow, "updatedAt" | "expiresAt">> {
  const expiresAt = sql`now() + make_interval(hours => ${ttlHours})`;
  const [row] = await db
    .insert(drafts)
    .values({ ...key, ...values, updatedAt: sql`now()`, expiresAt })
    .onConflictDoUpdate({
      target: [drafts.userId, drafts.formKey, drafts.recordKey],
      set: { ...values, updatedAt: sql`now()`, expiresAt },
    })
    .returning({ updatedAt: drafts.updatedAt, expiresAt: drafts.expiresAt });
  if (!row) throw new Error("upsert returned no row");
  return row;
}

/** Keeps the author's newest `keep` drafts (ties at the boundary are kept, never lost by chance). */
export async function trimDrafts(db: Database, userId: string, keep = draftsPerUser): Promise<void> {
  const oldestKept = db
    .select({ updatedAt: drafts.updatedAt })
    .from(drafts)
    .where(eq(drafts.userId, userId))
    .orderBy(desc(drafts.updatedAt))
    .offset(keep - 1)
    .limit(1);
  await db.delete(drafts).where(and(eq(drafts.userId, userId), lt(drafts.updatedAt, sql`(${oldestKept})`)));
}

export async function deleteDraft(db: Database, key: DraftKey): Promise<boolean> {
  const rows = await db.delete(drafts).where(byKey(key)).returning({ formKey: drafts.formKey });
  return rows.length > 0;
}

/** Drafts past their time: deleted by the periodic clean-up (platform/db/maintenance.ts). */
export async function deleteExpiredDrafts(db: Database): Promise<number> {
  const rows = await db
    .delete(drafts)
    .where(lte(drafts.expiresAt, sql`now()`))
    .returning({ formKey: drafts.formKey });
  return rows.length;
}
