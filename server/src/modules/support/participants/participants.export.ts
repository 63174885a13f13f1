import { translate } from "@otagai/shared/i18n/catalogs";
import { ageOn } from "@otagai/shared/japanese/age";
import { toWareki } from "@otagai/shared/japanese/era";
import type { Locale } from "@otagai/shared/platform/locales";
import {
  type exportParticipantsQuerySchema,
  participantExportMaxRows,
} from "@otagai/shared/support/participants";
import ExcelJS from "exceljs";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { safeCellValue } from "../../../platform/export/spreadsheet-cell.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { findProgramNames } from "../../programs/programs.repository.ts";
import * as repository from "./participants.repository.ts";
import { findSensitiveSections } from "./sensitive-section.repository.ts";
import { sensitiveEntity } from "./sensitive-section.service.ts";

type ExportQuery = z.output<typeof exportParticipantsQuerySchema>;
type Row = repository.ParticipantRow;
type Column = {
  header: string;
  width: number;
  value: (row: Row) => string | number | null;
};

/** The audit trail holds at most 1,000 ids per entry: a bigger export writes several entries. */
const auditChunk = 1000;

/**
 * The filtered participant list as an Excel workbook, in 五十音 order, for the user's programs only.
 * The sensitive columns are there only for users with participants.sensitive (`withSensitive`);
 * every text cell goes through safeCellValue (no formula injection). The export is audited as
 * "export" naming every person in it (and, with the sensitive columns, a second entry for those).
 */
export async function exportParticipants(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  query: ExportQuery,
  options: { locale: Locale; withSensitive: boolean },
): Promise<FileResponse> {
  const today = todayInJapan();
  const rows = await repository.findParticipantsUpTo(db, scope, query, today, participantExportMaxRows + 1);
  if (rows.length > participantExportMaxRows)
    throw new AppError("EXPORT_TOO_LARGE", [], { max: participantExportMaxRows, count: rows.length });
  const ids = rows.map((row) => row.id);
  const cases = await repository.findCaseSummaries(db, scope, ids);
  const programNames = await findProgramNames(db, [
    ...new Set([...cases.values()].flat().map((summary) => summary.programId)),
  ]);
  const sensitive = options.withSensitive ? await findSensitiveSections(db, ids) : undefined;

  const t = (key: string) => translate(options.locale, `support.${key}`);
  const casesText = (row: Row) =>
    (cases.get(row.id) ?? [])
      .map(
        (summary) => `${programNames.get(summary.programId) ?? ""}: ${t(`cases.statuses.${summary.status}`)}`,
      )
      .join("\n");
  const columns: Column[] = [
    {
      header: t("participants.exportFile.name"),
      width: 18,
      value: (row) => `${row.familyName} ${row.givenName}`.trim(),
    },
    {
      header: t("participants.exportFile.kana"),
      width: 20,
      value: (row) => `${row.familyNameKana} ${row.givenNameKana}`.trim(),
    },
    { header: t("participants.exportFile.birthDate"), width: 12, value: (row) => row.birthDate },
    {
      header: t("participants.exportFile.wareki"),
      width: 18,
      value: (row) => (row.birthDate ? toWareki(row.birthDate) : null),
    },
    { header: t("participants.exportFile.age"), width: 6, value: (row) => ageOn(row.birthDate, today) },
    { header: t("participants.exportFile.phone"), width: 15, value: (row) => row.phone },
    { header: t("participants.exportFile.email"), width: 24, value: (row) => row.email },
    { header: t("participants.exportFile.postalCode"), width: 10, value: (row) => row.postalCode },
    { header: t("participants.exportFile.address"), width: 36, value: (row) => row.address },
    { header: t("participants.exportFile.cases"), width: 30, value: casesText },
  ];
  if (sensitive) {
    const field = (
      name: "health" | "disability" | "disabilityCertificate" | "certificateGrade" | "livelihood" | "notes",
    ) =>
      ({
        header: t(`participants.sensitive.fields.${name}`),
        width: 24,
        value: (row: Row) => sensitive.get(row.id)?.[name] ?? "",
      }) satisfies Column;
    columns.push(
      field("health"),
      field("disability"),
      field("disabilityCertificate"),
      field("certificateGrade"),
      field("livelihood"),
      {
        header: t("participants.sensitive.fields.benefits"),
        width: 24,
        value: (row) =>
          (sensitive.get(row.id)?.benefits ?? [])
            .map((kind) => t(`participants.sensitive.benefits.${kind}`))
            .join("、"),
      },
      field("notes"),
    );
  }

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("participants.exportFile.sheetName"));
  sheet.columns = columns.map((column) => ({ header: safeCellValue(column.header), width: column.width }));
  for (const row of rows) sheet.addRow(columns.map((column) => safeCellValue(column.value(row))));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const body = Buffer.from(await workbook.xlsx.writeBuffer());

  const audits: Promise<void>[] = [];
  for (let start = 0; start < ids.length || start === 0; start += auditChunk) {
    const recordIds = ids.slice(start, start + auditChunk);
    audits.push(recordAuditNow(db, actor, { action: "export", entity: "participant", recordIds }));
    if (sensitive)
      audits.push(recordAuditNow(db, actor, { action: "export", entity: sensitiveEntity, recordIds }));
  }
  await Promise.all(audits);
  return { filename: `${t("participants.exportFile.fileName")}-${today}.xlsx`, body };
}
