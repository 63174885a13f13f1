import type { Locale } from "@otagai/shared/platform/locales";
import { evaluationCriteria } from "@otagai/shared/support/evaluations";
import { createPdfForm, formDate } from "../../../../platform/pdf/form-setup.ts";
import { supportText } from "../../cases/forms/form-person.ts";
import type { FormEvaluationRow } from "./placement-forms.repository.ts";
import { type PlacementSubject, placementFields } from "./placement-header.ts";

/**
 * A placement's evaluation for one term: each criterion's score by the workplace and by the
 * coordinator side by side, the days they evaluated and their comments.
 */
export async function renderEvaluationPdf(
  locale: Locale,
  subject: PlacementSubject,
  term: { term: number; from: string; to: string },
  evaluations: FormEvaluationRow[],
): Promise<Buffer> {
  const t = supportText(locale);
  const form = createPdfForm(locale, {
    title: t("forms.evaluation.title"),
    subtitle: t("forms.evaluation.term", {
      term: term.term,
      from: formDate(term.from),
      to: formDate(term.to),
    }),
  });
  form.section(t("forms.placement.section")).fields(placementFields(t, subject));
  const workplace = evaluations.find((row) => row.evaluator === "workplace");
  const coordinator = evaluations.find((row) => row.evaluator === "coordinator");
  const score = (row: FormEvaluationRow | undefined, criterion: (typeof evaluationCriteria)[number]) =>
    row ? String(row[criterion]) : "";
  form.table(
    [
      { header: t("forms.evaluation.criterion"), width: 3 },
      { header: t("forms.evaluation.workplace"), width: 1.2, align: "center" },
      { header: t("forms.evaluation.coordinator"), width: 1.2, align: "center" },
    ],
    [
      ...evaluationCriteria.map((criterion) => [
        t(`forms.evaluation.criteria.${criterion}`),
        score(workplace, criterion),
        score(coordinator, criterion),
      ]),
      [
        t("forms.evaluation.evaluatedOn"),
        workplace ? formDate(workplace.evaluatedOn) : t("forms.evaluation.notRecorded"),
        coordinator ? formDate(coordinator.evaluatedOn) : t("forms.evaluation.notRecorded"),
      ],
    ],
  );
  form.note(t("forms.evaluation.scale"));
  form.textBlock(
    `${t("forms.evaluation.comments")}（${t("forms.evaluation.workplace")}）`,
    workplace?.comments ?? "",
  );
  form.textBlock(
    `${t("forms.evaluation.comments")}（${t("forms.evaluation.coordinator")}）`,
    coordinator?.comments ?? "",
  );
  form.signatures([t("forms.evaluation.workplace"), t("forms.evaluation.coordinator")]);
  return form.toBuffer();
}
