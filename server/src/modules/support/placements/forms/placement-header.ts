import { formDate } from "../../../../platform/pdf/form-setup.ts";
import type { PdfField } from "../../../../platform/pdf/pdf-form.ts";
import type { FormPersonRow } from "../../cases/forms/case-forms.repository.ts";
import { personName, type Translate } from "../../cases/forms/form-person.ts";
import type { PlacementViewRow } from "../placements.repository.ts";

/** The person and the placement as its forms head them. */
export type PlacementSubject = { placement: PlacementViewRow; person: FormPersonRow };

export function placementFields(t: Translate, { placement, person }: PlacementSubject): PdfField[] {
  const lastDay =
    placement.endedOn && placement.endedOn < placement.endOn ? placement.endedOn : placement.endOn;
  return [
    { label: t("forms.person.name"), value: personName(person), strong: true },
    { label: t("forms.person.kana"), value: `${person.familyNameKana} ${person.givenNameKana}`.trim() },
    { label: t("forms.placement.workplace"), value: placement.workplaceName, span: 2 },
    {
      label: t("forms.placement.period"),
      value: `${formDate(placement.startOn)}〜${formDate(lastDay)}`,
      span: 2,
    },
    {
      label: t("forms.placement.workDays"),
      value: placement.workDays.map((day) => t(`workplaces.weekdays.${day}`)).join("・") || "—",
    },
    { label: t("forms.placement.hours"), value: `${placement.hoursFrom}〜${placement.hoursTo}` },
    { label: t("forms.placement.supervisor"), value: placement.supervisorName || "—" },
    { label: t("forms.placement.coordinator"), value: placement.coordinatorName ?? "—" },
  ];
}
