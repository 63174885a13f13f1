import { daysInMonth } from "@otagai/shared/japanese/calendar-date";
import { warekiYear } from "@otagai/shared/japanese/era";
import { type AttendanceStatus, attendedStatuses } from "@otagai/shared/support/attendance";
import { evaluationCriteria } from "@otagai/shared/support/evaluations";
import type { Placement } from "@otagai/shared/support/placements";
import { type Weekday, weekdays } from "@otagai/shared/support/workplaces";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { todayInJapan } from "../cases/components/dates";
import { isPlacementId, usePlacement } from "../placements/api/placements";
import { useAttendance } from "../placements/attendance/attendance-api";
import { useEvaluations } from "../placements/evaluations/evaluations-api";
import {
  type PrintField,
  PrintFields,
  PrintSheet,
  PrintSignatures,
  PrintTable,
  printDate,
} from "./print-sheet";

const attendanceRoute = getRouteApi("/_authenticated/support/placements/$id/print/attendance");
const evaluationRoute = getRouteApi("/_authenticated/support/placements/$id/print/evaluation");

function placementBase(id: string) {
  return `/api/placements/${encodeURIComponent(id)}`;
}

function BackToPlacement({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/support/placements/$id" params={{ id }} search={{}} size="sm">
      {t("print.back")}
    </AnchorLink>
  );
}

function usePlacementFields(placement: Placement): PrintField[] {
  const { t } = useTranslation();
  const lastDay =
    placement.endedOn && placement.endedOn < placement.endOn ? placement.endedOn : placement.endOn;
  return [
    { label: t("support.forms.person.name"), value: placement.participantName, strong: true },
    { label: t("support.forms.placement.workplace"), value: placement.workplaceName },
    {
      label: t("support.forms.placement.period"),
      value: `${printDate(placement.startOn)}〜${printDate(lastDay)}`,
      span: 2,
    },
    {
      label: t("support.forms.placement.workDays"),
      value: placement.workDays.map((day) => t(`support.workplaces.weekdays.${day}`)).join("・"),
    },
    { label: t("support.forms.placement.hours"), value: `${placement.hoursFrom}〜${placement.hoursTo}` },
    { label: t("support.forms.placement.supervisor"), value: placement.supervisorName },
    { label: t("support.forms.placement.coordinator"), value: placement.coordinatorName ?? "" },
  ];
}

/** The month to show: the one asked for, or this month within the placement's period (as the PDF does). */
function monthOf(placement: Placement, requested: string | undefined): string {
  if (requested) return requested;
  const month = todayInJapan().slice(0, 7);
  const first = placement.startOn.slice(0, 7);
  const last = placement.endOn.slice(0, 7);
  // Compared as "YYYY-MM" text (Math.min does not apply to strings).
  if (month < first) return first;
  if (month > last) return last;
  return month;
}

function weekdayOf(isoDate: string): Weekday {
  const [year, month, day] = isoDate.split("-").map(Number);
  return weekdays[(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay() + 6) % 7] as Weekday;
}

export function PlacementAttendancePrintPage(): JSX.Element {
  const { id } = attendanceRoute.useParams();
  const { month } = attendanceRoute.useSearch();
  const placement = usePlacement(id);
  if (!isPlacementId(id) || (isApiError(placement.error) && placement.error.status === 404))
    return <NotFoundPage />;
  if (placement.error) return <ErrorState error={placement.error} onRetry={() => void placement.refetch()} />;
  if (!placement.data) return <LoadingState />;
  return <AttendanceSheet placement={placement.data} month={monthOf(placement.data, month)} />;
}

