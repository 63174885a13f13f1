import type { Figures, figuresQuerySchema } from "@otagai/shared/consultation/figures";
import { translate } from "@otagai/shared/i18n/catalogs";
import { toWareki } from "@otagai/shared/japanese/era";
import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import type { Locale } from "@otagai/shared/platform/locales";
import ExcelJS from "exceljs";
import type { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { safeCellValue } from "../../../platform/export/spreadsheet-cell.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { getFigures } from "./figures.service.ts";

type Cell = string | number | null;
type Sheet = { name: string; header: string[]; rows: Cell[][]; widths?: number[] };

/** "令和8年4月1日〜令和9年3月31日": the period in 和暦, as the association's reports give it. */
export function warekiPeriod(period: { from: string; to: string }): string {
  return `${toWareki(period.from) ?? period.from}〜${toWareki(period.to) ?? period.to}`;
}

/** A fixed category by its catalog name, the desk's own by the name given. */
function categoryName(row: { code: string | null; name: string }, locale: Locale): string {
  const key = `consultation.fixedCategories.${row.code}`;
  const label = row.code ? translate(locale, key) : key;
  return label === key ? row.name : label;
}

/** The sheets of the workbook: a summary, then one per breakdown, headers in the user's language. */
export function figuresSheets(figures: Figures, locale: Locale, today: string): Sheet[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const f = (key: string, params?: Record<string, string | number>) =>
    t(`consultation.figures.${key}`, params);
  const month = (key: string) =>
    f("month", { year: key.slice(0, 4), month: Number(key.slice(5, 7)), mm: key.slice(5, 7) });
  const { consultations, referrals, appointments, period } = figures;
  const statusHeaders = referrals.byStatus.map((row) => f(`referralStatuses.${row.status}`));
  const appointmentHeaders = (["booked", "kept", "missed", "cancelled"] as const).map((status) =>
    f(`appointmentStatuses.${status}`),
  );
  return [
    {
      name: f("summary.heading"),
      header: [f("file.title"), ""],
      widths: [28, 44],
      rows: [
        [f("file.period"), `${period.from}〜${period.to}`],
        [f("file.wareki"), warekiPeriod(period)],
        ...(period.fiscalYear !== null
          ? [[f("file.fiscalYear"), fiscalYearLabel(period.fiscalYear) ?? String(period.fiscalYear)]]
          : []),
        [f("summary.consultations"), consultations.total],
        [f("summary.minutes"), consultations.minutes.total],
        [f("summary.referrals"), referrals.total],
        [f("summary.appointmentsKept"), appointments.totals.kept],
        [f("summary.appointmentsMissed"), appointments.totals.missed],
        [f("file.createdOn"), `${today}（${toWareki(today) ?? ""}）`],
      ],
    },
    {
      name: f("sections.byCategory"),
      header: [f("columns.category"), f("columns.count"), f("columns.minutes")],
      widths: [44, 10, 14],
      rows: consultations.byCategory.map((row) => [categoryName(row, locale), row.count, row.minutes]),
    },
    {
      name: f("sections.byChannel"),
      header: [f("columns.channel"), f("columns.count")],
      rows: consultations.byChannel.map((row) => [t(`consultation.channels.${row.channel}`), row.count]),
    },
    {
      name: f("sections.byConcernTopic"),
      header: [f("columns.topic"), f("columns.count")],
      rows: consultations.byConcernTopic.map((row) => [t(`support.concernTopics.${row.topic}`), row.count]),
    },
    {
      name: f("sections.byOutcomeRoute"),
      header: [f("columns.route"), f("columns.count")],
      rows: consultations.byOutcomeRoute.map((row) => [
        row.route === "unset" ? f("unsetRoute") : t(`consultation.outcomeRoutes.${row.route}`),
        row.count,
      ]),
    },
    {
      name: f("sections.byMonth"),
      header: [f("columns.month"), f("columns.count"), f("columns.minutes")],
      rows: consultations.byMonth.map((row) => [month(row.month), row.count, row.minutes]),
    },
    {
      name: f("sections.referralsByStatus"),
      header: [f("columns.status"), f("columns.count")],
      rows: referrals.byStatus.map((row) => [f(`referralStatuses.${row.status}`), row.count]),
    },
    {
      name: f("sections.referralsByDestination"),
      header: [f("columns.kind"), f("columns.destination"), ...statusHeaders, f("columns.total")],
      widths: [12, 36],
      rows: referrals.byDestination.map((row) => [
        f(`destinationKinds.${row.kind}`),
        row.name,
        ...referrals.byStatus.map((status) => row.byStatus[status.status]),
        row.total,
      ]),
    },
    {
      name: f("sections.appointmentsByMonth"),
      header: [f("columns.month"), ...appointmentHeaders],
      rows: appointments.byMonth.map((row) => [
        month(row.month),
        row.booked,
        row.kept,
        row.missed,
        row.cancelled,
      ]),
    },
  ];
}

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
}

/**
 * The figures as an Excel workbook, one sheet per breakdown. Every text cell goes through
 * safeCellValue: category and agency names are typed by people (no formula injection).
 */
export async function exportFigures(
  db: Database,
  query: z.output<typeof figuresQuerySchema>,
  options: { locale: Locale },
): Promise<FileResponse> {
  const figures = await getFigures(db, query);
  const today = todayInJapan();
  const workbook = new ExcelJS.Workbook();
  for (const sheet of figuresSheets(figures, options.locale, today)) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name));
    worksheet.columns = sheet.header.map((header, index) => ({
      header: safeCellValue(header),
      width: sheet.widths?.[index] ?? (index === 0 ? 24 : 12),
    }));
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => safeCellValue(cell)));
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const name = translate(options.locale, "consultation.figures.file.fileName");
  return { filename: `${name}-${figures.period.from}-${figures.period.to}.xlsx`, body };
}
