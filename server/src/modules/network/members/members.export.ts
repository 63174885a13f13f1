import { translate } from "@otagai/shared/i18n/catalogs";
import {
  type exportMemberOrganizationsQuerySchema,
  memberExportMaxRows,
} from "@otagai/shared/network/members";
import type { Locale } from "@otagai/shared/platform/locales";
import ExcelJS from "exceljs";
import type { z } from "zod";
import { type Actor, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { safeCellValue } from "../../../platform/export/spreadsheet-cell.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import {
  columnHeader,
  fieldName,
  kindName,
  type MemberColumnKey,
  memberColumnKeys,
  statusName,
} from "./members.columns.ts";
import * as repository from "./members.repository.ts";
import { memberEntity } from "./members.service.ts";

type ExportQuery = z.output<typeof exportMemberOrganizationsQuerySchema>;

const widths: Partial<Record<MemberColumnKey, number>> = {
  name: 30,
  nameKana: 30,
  kind: 20,
  fields: 24,
  address: 36,
  notes: 30,
};

/** Each cell as the import reads it back: names for kinds, fields and statuses, ISO dates. */
function cellOf(row: repository.MemberRow, key: MemberColumnKey, locale: Locale): string | number | null {
  switch (key) {
    case "kind":
      return kindName(locale, row.kind);
    case "fields":
      return row.fields.map((field) => fieldName(locale, field)).join("、");
    case "status":
      return statusName(locale, row.status);
    case "workingMembers":
      return row.workingMembers;
    case "leftOn":
      return row.leftOn;
    default:
      return row[key];
  }
}

/**
 * The filtered list as an Excel workbook in 五十音順, its headers the import's own (the file
 * re-imports cleanly); every cell through safeCellValue. Audited as an export of every organization in it.
 */
export async function exportMembers(
  db: Database,
  actor: Actor,
  query: ExportQuery,
  locale: Locale,
): Promise<FileResponse> {
  const rows = await repository.findMembersUpTo(db, query, memberExportMaxRows + 1);
  if (rows.length > memberExportMaxRows)
    throw new AppError("EXPORT_TOO_LARGE", [], { max: memberExportMaxRows, count: rows.length });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(translate(locale, "network.members.exportFile.sheetName"));
  sheet.columns = memberColumnKeys.map((key) => ({
    header: safeCellValue(columnHeader(locale, key)),
    width: widths[key] ?? 14,
  }));
  for (const row of rows)
    sheet.addRow(memberColumnKeys.map((key) => safeCellValue(cellOf(row, key, locale))));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const ids = rows.map((row) => row.id);
  const audits: Promise<void>[] = [];
  for (let start = 0; start < ids.length || start === 0; start += 1000)
    audits.push(
      recordAuditNow(db, actor, {
        action: "export",
        entity: memberEntity,
        recordIds: ids.slice(start, start + 1000),
      }),
    );
  await Promise.all(audits);
  const fileName = translate(locale, "network.members.exportFile.fileName");
  return { filename: `${fileName}-${todayInJapan()}.xlsx`, body };
}
