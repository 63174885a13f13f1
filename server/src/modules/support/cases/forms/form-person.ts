import { translate } from "@otagai/shared/i18n/catalogs";
import { ageOn } from "@otagai/shared/japanese/age";
import type { Locale } from "@otagai/shared/platform/locales";
import { formDate } from "../../../../platform/pdf/form-setup.ts";
import type { PdfField } from "../../../../platform/pdf/pdf-form.ts";
import type { SensitiveRow } from "../../participants/sensitive-section.repository.ts";
import type { FormPersonRow } from "./case-forms.repository.ts";

/** The person and the case as every form of the case heads them (the national forms' shared header). */
export type FormSubject = {
  person: FormPersonRow;
  programName: string;
  coordinatorName: string | null;
  openedOn: string;
  /** Only for users with participants.sensitive; undefined otherwise (never printed then). */
  sensitive?: SensitiveRow | null;
};

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** `support.<key>` in the form's language. */
export function supportText(locale: Locale): Translate {
  return (key, params) => translate(locale, `support.${key}`, params);
}

export function personName(person: FormPersonRow): string {
  return `${person.familyName} ${person.givenName}`.trim();
}

/** Name, reading, birth date in 和暦 with the age today, gender, address and contact. */
export function personFields(t: Translate, subject: FormSubject, today: string): PdfField[] {
  const { person } = subject;
  const age = ageOn(person.birthDate, today);
  const birth = person.birthDate
    ? `${formDate(person.birthDate)}${age === null ? "" : `（${t("forms.person.age", { age })}）`}`
    : "—";
  return [
    {
      label: t("forms.person.kana"),
      value: `${person.familyNameKana} ${person.givenNameKana}`.trim(),
      strong: true,
    },
    { label: t("forms.person.gender"), value: person.gender || "—" },
    { label: t("forms.person.name"), value: personName(person), strong: true },
    { label: t("forms.person.birthDate"), value: birth, strong: true },
    {
      label: t("forms.person.address"),
      value: [person.postalCode && `〒${person.postalCode}`, person.address].filter(Boolean).join(" ") || "—",
      span: 2,
    },
    { label: t("forms.person.phone"), value: person.phone || "—" },
    { label: t("forms.person.email"), value: person.email || "—" },
    { label: t("forms.person.program"), value: subject.programName || "—" },
    { label: t("forms.person.coordinator"), value: subject.coordinatorName ?? "—" },
  ];
}

/** The sensitive section's fields (the caller prints them only for users allowed to see them). */
export function sensitiveFields(t: Translate, row: SensitiveRow | null): PdfField[] {
  const text = (
    name: "health" | "disability" | "disabilityCertificate" | "certificateGrade" | "livelihood" | "notes",
  ) => row?.[name] || "—";
  return [
    { label: t("forms.sensitive.health"), value: text("health"), span: 2 },
    { label: t("forms.sensitive.disability"), value: text("disability"), span: 2 },
    { label: t("forms.sensitive.disabilityCertificate"), value: text("disabilityCertificate") },
    { label: t("forms.sensitive.certificateGrade"), value: text("certificateGrade") },
    { label: t("forms.sensitive.livelihood"), value: text("livelihood"), span: 2 },
    {
      label: t("forms.sensitive.benefits"),
      value:
        (row?.benefits ?? []).map((kind) => t(`participants.sensitive.benefits.${kind}`)).join("、") || "—",
      span: 2,
    },
    { label: t("forms.sensitive.notes"), value: text("notes"), span: 2 },
  ];
}
