import { daysInMonth } from "@otagai/shared/japanese/calendar-date";
import type { Locale } from "@otagai/shared/platform/locales";
import type { AccessScope } from "../../../../platform/access/access-scope.ts";
import { type Actor, recordAuditNow } from "../../../../platform/audit/audit.ts";
import type { Database } from "../../../../platform/db/client.ts";
import { AppError } from "../../../../platform/http/app-error.ts";
import type { FileResponse } from "../../../../platform/http/route.ts";
import { todayInJapan } from "../../../../platform/japan-time.ts";
import { formDate, pdfFileName } from "../../../../platform/pdf/form-setup.ts";
import { getFormPerson } from "../../cases/forms/case-forms.repository.ts";
import { personName, supportText } from "../../cases/forms/form-person.ts";
import { termsOf } from "../placement-calendar.ts";
import { getPlacementView } from "../placements.repository.ts";
import { renderAttendancePdf } from "./attendance.pdf.ts";
import { renderEvaluationPdf } from "./evaluation.pdf.ts";
import * as repository from "./placement-forms.repository.ts";
import type { PlacementSubject } from "./placement-header.ts";

export type PlacementFormRequest = { db: Database; actor: Actor; scope: AccessScope; locale: Locale };

/** The placement when the user reaches its case (404 otherwise), with its person. */
async function loadSubject(request: PlacementFormRequest, placementId: string): Promise<PlacementSubject> {
  const placement = await getPlacementView(request.db, placementId, request.scope);
  if (!placement) throw new AppError("NOT_FOUND");
  const person = await getFormPerson(request.db, placement.participantId);
  if (!person) throw new AppError("NOT_FOUND");
  return { placement, person };
}

function outOfPeriod(subject: PlacementSubject): AppError {
  return new AppError("OUT_OF_PERIOD", [], {
    from: formDate(subject.placement.startOn),
    to: formDate(subject.placement.endOn),
  });
}

async function auditRead(request: PlacementFormRequest, placementId: string) {
  await recordAuditNow(request.db, request.actor, {
    action: "read",
    entity: "placement",
    recordId: placementId,
  });
}

/** This month in Japan, or the placement's first or last month when it is not under way now. */
function defaultMonth(subject: PlacementSubject): string {
  const month = todayInJapan().slice(0, 7);
  const first = subject.placement.startOn.slice(0, 7);
  const last = subject.placement.endOn.slice(0, 7);
  // Compared as "YYYY-MM" text (Math.min does not apply to strings).
  if (month < first) return first;
  if (month > last) return last;
  return month;
}

/** One month's attendance sheet; 422 when the month is outside the placement's period. */
export async function printAttendance(
  request: PlacementFormRequest,
  placementId: string,
  requestedMonth: string | undefined,
): Promise<FileResponse> {
  const subject = await loadSubject(request, placementId);
  const month = requestedMonth ?? defaultMonth(subject);
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const from = `${month}-01`;
  const to = `${month}-${String(daysInMonth(year, monthNumber)).padStart(2, "0")}`;
  if (to < subject.placement.startOn || from > subject.placement.endOn) throw outOfPeriod(subject);
  const days = await repository.findAttendanceBetween(request.db, placementId, from, to);
  const body = await renderAttendancePdf(request.locale, subject, { month, from, to }, days);
  await auditRead(request, placementId);
  const t = supportText(request.locale);
  return { filename: pdfFileName(t("forms.attendance.fileName"), personName(subject.person), month), body };
}

/** One term's evaluation sheet; 422 when the placement has no such term. */
export async function printEvaluation(
  request: PlacementFormRequest,
  placementId: string,
  term: number,
): Promise<FileResponse> {
  const subject = await loadSubject(request, placementId);
  const period = termsOf(subject.placement).find((candidate) => candidate.term === term);
  if (!period) throw outOfPeriod(subject);
  const evaluations = await repository.findTermEvaluations(request.db, placementId, term);
  const body = await renderEvaluationPdf(request.locale, subject, period, evaluations);
  await auditRead(request, placementId);
  const t = supportText(request.locale);
  return {
    filename: pdfFileName(t("forms.evaluation.fileName"), personName(subject.person), `term${term}`),
    body,
  };
}
