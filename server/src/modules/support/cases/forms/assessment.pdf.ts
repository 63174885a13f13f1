import type { Locale } from "@otagai/shared/platform/locales";
import { assessmentAreas } from "@otagai/shared/support/cases";
import { createPdfForm, formDate } from "../../../../platform/pdf/form-setup.ts";
import type { AssessmentRow } from "../case-records.repository.ts";
import { type FormSubject, personFields, sensitiveFields, supportText } from "./form-person.ts";

type Areas = Record<string, { level: number | null; notes: string } | undefined>;

/** The assessment sheet: each area's level and notes, the summary; the sensitive section for users allowed. */
export async function renderAssessmentPdf(
  locale: Locale,
  subject: FormSubject,
  assessment: AssessmentRow,
  today: string,
): Promise<Buffer> {
  const t = supportText(locale);
  const form = createPdfForm(locale, {
    title: t("forms.assessment.title"),
    subtitle: `${t("cases.assessment.assessedOn")} ${formDate(assessment.assessedOn)}`,
  });
  form.section(t("forms.person.title")).fields(personFields(t, subject, today));
  const areas = assessment.areas as Areas;
  form.section(t("forms.assessment.section")).table(
    [
      { header: t("cases.assessment.area"), width: 1.2 },
      { header: t("cases.assessment.level"), width: 1.8 },
      { header: t("cases.assessment.notes"), width: 4 },
    ],
    assessmentAreas.map((area) => {
      const entry = areas[area];
      const level = entry?.level;
      return [
        t(`cases.assessmentAreas.${area}`),
        level ? `${level}　${t(`cases.assessmentLevels.${level}`)}` : t("cases.assessmentLevelNone"),
        entry?.notes ?? "",
      ];
    }),
  );
  form.note(t("forms.assessment.levels"));
  form.textBlock(t("cases.assessment.summary"), assessment.summary);
  if (subject.sensitive !== undefined)
    form.section(t("forms.sensitive.title")).fields(sensitiveFields(t, subject.sensitive));
  return form.toBuffer();
}
