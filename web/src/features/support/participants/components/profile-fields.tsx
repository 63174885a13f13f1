import { Autocomplete, Fieldset, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormPostalCodeField } from "../../../../components/postal-code-field";
import type { ProfileValues } from "../profile-values";
import { BirthDateField } from "./birth-date-field";

const referralSourceKeys = [
  "self",
  "family",
  "welfareOffice",
  "helloWork",
  "saposute",
  "socialWelfareCouncil",
  "medical",
  "school",
  "consultationDesk",
  "other",
] as const;

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} radius="md">
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  );
}

/**
 * The profile's inputs in the order of an intake sheet (name and reading, birth, contact,
 * emergency contact, referral), for registration and editing alike.
 */
export function ProfileFields<T extends ProfileValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  const label = (field: keyof ProfileValues) => t(`support.participants.fields.${field}`);
  const text = (field: keyof ProfileValues) => ({
    label: label(field),
    autoComplete: "off",
    ...form.getInputProps(field),
  });
  const below = ["label", "input", "description", "error"] as ("label" | "input" | "description" | "error")[];

  return (
    <Stack gap="md">
      <Section legend={t("support.participants.sections.name")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput required {...text("familyName")} />
          <TextInput {...text("givenName")} />
          <TextInput
            required
            lang="ja"
            description={t("support.participants.help.kana")}
            inputWrapperOrder={below}
            {...text("familyNameKana")}
          />
          <TextInput
            lang="ja"
            description={t("support.participants.help.kana")}
            inputWrapperOrder={below}
            {...text("givenNameKana")}
          />
        </SimpleGrid>
      </Section>
      <Section legend={t("support.participants.sections.basics")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <BirthDateField label={label("birthDate")} inputProps={form.getInputProps("birthDate")} />
          <TextInput
            description={t("support.participants.help.gender")}
            inputWrapperOrder={below}
            {...text("gender")}
          />
          <TextInput {...text("nationality")} />
          <TextInput {...text("preferredLanguage")} />
        </SimpleGrid>
      </Section>
      <Section legend={t("support.participants.sections.contact")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="tel"
            description={t("support.participants.help.phone")}
            inputWrapperOrder={below}
            {...text("phone")}
          />
          <TextInput type="email" {...text("email")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormPostalCodeField form={form} />
        </SimpleGrid>
        <TextInput {...text("address")} />
      </Section>
      <Section legend={t("support.participants.sections.emergency")}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...text("emergencyContactName")} />
          <TextInput {...text("emergencyContactRelation")} />
          <TextInput type="tel" {...text("emergencyContactPhone")} />
        </SimpleGrid>
      </Section>
      <Section legend={t("support.participants.sections.other")}>
        <Autocomplete
          label={label("referralSource")}
          description={t("support.participants.help.referralSource")}
          inputWrapperOrder={below}
          data={referralSourceKeys.map((key) => t(`support.participants.referralSources.${key}`))}
          autoComplete="off"
          {...form.getInputProps("referralSource")}
        />
        <Textarea label={label("notes")} autosize minRows={3} maxRows={12} {...form.getInputProps("notes")} />
      </Section>
    </Stack>
  );
}
