import { type Draft, type DraftSaved, draftPayloadMaxBytes } from "@otagai/shared/drafts/schemas";
import type { Database } from "../db/client.ts";
import { AppError } from "../http/app-error.ts";
import { type DraftKey, deleteDraft, findDraft, trimDrafts, upsertDraft } from "./drafts.repository.ts";

/**
 * Drafts belong to their author only: every function takes the caller's id as part of the key, so
 * another person's draft is never found (404), whatever form and record key are asked for.
 */
export async function getDraft(db: Database, key: DraftKey): Promise<Draft> {
  const row = await findDraft(db, key);
  if (!row) throw new AppError("NOT_FOUND");
  return {
    formKey: row.formKey,
    recordKey: row.recordKey,
    payload: row.payload as Record<string, unknown>,
    baseVersion: row.baseVersion,
    updatedAt: row.updatedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

export async function saveDraft(
  db: Database,
  key: DraftKey,
  input: { payload: Record<string, unknown>; baseVersion: number | null },
  ttlHours: number,
): Promise<DraftSaved> {
  if (Buffer.byteLength(JSON.stringify(input.payload), "utf8") > draftPayloadMaxBytes)
    throw new AppError("PAYLOAD_TOO_LARGE");
  const saved = await db.transaction(async (tx) => {
    const row = await upsertDraft(tx, key, input, ttlHours);
    await trimDrafts(tx, key.userId);
    return row;
  });
  return { updatedAt: saved.updatedAt.toISOString(), expiresAt: saved.expiresAt.toISOString() };
}

/** Drops the draft (after the form was saved, or the user discarded it); none there is no error. */
export async function discardDraft(db: Database, key: DraftKey): Promise<void> {
  await deleteDraft(db, key);
}
