import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { importMappings, importUploads } from "./import.tables.ts";

export type ImportUploadRow = typeof importUploads.$inferSelect;

/** Field key → header name (null: the user chose not to import it). */
export type RememberedMapping = Record<string, string | null>;

export async function insertUpload(
  db: Database,
  values: Omit<typeof importUploads.$inferInsert, "id" | "createdAt">,
): Promise<ImportUploadRow> {
  const [row] = await db.insert(importUploads).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The user's own upload of this kind, unexpired; `lock` holds it until the transaction ends. */
export async function getUpload(
  db: Database,
  id: string,
  userId: string,
  kind: string,
  options: { lock?: boolean } = {},
): Promise<ImportUploadRow | undefined> {
  const query = db
    .select()
    .from(importUploads)
    .where(
      and(
        eq(importUploads.id, id),
        eq(importUploads.userId, userId),
        eq(importUploads.kind, kind),
        gt(importUploads.expiresAt, sql`now()`),
      ),
    );
  const [row] = await (options.lock ? query.for("update") : query);
  return row;
}

export async function deleteUpload(db: Database, id: string): Promise<void> {
  await db.delete(importUploads).where(eq(importUploads.id, id));
}

/** A new upload replaces the user's earlier ones of the same kind (one wizard at a time). */
export async function deleteUploadsOf(db: Database, userId: string, kind: string): Promise<void> {
  await db.delete(importUploads).where(and(eq(importUploads.userId, userId), eq(importUploads.kind, kind)));
}

/** Uploads past their time hold personal data for nothing. */
export async function deleteExpiredUploads(db: Database): Promise<number> {
  const deleted = await db
    .delete(importUploads)
    .where(lt(importUploads.expiresAt, sql`now()`))
    .returning({ id: importUploads.id });
  return deleted.length;
}

export async function getMapping(
  db: Database,
  userId: string,
  kind: string,
): Promise<RememberedMapping | null> {
  const [row] = await db
    .select({ mapping: importMappings.mapping })
    .from(importMappings)
    .where(and(eq(importMappings.userId, userId), eq(importMappings.kind, kind)));
  return (row?.mapping as RememberedMapping | undefined) ?? null;
}

export async function saveMapping(
  db: Database,
  userId: string,
  kind: string,
  mapping: RememberedMapping,
): Promise<void> {
  await db
    .insert(importMappings)
    .values({ userId, kind, mapping })
    .onConflictDoUpdate({
      target: [importMappings.userId, importMappings.kind],
      set: { mapping, updatedAt: sql`now()` },
    });
}
