import type { Permission } from "@otagai/shared/platform/permissions";
import type { AccessScope } from "../access/access-scope.ts";
import type { Actor } from "../audit/audit.ts";
import type { Database } from "../db/client.ts";

/** A transaction, as Database#transaction hands it to its callback. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** One field an importer fills from a column. */
export type ImportFieldDefinition<Key extends string = string> = {
  key: Key;
  /** A catalog key naming the field in the column selects (support.import.fields.…). */
  labelKey: string;
  /** The import cannot start without a column for it. */
  required: boolean;
  /** Header names that map to this field without the user choosing (氏名, ふりがな, 生年月日, …). */
  aliases: readonly string[];
};

/** A problem with one row, before translation: `messageKey` is a full catalog key. */
export type RowProblem = {
  /** The field the problem is in; null for the whole row (a duplicate). */
  field: string | null;
  code: string;
  messageKey: string;
  params?: Record<string, string | number>;
  /** An existing record the check found (a duplicate): its reading is audited, its id never sent. */
  seen?: { entity: string; id: string };
};

export type ParsedRow<Value> = {
  /** Position among the upload's rows (0-based). */
  index: number;
  /** The row number in the spreadsheet. */
  line: number;
  value: Value;
};

/** Who imports, and the records they may reach. */
export type ImportContext = {
  actor: Actor & { id: string };
  scope: AccessScope;
  /** Today in Japan, "YYYY-MM-DD". */
  today: string;
};

/** The records one import created, by entity: each group becomes the import's audit entries. */
export type CreatedRecords = { entity: string; ids: string[] }[];

/**
 * One kind of import (participants now; member organizations and others later), as data: the
 * platform reads the file, maps its columns, previews, and writes all rows in one transaction;
 * the importer only says what a row means.
 */
export type ImporterDefinition<Key extends string, Value> = {
  /** The URL segment and the remembered mapping's key: /api/imports/<kind>/… */
  kind: string;
  permission: Permission;
  fields: readonly ImportFieldDefinition<Key>[];
  /** One row's mapped cells ("" when empty or unmapped) → the value to write, or its problems. */
  parseRow(values: Record<Key, string>): { value: Value } | { problems: RowProblem[] };
  /**
   * Problems only the database or the other rows can show: a duplicate of an existing record or of
   * another row, an unknown or out-of-scope reference. By row index; rows without problems left out.
   */
  findConflicts(
    db: Database,
    rows: ParsedRow<Value>[],
    context: ImportContext,
  ): Promise<Map<number, RowProblem[]>>;
  /** Writes every row inside the import's transaction; throwing rolls the whole import back. */
  write(tx: Transaction, rows: Value[], context: ImportContext): Promise<CreatedRecords>;
};

/** An importer with its types erased, as the platform's routes and service hold it. */
export type Importer = ImporterDefinition<string, unknown>;

export function defineImporter<Key extends string, Value>(
  definition: ImporterDefinition<Key, Value>,
): Importer {
  return definition as unknown as Importer;
}