function AttendanceSheet({ placement, month }: { placement: Placement; month: string }) {
  const { t } = useTranslation();
  const fields = usePlacementFields(placement);
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const from = `${month}-01`;
  const to = `${month}-${String(daysInMonth(year, monthNumber)).padStart(2, "0")}`;
  const attendance = useAttendance(placementBase(placement.id), from, to);
  if (attendance.error)
    return <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />;
  if (!attendance.data) return <LoadingState />;
  const byDay = new Map(attendance.data.days.map((day) => [day.day, day]));
  const days = Array.from(
    { length: daysInMonth(year, monthNumber) },
    (_, index) => `${month}-${String(index + 1).padStart(2, "0")}`,
  );
  const recorded = attendance.data.days;
  const count = (status: AttendanceStatus) => recorded.filter((day) => day.status === status).length;
  const hours = recorded
    .filter((day) => attendedStatuses.includes(day.status))
    .reduce((sum, day) => sum + (day.hours ?? 0), 0);
  const monthLabel = `${warekiYear(from) ?? year}${monthNumber}月`;
  return (
    <PrintSheet
      title={t("support.forms.attendance.title")}
      subtitle={t("support.forms.attendance.month", { month: monthLabel })}
      pdfUrl={`${placementBase(placement.id)}/pdf/attendance?month=${month}`}
      back={<BackToPlacement id={placement.id} />}
    >
      <section>
        <h2>{t("support.forms.placement.section")}</h2>
        <PrintFields fields={fields} />
      </section>
      <PrintTable
        headers={[
          t("support.forms.attendance.day"),
          t("support.forms.attendance.weekday"),
          t("support.forms.attendance.scheduled"),
          t("support.forms.attendance.status"),
          t("support.forms.attendance.hours"),
          t("support.forms.attendance.note"),
        ]}
        widths={[14, 8, 9, 11, 9, 49]}
        rows={days.map((day) => {
          const weekday = weekdayOf(day);
          const entry = byDay.get(day);
          const scheduled =
            day >= placement.startOn && day <= placement.endOn && placement.workDays.includes(weekday);
          return {
            key: day,
            cells: [
              `${monthNumber}月${Number(day.slice(8, 10))}日`,
              t(`support.workplaces.weekdays.${weekday}`),
              scheduled ? "●" : "",
              entry ? t(`support.forms.attendance.statuses.${entry.status}`) : "",
              entry?.hours != null ? String(entry.hours) : "",
              entry ? [entry.absenceReason, entry.note].filter(Boolean).join(" / ") : "",
            ],
          };
        })}
      />
      <p className="print-note">
        <strong>
          {t("support.forms.attendance.summary", {
            recorded: recorded.length,
            present: count("present"),
            late: count("late"),
            leftEarly: count("left_early"),
            absent: count("absent"),
            hours,
          })}
        </strong>
      </p>
      <PrintSignatures
        labels={[
          t("support.forms.attendance.signatureWorkplace"),
          t("support.forms.attendance.signatureCoordinator"),
        ]}
      />
    </PrintSheet>
  );
}

export function PlacementEvaluationPrintPage(): JSX.Element {
  const { id } = evaluationRoute.useParams();
  const { term } = evaluationRoute.useSearch();
  const placement = usePlacement(id);
  if (!isPlacementId(id) || (isApiError(placement.error) && placement.error.status === 404))
    return <NotFoundPage />;
  if (placement.error) return <ErrorState error={placement.error} onRetry={() => void placement.refetch()} />;
  if (!placement.data) return <LoadingState />;
  return <EvaluationSheet placement={placement.data} term={term ?? 1} />;
}

function EvaluationSheet({ placement, term }: { placement: Placement; term: number }) {
  const { t } = useTranslation();
  const fields = usePlacementFields(placement);
  const evaluations = useEvaluations(placementBase(placement.id));
  if (evaluations.error)
    return <ErrorState error={evaluations.error} onRetry={() => void evaluations.refetch()} />;
  if (!evaluations.data) return <LoadingState />;
  const found = evaluations.data.terms.find((candidate) => candidate.term === term);
  if (!found) return <NotFoundPage />;
  const { workplace, coordinator } = found;
  const notRecorded = t("support.forms.evaluation.notRecorded");
  return (
    <PrintSheet
      title={t("support.forms.evaluation.title")}
      subtitle={t("support.forms.evaluation.term", {
        term,
        from: printDate(found.from),
        to: printDate(found.to),
      })}
      pdfUrl={`${placementBase(placement.id)}/pdf/evaluation?term=${term}`}
      back={<BackToPlacement id={placement.id} />}
    >
      <section>
        <h2>{t("support.forms.placement.section")}</h2>
        <PrintFields fields={fields} />
      </section>
      <PrintTable
        headers={[
          t("support.forms.evaluation.criterion"),
          t("support.forms.evaluation.workplace"),
          t("support.forms.evaluation.coordinator"),
        ]}
        widths={[60, 20, 20]}
        rows={[
          ...evaluationCriteria.map((criterion) => ({
            key: criterion,
            cells: [
              t(`support.forms.evaluation.criteria.${criterion}`),
              workplace ? String(workplace.scores[criterion]) : "",
              coordinator ? String(coordinator.scores[criterion]) : "",
            ],
          })),
          {
            key: "evaluatedOn",
            cells: [
              t("support.forms.evaluation.evaluatedOn"),
              workplace ? printDate(workplace.evaluatedOn) : notRecorded,
              coordinator ? printDate(coordinator.evaluatedOn) : notRecorded,
            ],
          },
        ]}
      />
      <p className="print-note">{t("support.forms.evaluation.scale")}</p>
      <section>
        <h2>{`${t("support.forms.evaluation.comments")}（${t("support.forms.evaluation.workplace")}）`}</h2>
        <div className="print-block">{workplace?.comments || "—"}</div>
      </section>
      <section>
        <h2>{`${t("support.forms.evaluation.comments")}（${t("support.forms.evaluation.coordinator")}）`}</h2>
        <div className="print-block">{coordinator?.comments || "—"}</div>
      </section>
      <PrintSignatures
        labels={[t("support.forms.evaluation.workplace"), t("support.forms.evaluation.coordinator")]}
      />
    </PrintSheet>
  );
}
