import type { Locale } from "@otagai/shared/platform/locales";
import type { AccessScope } from "../../../../platform/access/access-scope.ts";
import { type Actor, recordAuditNow } from "../../../../platform/audit/audit.ts";
import type { Database } from "../../../../platform/db/client.ts";
import { AppError } from "../../../../platform/http/app-error.ts";
import type { FileResponse } from "../../../../platform/http/route.ts";
import { todayInJapan } from "../../../../platform/japan-time.ts";
import { pdfFileName } from "../../../../platform/pdf/form-setup.ts";
import { findProgramNames } from "../../../programs/programs.repository.ts";
import { getSensitiveSection } from "../../participants/sensitive-section.repository.ts";
import { sensitiveEntity } from "../../participants/sensitive-section.service.ts";
import { findCurrentPlan, findIntake } from "../case-records.repository.ts";
import { getCaseSummary } from "../cases.repository.ts";
import { renderAssessmentPdf } from "./assessment.pdf.ts";
import * as repository from "./case-forms.repository.ts";
import { type FormSubject, personName, supportText } from "./form-person.ts";
import { renderIntakePdf } from "./intake.pdf.ts";
import { renderPlanPdf } from "./plan.pdf.ts";

/** Who asks for a printed form, and whether their role sees the sensitive section. */
export type FormRequest = {
  db: Database;
  actor: Actor;
  scope: AccessScope;
  locale: Locale;
  withSensitive: boolean;
};

/**
 * The case the user reaches and its person, for a form's header; 404 when the case is not found or
 * outside the user's programs. The sensitive section is read only for users allowed to see it.
 */
export async function loadFormSubject(request: FormRequest, caseId: string): Promise<FormSubject> {
  const { db } = request;
  const summary = await getCaseSummary(db, request.scope, caseId);
  if (!summary) throw new AppError("NOT_FOUND");
  const person = await repository.getFormPerson(db, summary.participantId);
  if (!person) throw new AppError("NOT_FOUND");
  const programNames = await findProgramNames(db, [summary.programId]);
  const subject: FormSubject = {
    person,
    programName: programNames.get(summary.programId) ?? "",
    coordinatorName: summary.leadCoordinatorName,
    openedOn: summary.openedOn,
  };
  if (request.withSensitive) subject.sensitive = (await getSensitiveSection(db, person.id)) ?? null;
  return subject;
}

/** A printed form is a read of the person's record: the case, and the sensitive section when printed. */
export async function auditFormRead(request: FormRequest, caseId: string, subject: FormSubject) {
  await recordAuditNow(request.db, request.actor, { action: "read", entity: "case", recordId: caseId });
  if (subject.sensitive !== undefined)
    await recordAuditNow(request.db, request.actor, {
      action: "read",
      entity: sensitiveEntity,
      recordId: subject.person.id,
    });
}

/** The support plan (the current version, or the one named) as a PDF. */
export async function printPlan(
  request: FormRequest,
  caseId: string,
  planId?: string,
): Promise<FileResponse> {
  const subject = await loadFormSubject(request, caseId);
  // The plan form never prints the sensitive section.
  delete subject.sensitive;
  const plan = planId
    ? await repository.getPlanOfCase(request.db, caseId, planId)
    : await findCurrentPlan(request.db, caseId);
  if (!plan) throw new AppError("NOT_FOUND");
  const body = await renderPlanPdf(request.locale, subject, plan, todayInJapan());
  await auditFormRead(request, caseId, subject);
  const t = supportText(request.locale);
  return {
    filename: pdfFileName(
      t("forms.plan.fileName"),
      personName(subject.person),
      `v${plan.planNumber}`,
      plan.madeOn,
    ),
    body,
  };
}

/** The intake (相談受付・申込票) as a PDF. */
export async function printIntake(request: FormRequest, caseId: string): Promise<FileResponse> {
  const subject = await loadFormSubject(request, caseId);
  const intake = await findIntake(request.db, caseId);
  if (!intake) throw new AppError("NOT_FOUND");
  const receivedBy = await repository.getUserName(request.db, intake.receivedBy);
  const body = await renderIntakePdf(request.locale, subject, intake, receivedBy, todayInJapan());
  await auditFormRead(request, caseId, subject);
  const t = supportText(request.locale);
  return {
    filename: pdfFileName(t("forms.intake.fileName"), personName(subject.person), intake.receivedOn),
    body,
  };
}

/** The latest assessment as a PDF. */
export async function printAssessment(request: FormRequest, caseId: string): Promise<FileResponse> {
  const subject = await loadFormSubject(request, caseId);
  const assessment = await repository.findLatestAssessment(request.db, caseId);
  if (!assessment) throw new AppError("NOT_FOUND");
  const body = await renderAssessmentPdf(request.locale, subject, assessment, todayInJapan());
  await auditFormRead(request, caseId, subject);
  const t = supportText(request.locale);
  return {
    filename: pdfFileName(t("forms.assessment.fileName"), personName(subject.person), assessment.assessedOn),
    body,
  };
}
