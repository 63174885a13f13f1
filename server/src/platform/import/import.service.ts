import { translate } from "@otagai/shared/i18n/catalogs";
import {
  type ImportMapping,
  type ImportPreview,
  type ImportPreviewRow,
  type ImportResult,
  type ImportUpload,
  type ImportUploadInput,
  maxPreviewProblemRows,
  previewSampleRows,
} from "@otagai/shared/import/schemas";
import type { Locale } from "@otagai/shared/platform/locales";
import { type Actor, recordAudit, recordAuditNow } from "../audit/audit.ts";
import type { Database } from "../db/client.ts";
import { AppError, type FieldProblem } from "../http/app-error.ts";
import * as repository from "./import.repository.ts";
import { normalizeHeader } from "./import-values.ts";
import type { ImportContext, Importer, ImportFieldDefinition, ParsedRow, RowProblem } from "./importer.ts";
import { readSpreadsheet } from "./read-spreadsheet.ts";

/** How long an upload waits for its preview and confirmation (it holds personal data). */
const uploadLifetimeMs = 2 * 60 * 60 * 1000;
/** Record ids per audit entry (the trail's limit); a larger import writes one entry per thousand. */
const auditIdsPerEntry = 1000;

/** A mapping as sent: field key → column index; absent or null: not imported. */
type RequestMapping = Partial<Record<string, number | null>>;

/**
 * Reads the file and keeps its rows for the preview and the confirmation; nothing is written to
 * the records. Answers the headers and a mapping: the user's last one for this kind, where its
 * columns are in this file, else by the fields' aliases.
 */
export async function uploadFile(
  db: Database,
  importer: Importer,
  context: ImportContext,
  input: ImportUploadInput,
): Promise<ImportUpload> {
  const sheet = await readSpreadsheet(Buffer.from(input.content, "base64"));
  const upload = await db.transaction(async (tx) => {
    await repository.deleteExpiredUploads(tx);
    await repository.deleteUploadsOf(tx, context.actor.id, importer.kind);
    return repository.insertUpload(tx, {
      userId: context.actor.id,
      kind: importer.kind,
      fileName: input.fileName,
      headers: sheet.headers,
      rows: sheet.rows.map((row) => [row.line, row.cells]),
      rowCount: sheet.rows.length,
      expiresAt: new Date(Date.now() + uploadLifetimeMs),
    });
  });
  const remembered = await repository.getMapping(db, context.actor.id, importer.kind);
  return {
    uploadId: upload.id,
    kind: importer.kind,
    fileName: upload.fileName,
    headers: sheet.headers,
    rowCount: sheet.rows.length,
    fields: importer.fields.map(({ key, labelKey, required }) => ({ key, labelKey, required })),
    mapping: suggestMapping(importer.fields, sheet.headers, remembered),
    sample: sheet.rows.slice(0, 5).map((row) => row.cells),
    expiresAt: upload.expiresAt.toISOString(),
  };
}

/** The remembered column of each field when this file has it, else the first unused alias match. */
export function suggestMapping(
  fields: readonly ImportFieldDefinition[],
  headers: string[],
  remembered: repository.RememberedMapping | null,
): ImportMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: ImportMapping = {};
  const take = (key: string, index: number) => {
    mapping[key] = index;
    used.add(index);
  };
  for (const field of fields) {
    if (!remembered || !(field.key in remembered)) continue;
    const header = remembered[field.key];
    // The user said last time not to import this field.
    if (header === null || header === undefined) {
      mapping[field.key] = null;
      continue;
    }
    const index = normalized.indexOf(normalizeHeader(header));
    if (normalizeHeader(header) !== "" && index >= 0 && !used.has(index)) take(field.key, index);
  }
  for (const field of fields) {
    if (field.key in mapping) continue;
    const aliases = new Set(field.aliases.map(normalizeHeader));
    const index = normalized.findIndex((header, i) => header !== "" && !used.has(i) && aliases.has(header));
    if (index >= 0) take(field.key, index);
    else mapping[field.key] = null;
  }
  return mapping;
}

type CheckedRows = {
  upload: repository.ImportUploadRow;
  /** Each row's mapped cells, by field key. */
  values: Record<string, string>[];
  parsed: ParsedRow<unknown>[];
  problems: Map<number, RowProblem[]>;
};

/** The upload, which only its own user may use, and which lasts a few hours. */
async function requireUpload(
  db: Database,
  importer: Importer,
  context: ImportContext,
  id: string,
  lock = false,
) {
  const upload = await repository.getUpload(db, id, context.actor.id, importer.kind, { lock });
  if (!upload) throw new AppError("NOT_FOUND");
  return upload;
}

function requireCompleteMapping(importer: Importer, mapping: RequestMapping, columns: number): void {
  const fields: FieldProblem[] = [];
  for (const field of importer.fields) {
    const column = mapping[field.key];
    const path = `body.mapping.${field.key}`;
    if (column !== null && column !== undefined && column >= columns)
      fields.push({ path, code: "unknown_column", messageKey: "invalidOption" });
    else if (field.required && (column === null || column === undefined))
      fields.push({ path, code: "required", messageKey: "required" });
  }
  if (fields.length > 0) throw new AppError("VALIDATION_FAILED", fields);
}

