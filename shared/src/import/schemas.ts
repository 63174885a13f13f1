import { z } from "zod";

/**
 * Spreadsheet import (platform mechanism, issue 10): upload a file, map its columns to an importer's
 * fields, preview every row's problems, then confirm to write all rows in one transaction. One set
 * of routes per importer (/api/imports/<kind>/…), each with its importer's permission.
 */

/** The largest file accepted (an .xlsx or a CSV), in bytes. */
export const maxImportFileBytes = 5 * 1024 * 1024;
/** Data rows (header excluded, blank rows not counted) one import may hold. */
export const maxImportRows = 5000;
/** Columns a file may have. */
export const maxImportColumns = 100;
/** Problem rows a preview lists (the rest are only counted). */
export const maxPreviewProblemRows = 200;
/** Rows a preview shows so the user can check the mapping, problems or not. */
export const previewSampleRows = 20;

// One character class, no groups: a pattern with repeated groups overflows the regexp stack on megabytes.
const base64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The base64 text of a file of maxImportFileBytes. */
export const maxImportContentLength = Math.ceil(maxImportFileBytes / 3) * 4;

/** The file as base64 (no data: prefix), so that it travels in the app's ordinary JSON requests. */
export const importUploadInputSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  content: z.string().max(maxImportContentLength).regex(base64),
});
export type ImportUploadInput = z.input<typeof importUploadInputSchema>;

/** One field an importer fills: the web shows `labelKey` (a catalog key) in the column selects. */
export const importFieldSchema = z.object({
  key: z.string(),
  labelKey: z.string(),
  required: z.boolean(),
});
export type ImportField = z.infer<typeof importFieldSchema>;

/** Field key → the column (0-based index into `headers`) it is read from; null or absent: not imported. */
export const importMappingSchema = z.record(z.string(), z.number().int().nullable());
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importUploadSchema = z.object({
  uploadId: z.uuid(),
  kind: z.string(),
  fileName: z.string(),
  headers: z.array(z.string()),
  /** Data rows, blank ones not counted. */
  rowCount: z.number().int(),
  fields: z.array(importFieldSchema),
  /** The user's last mapping for this kind where its columns are in this file, else by header names. */
  mapping: importMappingSchema,
  /** The first rows as read, so the user sees what each column holds while mapping. */
  sample: z.array(z.array(z.string())),
  expiresAt: z.string(),
});
export type ImportUpload = z.infer<typeof importUploadSchema>;

/** The request body of a preview or a confirmation; `mapping` is an importer's own strict object. */
export function importRequestSchema(fieldKeys: readonly string[]) {
  const column = z
    .number()
    .int()
    .min(0)
    .max(maxImportColumns - 1)
    .nullable()
    .optional();
  return z.strictObject({
    uploadId: z.uuid(),
    mapping: z.strictObject(Object.fromEntries(fieldKeys.map((key) => [key, column]))),
  });
}

export const importProblemSchema = z.object({
  /** The field the problem is in; null for the row as a whole (a duplicate). */
  field: z.string().nullable(),
  code: z.string(),
  /** In the caller's language. */
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importPreviewRowSchema = z.object({
  /** The row's number in the spreadsheet (the header is row 1). */
  line: z.number().int(),
  /** The mapped cells, by field key, as read from the file. */
  values: z.record(z.string(), z.string()),
  problems: z.array(importProblemSchema),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRowSchema>;

export const importPreviewSchema = z.object({
  uploadId: z.uuid(),
  rowCount: z.number().int(),
  /** Rows that would be written as they are. */
  validCount: z.number().int(),
  problemRowCount: z.number().int(),
  /** Rows with problems, in file order, at most maxPreviewProblemRows. */
  problemRows: z.array(importPreviewRowSchema),
  /** The first rows, problems or not. */
  sampleRows: z.array(importPreviewRowSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  kind: z.string(),
  /** Records created, one per row. */
  created: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
