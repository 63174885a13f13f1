import type { Locale } from "@otagai/shared/platform/locales";
import { createPdfForm, formDate } from "../../../../platform/pdf/form-setup.ts";
import type { PlanRow } from "../case-records.repository.ts";
import { type FormSubject, personFields, supportText } from "./form-person.ts";

type Goal = {
  area: string;
  goal: string;
  actions: { action: string; by: string; targetOn: string | null }[];
};

/**
 * The support plan in the layout of the national プラン兼事業等利用申込書: the person, the plan's
 * dates, the goals in the three areas with their actions, and the consent the person signs.
 */
export async function renderPlanPdf(
  locale: Locale,
  subject: FormSubject,
  plan: PlanRow,
  today: string,
): Promise<Buffer> {
  const t = supportText(locale);
  const form = createPdfForm(locale, {
    title: t("forms.plan.title"),
    subtitle: t("forms.plan.version", { number: plan.planNumber }),
  });
  form.section(t("forms.person.title")).fields(personFields(t, subject, today));
  form.section(t("forms.plan.section")).fields(
    [
      { label: t("forms.plan.madeOn"), value: formDate(plan.madeOn), strong: true },
      { label: t("forms.plan.reviewOn"), value: formDate(plan.reviewOn) },
      { label: t("forms.person.openedOn"), value: formDate(subject.openedOn) },
      { label: t("forms.plan.agreedOn"), value: formDate(plan.agreedOn), strong: true },
    ],
    2,
  );
  const rows: string[][] = [];
  for (const goal of plan.goals as Goal[]) {
    const area = t(`cases.goalAreas.${goal.area}`);
    if (goal.actions.length === 0) rows.push([area, goal.goal, "—", "", ""]);
    goal.actions.forEach((action, index) => {
      rows.push([
        index === 0 ? area : "",
        index === 0 ? goal.goal : "",
        action.action,
        action.by,
        action.targetOn ? formDate(action.targetOn) : "",
      ]);
    });
  }
  form.section(t("forms.plan.goals")).table(
    [
      { header: t("forms.plan.area"), width: 1.1 },
      { header: t("forms.plan.goal"), width: 2.4 },
      { header: t("forms.plan.action"), width: 2.4 },
      { header: t("forms.plan.by"), width: 1 },
      { header: t("forms.plan.targetOn"), width: 1.3 },
    ],
    rows,
  );
  form.textBlock(t("forms.plan.notes"), plan.notes);
  form.note(t("forms.plan.consent"));
  form.signatures([
    t("forms.plan.signatureDate"),
    t("forms.plan.signatureParticipant"),
    t("forms.plan.signatureCoordinator"),
  ]);
  return form.toBuffer();
}
