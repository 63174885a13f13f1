import { z } from "zod";

/**
 * Server-side drafts of long forms ("no lost input", issue 10): one per author, form and record.
 * The form key names the form ("support.plan"), the record key the record it edits ("" for a new one).
 */
export const draftFormKeyPattern = /^[a-z][a-z0-9_.-]{0,63}$/;

/** The most a draft's payload may weigh, as UTF-8 JSON. */
export const draftPayloadMaxBytes = 200 * 1024;

export const draftParamsSchema = z.strictObject({
  formKey: z.string().regex(draftFormKeyPattern),
});

export const draftQuerySchema = z.strictObject({
  /** The record being edited (its id, say); empty or absent for a new record. */
  recordKey: z.string().max(100).default(""),
});

export const saveDraftInputSchema = z.strictObject({
  /** The form's values as the user left them. */
  payload: z.record(z.string(), z.unknown()),
  /** The record's version when the form was opened (null for a new record). */
  baseVersion: z.number().int().min(0).max(2_147_483_647).nullable().default(null),
});
export type SaveDraftInput = z.input<typeof saveDraftInputSchema>;

export const draftSchema = z.object({
  formKey: z.string(),
  recordKey: z.string(),
  payload: z.record(z.string(), z.unknown()),
  baseVersion: z.number().int().nullable(),
  updatedAt: z.string(),
  expiresAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;

export const draftSavedSchema = z.object({ updatedAt: z.string(), expiresAt: z.string() });
export type DraftSaved = z.infer<typeof draftSavedSchema>;
