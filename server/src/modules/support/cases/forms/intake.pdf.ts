import type { Locale } from "@otagai/shared/platform/locales";
import { concernTopics } from "@otagai/shared/support/concern-topics";
import { createPdfForm, formDate } from "../../../../platform/pdf/form-setup.ts";
import type { IntakeRow } from "../case-records.repository.ts";
import { type FormSubject, personFields, sensitiveFields, supportText } from "./form-person.ts";

/**
 * The national 相談受付・申込票: the A票 (reception, the person, the sixteen concern topics with ◎
 * on the most pressing, the application the person signs) and the B票 (the living situation, from
 * the sensitive section, printed only for users allowed to see it).
 */
export async function renderIntakePdf(
  locale: Locale,
  subject: FormSubject,
  intake: IntakeRow,
  receivedByName: string | null,
  today: string,
): Promise<Buffer> {
  const t = supportText(locale);
  const form = createPdfForm(locale, { title: t("forms.intake.title"), subtitle: t("forms.intake.sheetA") });
  form.section(t("forms.intake.reception")).fields([
    { label: t("cases.intake.receivedOn"), value: formDate(intake.receivedOn), strong: true },
    { label: t("cases.intake.receivedBy"), value: receivedByName ?? "—" },
    { label: t("cases.intake.howCame"), value: intake.howCame || "—", span: 2 },
    { label: t("cases.intake.accompaniedBy"), value: intake.accompaniedBy || "—", span: 2 },
  ]);
  form.section(t("forms.person.title")).fields(personFields(t, subject, today));

  const mark = (topic: string) =>
    topic === intake.pressingTopic
      ? t("forms.intake.pressing")
      : intake.concernTopics.includes(topic)
        ? t("forms.intake.chosen")
        : "";
  const rows: string[][] = [];
  for (let index = 0; index < concernTopics.length; index += 4) {
    rows.push(
      concernTopics.slice(index, index + 4).flatMap((topic) => [mark(topic), t(`concernTopics.${topic}`)]),
    );
  }
  const topicColumns = [0, 1, 2, 3].flatMap(() => [
    { header: "", width: 0.35, align: "center" as const },
    { header: "", width: 1.65 },
  ]);
  form.section(t("forms.intake.topics")).table(topicColumns, rows);
  form.fields([
    { label: t("cases.intake.urgency"), value: t(`cases.urgencies.${intake.urgency}`), strong: true },
    {
      label: t("cases.intake.screeningRoute"),
      value: t(`cases.screeningRoutes.${intake.screeningRoute}`),
      strong: true,
    },
  ]);
  form.textBlock(t("cases.intake.notes"), intake.notes);
  form.section(t("forms.intake.application"));
  form.note(t("forms.intake.applicationText"));
  form.signatures([t("forms.intake.signatureDate"), t("forms.intake.signatureParticipant")]);

  form.pageBreak();
  form.section(t("forms.intake.sheetB"));
  if (subject.sensitive !== undefined) {
    form.section(t("forms.sensitive.title")).fields(sensitiveFields(t, subject.sensitive));
  } else {
    form.note(t("forms.intake.sensitiveHidden"));
  }
  return form.toBuffer();
}
