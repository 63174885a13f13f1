import { translate } from "@otagai/shared/i18n/catalogs";
import type { Locale } from "@otagai/shared/platform/locales";
import {
  type CaseRecordKind,
  type CaseRequirement,
  type CaseStatus,
  caseRecordStatuses,
} from "@otagai/shared/support/case-flow";
import { AppError, type FieldProblem } from "../../../platform/http/app-error.ts";

/**
 * The refusals of the case flow (CASE_STEP_NOT_ALLOWED, 409), worded in the caller's language: the
 * message names what is missing or why the step cannot happen now, and each missing requirement is
 * also a field (its code the requirement's key) for the page to point at.
 */
function list(locale: Locale, texts: string[]): string {
  return texts.join(translate(locale, "support.cases.refusals.listSeparator"));
}

const statusName = (locale: Locale, status: CaseStatus) =>
  translate(locale, `support.cases.statuses.${status}`);
const quoted = (locale: Locale, text: string) => translate(locale, "support.cases.refusals.quoted", { text });
const requirementName = (locale: Locale, requirement: CaseRequirement) =>
  translate(locale, `support.cases.requirements.${requirement}`);

/** The transition's requirements that the case's records do not meet. */
export function requirementsMissing(locale: Locale, missing: CaseRequirement[]): AppError {
  const fields: FieldProblem[] = missing.map((requirement) => ({
    path: requirement === "closure" ? "body.closure" : "body.to",
    code: requirement,
    messageKey: "caseRequirementMissing",
    params: { requirement: requirementName(locale, requirement) },
  }));
  const reason = translate(locale, "support.cases.refusals.missing", {
    missing: list(
      locale,
      missing.map((requirement) => requirementName(locale, requirement)),
    ),
  });
  return new AppError("CASE_STEP_NOT_ALLOWED", fields, { reason });
}

/** A transition the flow table does not have (intake → active, anything out of closed). */
export function transitionNotInFlow(locale: Locale, from: CaseStatus, to: CaseStatus): AppError {
  const reason = translate(locale, "support.cases.refusals.notInFlow", {
    from: statusName(locale, from),
    to: statusName(locale, to),
  });
  return new AppError(
    "CASE_STEP_NOT_ALLOWED",
    [{ path: "body.to", code: "not_in_flow", messageKey: "invalidOption" }],
    {
      reason,
    },
  );
}

/** A step record added while the case is at a step that does not take it (case-flow.ts caseRecordStatuses). */
export function recordNotNow(locale: Locale, kind: CaseRecordKind, status: CaseStatus): AppError {
  const reason =
    status === "closed"
      ? translate(locale, "support.cases.refusals.closed")
      : translate(locale, "support.cases.refusals.recordNotNow", {
          statuses: list(
            locale,
            caseRecordStatuses[kind].map((allowed) => quoted(locale, statusName(locale, allowed))),
          ),
          status: quoted(locale, statusName(locale, status)),
        });
  return new AppError("CASE_STEP_NOT_ALLOWED", [], { reason });
}