/** Every row parsed and checked against the database and the other rows. */
async function checkRows(
  db: Database,
  importer: Importer,
  upload: repository.ImportUploadRow,
  mapping: RequestMapping,
  context: ImportContext,
): Promise<CheckedRows> {
  const values: Record<string, string>[] = [];
  const parsed: ParsedRow<unknown>[] = [];
  const problems = new Map<number, RowProblem[]>();
  upload.rows.forEach(([line, cells], index) => {
    const row: Record<string, string> = {};
    for (const field of importer.fields) {
      const column = mapping[field.key];
      row[field.key] = column === null || column === undefined ? "" : (cells[column] ?? "");
    }
    values.push(row);
    const result = importer.parseRow(row);
    if ("problems" in result) problems.set(index, result.problems);
    else parsed.push({ index, line, value: result.value });
  });
  for (const [index, found] of await importer.findConflicts(db, parsed, context))
    problems.set(index, [...(problems.get(index) ?? []), ...found]);
  return { upload, values, parsed, problems };
}

function rememberedMappingOf(
  importer: Importer,
  headers: string[],
  mapping: RequestMapping,
): repository.RememberedMapping {
  return Object.fromEntries(
    importer.fields.map((field) => {
      const column = mapping[field.key];
      return [field.key, column === null || column === undefined ? null : (headers[column] ?? null)];
    }),
  );
}

/** Reading existing records to find duplicates is a read of them: audited like a list. */
async function auditSeen(db: Database, actor: Actor, problems: Map<number, RowProblem[]>) {
  const byEntity = new Map<string, Set<string>>();
  for (const list of problems.values())
    for (const problem of list)
      if (problem.seen) {
        const ids = byEntity.get(problem.seen.entity) ?? new Set<string>();
        ids.add(problem.seen.id);
        byEntity.set(problem.seen.entity, ids);
      }
  for (const [entity, ids] of byEntity)
    for (const recordIds of chunks([...ids], auditIdsPerEntry))
      await recordAuditNow(db, actor, { action: "read", entity, recordIds });
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Every row's problems with the given mapping; nothing is written but the remembered mapping. */
export async function previewImport(
  db: Database,
  importer: Importer,
  context: ImportContext,
  locale: Locale,
  input: { uploadId: string; mapping: RequestMapping },
): Promise<ImportPreview> {
  const upload = await requireUpload(db, importer, context, input.uploadId);
  requireCompleteMapping(importer, input.mapping, upload.headers.length);
  const checked = await checkRows(db, importer, upload, input.mapping, context);
  await repository.saveMapping(
    db,
    context.actor.id,
    importer.kind,
    rememberedMappingOf(importer, upload.headers, input.mapping),
  );
  await auditSeen(db, context.actor, checked.problems);
  const rowAt = (index: number): ImportPreviewRow => ({
    line: upload.rows[index]?.[0] ?? 0,
    values: checked.values[index] ?? {},
    problems: (checked.problems.get(index) ?? []).map((problem) => ({
      field: problem.field,
      code: problem.code,
      message: translate(locale, problem.messageKey, problem.params),
    })),
  });
  const problemIndexes = [...checked.problems.keys()].sort((a, b) => a - b);
  return {
    uploadId: upload.id,
    rowCount: upload.rowCount,
    validCount: upload.rowCount - problemIndexes.length,
    problemRowCount: problemIndexes.length,
    problemRows: problemIndexes.slice(0, maxPreviewProblemRows).map(rowAt),
    sampleRows: upload.rows.slice(0, previewSampleRows).map((_, index) => rowAt(index)),
  };
}

/**
 * Writes every row in one transaction, or none: the rows are checked again inside it (someone may
 * have registered a duplicate since the preview), any problem or failure rolls everything back.
 * The audit entries, the remembered mapping and the upload's deletion commit with the rows.
 */
export async function confirmImport(
  db: Database,
  importer: Importer,
  context: ImportContext,
  input: { uploadId: string; mapping: RequestMapping },
): Promise<ImportResult> {
  let refused: Map<number, RowProblem[]> | undefined;
  try {
    return await db.transaction(async (tx) => {
      // Locked: a second confirmation of the same upload waits, then finds it gone (404).
      const upload = await requireUpload(tx, importer, context, input.uploadId, true);
      requireCompleteMapping(importer, input.mapping, upload.headers.length);
      const checked = await checkRows(tx, importer, upload, input.mapping, context);
      if (checked.problems.size > 0) {
        refused = checked.problems;
        throw new AppError("VALIDATION_FAILED", [
          {
            path: "body.uploadId",
            code: "import_rows",
            messageKey: "importRowsHaveProblems",
            params: { count: checked.problems.size },
          },
        ]);
      }
      const created = await importer.write(
        tx,
        checked.parsed.map((row) => row.value),
        context,
      );
      const remembered = rememberedMappingOf(importer, upload.headers, input.mapping);
      for (const group of created) {
        const parts = chunks(group.ids, auditIdsPerEntry);
        for (const [part, recordIds] of parts.entries())
          await recordAudit(tx, context.actor, {
            action: "import",
            entity: group.entity,
            recordIds,
            detail: {
              kind: importer.kind,
              fileName: upload.fileName,
              rows: upload.rowCount,
              mapping: remembered,
              ...(parts.length > 1 ? { part: part + 1, parts: parts.length } : {}),
            },
          });
      }
      await repository.saveMapping(tx, context.actor.id, importer.kind, remembered);
      await repository.deleteUpload(tx, upload.id);
      return { kind: importer.kind, created: checked.parsed.length };
    });
  } finally {
    // After the rollback: the duplicates found were still read.
    if (refused) await auditSeen(db, context.actor, refused);
  }
}
