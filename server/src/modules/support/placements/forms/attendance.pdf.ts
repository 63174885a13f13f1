import { warekiYear } from "@otagai/shared/japanese/era";
import type { Locale } from "@otagai/shared/platform/locales";
import { type AttendanceStatus, attendedStatuses } from "@otagai/shared/support/attendance";
import { createPdfForm } from "../../../../platform/pdf/form-setup.ts";
import { supportText } from "../../cases/forms/form-person.ts";
import { eachDay, weekdayOf } from "../placement-calendar.ts";
import type { FormAttendanceRow } from "./placement-forms.repository.ts";
import { type PlacementSubject, placementFields } from "./placement-header.ts";

/** "令和8年11月": the month as the sheet's title names it. */
export function warekiMonth(month: string): string {
  return `${warekiYear(`${month}-01`) ?? month.slice(0, 4)}${Number(month.slice(5, 7))}月`;
}

/**
 * A placement's attendance for one month: every day of the month with its weekday, whether the
 * weekly schedule names it, the status, hours and notes; the month's counts; the signatures of the
 * workplace and the coordinator.
 */
export async function renderAttendancePdf(
  locale: Locale,
  subject: PlacementSubject,
  month: { month: string; from: string; to: string },
  days: FormAttendanceRow[],
): Promise<Buffer> {
  const t = supportText(locale);
  const form = createPdfForm(locale, {
    title: t("forms.attendance.title"),
    subtitle: t("forms.attendance.month", { month: warekiMonth(month.month) }),
  });
  form.section(t("forms.placement.section")).fields(placementFields(t, subject));
  const { placement } = subject;
  const byDay = new Map(days.map((day) => [day.day, day]));
  const rows = eachDay(month.from, month.to).map((day) => {
    const weekday = weekdayOf(day);
    const entry = byDay.get(day);
    const inPeriod = day >= placement.startOn && day <= placement.endOn;
    return [
      `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`,
      t(`workplaces.weekdays.${weekday}`),
      inPeriod && placement.workDays.includes(weekday) ? "●" : "",
      entry ? t(`forms.attendance.statuses.${entry.status}`) : "",
      entry?.hours != null ? String(entry.hours) : "",
      entry ? [entry.absenceReason, entry.note].filter(Boolean).join(" / ") : "",
    ];
  });
  form.table(
    [
      { header: t("forms.attendance.day"), width: 1.1 },
      { header: t("forms.attendance.weekday"), width: 0.6, align: "center" },
      { header: t("forms.attendance.scheduled"), width: 0.7, align: "center" },
      { header: t("forms.attendance.status"), width: 0.9, align: "center" },
      { header: t("forms.attendance.hours"), width: 0.7, align: "right" },
      { header: t("forms.attendance.note"), width: 4 },
    ],
    rows,
    { compact: true },
  );
  const count = (status: AttendanceStatus) => days.filter((day) => day.status === status).length;
  const hours = days
    .filter((day) => attendedStatuses.includes(day.status as AttendanceStatus))
    .reduce((sum, day) => sum + (day.hours ?? 0), 0);
  form.note(
    t("forms.attendance.summary", {
      recorded: days.length,
      present: count("present"),
      late: count("late"),
      leftEarly: count("left_early"),
      absent: count("absent"),
      hours,
    }),
    { bold: true },
  );
  form.signatures([t("forms.attendance.signatureWorkplace"), t("forms.attendance.signatureCoordinator")]);
  return form.toBuffer();
}
