import { translate } from "@otagai/shared/i18n/catalogs";
import type { Locale } from "@otagai/shared/platform/locales";
import ExcelJS from "exceljs";
import { type Actor, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { safeCellValue } from "../../../platform/export/spreadsheet-cell.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { createPdfForm, formDate, pdfFileName } from "../../../platform/pdf/form-setup.ts";
import * as repository from "./meetings.repository.ts";
import { meetingEntity } from "./meetings.service.ts";

type Translate = (key: string, params?: Record<string, string | number>) => string;

async function loadInvitations(db: Database, actor: Actor, id: string, action: "read" | "export") {
  const meeting = await repository.getMeeting(db, id);
  if (!meeting) throw new AppError("NOT_FOUND");
  const invitees = await repository.findInvitees(db, id);
  await recordAuditNow(db, actor, { action, entity: meetingEntity, recordId: id });
  return { meeting, invitees };
}

function timeText(meeting: repository.MeetingRow): string {
  const from = meeting.startsAt?.slice(0, 5) ?? "";
  const to = meeting.endsAt?.slice(0, 5) ?? "";
  return from || to ? `${from}〜${to}` : "";
}

/**
 * The invitation list on A4: the meeting (kind, date in 和暦, time, place), then every invitee with
 * the contact an invitation goes to, and an empty column to tick attendance on the day.
 */
export async function printInvitations(
  db: Database,
  actor: Actor,
  locale: Locale,
  id: string,
): Promise<FileResponse> {
  const { meeting, invitees } = await loadInvitations(db, actor, id, "read");
  const p: Translate = (key, params) => translate(locale, `network.meetings.${key}`, params);
  const form = createPdfForm(locale, { title: meeting.title, subtitle: p("invitations.title") });
  form.fields(
    [
      { label: p("fields.kind"), value: p(`kinds.${meeting.kind}`) },
      { label: p("fields.heldOn"), value: `${formDate(meeting.heldOn)} ${timeText(meeting)}`.trim() },
      { label: p("fields.place"), value: meeting.place || "—", span: 2 },
    ],
    2,
  );
  form.section(p("invitations.list", { count: invitees.length })).table(
    [
      { header: p("invitations.no"), width: 0.5, align: "right" },
      { header: p("invitations.name"), width: 3 },
      { header: p("invitations.contact"), width: 2 },
      { header: p("invitations.phone"), width: 1.6 },
      { header: p("invitations.attended"), width: 0.8, align: "center" },
    ],
    invitees.length > 0
      ? invitees.map((row, index) => [
          String(index + 1),
          row.name,
          row.contactName ? p("invitations.honorific", { name: row.contactName }) : "",
          row.phone,
          row.present ? "✓" : "□",
        ])
      : [["", p("invitations.none"), "", "", ""]],
  );
  const body = await form.toBuffer();
  return { filename: pdfFileName(p("invitations.fileName"), meeting.title, meeting.heldOn), body };
}

const mergeColumns = [
  ["postalCode", 10],
  ["address", 40],
  ["organization", 30],
  ["contact", 20],
  ["phone", 16],
  ["email", 28],
] as const;

/**
 * A mail-merge list: 郵便番号, 住所, 宛名 (organization), ご担当者 (name + 様), 電話, メール, one invitee a
 * row; every cell through safeCellValue so no cell starts a formula. Audited as an export.
 */
export async function exportInvitations(
  db: Database,
  actor: Actor,
  locale: Locale,
  id: string,
): Promise<FileResponse> {
  const { meeting, invitees } = await loadInvitations(db, actor, id, "export");
  const p: Translate = (key, params) => translate(locale, `network.meetings.${key}`, params);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(p("mailMerge.sheetName"));
  sheet.columns = mergeColumns.map(([key, width]) => ({
    header: safeCellValue(p(`mailMerge.columns.${key}`)),
    width,
  }));
  for (const row of invitees)
    sheet.addRow(
      [
        row.postalCode,
        row.address,
        row.name,
        row.contactName ? p("invitations.honorific", { name: row.contactName }) : "",
        row.phone,
        row.email,
      ].map((value) => safeCellValue(value)),
    );
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const name = `${p("mailMerge.fileName")}_${meeting.title}_${todayInJapan()}`.replace(
    /[\\/:*?"<>|\s]+/g,
    "",
  );
  return { filename: `${name}.xlsx`, body };
}
