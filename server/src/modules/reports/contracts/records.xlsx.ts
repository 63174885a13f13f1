import { once } from "node:events";
import { PassThrough } from "node:stream";
import { translate } from "@otagai/shared/i18n/catalogs";
import type { Locale } from "@otagai/shared/platform/locales";
import type { drillDownQuerySchema } from "@otagai/shared/reports/contract-reports";
import ExcelJS from "exceljs";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { safeCellValue } from "../../../platform/export/spreadsheet-cell.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import type { Period, ReportScope } from "../indicators/indicator-rows.ts";
import {
  pageRecordsBehind,
  type RecordBehind,
  type RecordsCursor,
} from "../indicators/indicators.repository.ts";
import * as repository from "./contract-reports.repository.ts";
import { figureOf, mayListRecordsOf } from "./contract-reports.service.ts";

type RecordsQuery = z.output<typeof drillDownQuerySchema>;

/** Rows read from the database per query: the export holds one page at a time, never the whole list. */
export const recordsPageSize = 5000;
/** The audit trail holds at most 1,000 ids per entry: a bigger export writes several entries. */
const auditChunk = 1000;
/** The response's buffer: past it, the export waits for the client before reading the next page. */
const highWaterMark = 1024 * 1024;

type Column = { header: string; width: number; value: (row: RecordBehind) => string | number };

/**
 * Every record behind one figure of a contract report (no cap, unlike the list on screen) as an
 * Excel workbook, streamed: the rows are read page by page (keyset, the figure's own query) and
 * written as they come, so memory does not grow with the rows. Only users who may list the program's
 * records get it (others: 404, as if it did not exist). Every text cell goes through safeCellValue;
 * the people named are audited as an "export", 1,000 ids per entry, as their rows are read.
 */
export async function exportRecordsOfFigure(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  contractId: string,
  query: RecordsQuery,
  options: { locale: Locale },
): Promise<FileResponse> {
  const contract = await repository.getReportContract(db, contractId);
  if (!contract || !mayListRecordsOf(scope, contract.programId)) throw new AppError("NOT_FOUND");
  const { fundingStream, periods, column } = await figureOf(db, contract, query);

  const t = (key: string) => translate(options.locale, `reports.contracts.${key}`);
  const label = translate(options.locale, `reports.indicators.${query.indicator}.label`);
  const stream = new PassThrough({ highWaterMark });
  void writeWorkbook(db, actor, stream, {
    t,
    scope: { programId: contract.programId, fundingStreamId: fundingStream?.id ?? null },
    period: periods.total,
    column,
    indicator: query.indicator,
    part: query.part,
  }).catch((error: unknown) => stream.destroy(error as Error));
  return { filename: `${t("recordsFile.fileName")}_${label}_${column.from}_${column.to}.xlsx`, stream };
}

async function writeWorkbook(
  db: Database,
  actor: Actor,
  stream: PassThrough,
  input: {
    t: (key: string) => string;
    scope: ReportScope;
    period: Period;
    column: Period;
    indicator: RecordsQuery["indicator"];
    part: string;
  },
): Promise<void> {
  const { t } = input;
  const columns: Column[] = [
    {
      header: t("drill.participant"),
      width: 18,
      value: (row) => `${row.familyName} ${row.givenName}`.trim(),
    },
    {
      header: t("recordsFile.kana"),
      width: 20,
      value: (row) => `${row.familyNameKana} ${row.givenNameKana}`.trim(),
    },
    { header: t("drill.recordKind"), width: 16, value: (row) => t(`drill.recordKinds.${row.recordKind}`) },
    { header: t("drill.date"), width: 12, value: (row) => row.onDate },
    { header: t("drill.amount"), width: 8, value: (row) => row.amount },
    { header: t("recordsFile.participantId"), width: 38, value: (row) => row.participantId },
    { header: t("recordsFile.caseId"), width: 38, value: (row) => row.caseId },
    { header: t("recordsFile.recordId"), width: 38, value: (row) => row.recordId },
  ];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(t("recordsFile.sheetName"), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({ header: safeCellValue(column.header), width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  // The rows come in 五十音 order, a person's together: the people are told apart by the last one.
  let people: string[] = [];
  let lastPerson: string | null = null;
  const audit = async (all: boolean) => {
    while (people.length >= auditChunk || (all && people.length > 0)) {
      const recordIds = people.slice(0, auditChunk);
      people = people.slice(auditChunk);
      await recordAuditNow(db, actor, { action: "export", entity: "participant", recordIds });
    }
  };
  let after: RecordsCursor | null = null;
  do {
    const page = await pageRecordsBehind(db, { ...input, after, limit: recordsPageSize });
    for (const row of page.rows) {
      if (row.participantId !== lastPerson) people.push(row.participantId);
      lastPerson = row.participantId;
      sheet.addRow(columns.map((column) => safeCellValue(column.value(row)))).commit();
    }
    await audit(false);
    after = page.next;
    // A client that reads slowly holds the next page back; one gone (the stream closed) ends the export.
    if (stream.writableNeedDrain) await Promise.race([once(stream, "drain"), once(stream, "close")]);
  } while (after && !stream.destroyed);
  if (stream.destroyed) return;
  await audit(true);
  sheet.commit();
  await workbook.commit();
}
