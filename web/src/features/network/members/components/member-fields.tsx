import {
  Checkbox,
  Fieldset,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormPostalCodeField } from "../../../../components/postal-code-field";
import type { MemberValues } from "../member-values";
import { memberFieldValues, memberKindValues, memberStatusValues } from "../search-values";

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} radius="md">
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  );
}

/** The organization's inputs, for registration and editing alike. */
export function MemberFields({ form }: { form: UseFormReturnType<MemberValues> }) {
  const { t } = useTranslation();
  const m = "network.members" as const;
  const label = (field: keyof MemberValues) => t(`${m}.fieldsLabel.${field}`);
  const text = (field: keyof MemberValues) => ({
    label: label(field),
    autoComplete: "off",
    ...form.getInputProps(field),
  });

  return (
    <Stack gap="md">
      <Section legend={t(`${m}.fieldsLabel.name`)}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput required {...text("name")} />
          <TextInput required lang="ja" {...text("nameKana")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            required
            label={label("kind")}
            data={memberKindValues.map((kind) => ({ value: kind, label: t(`${m}.kinds.${kind}`) }))}
            allowDeselect={false}
            {...form.getInputProps("kind")}
          />
          <NumberInput min={0} max={100000} allowDecimal={false} {...text("workingMembers")} />
        </SimpleGrid>
        <Checkbox.Group label={label("fields")} {...form.getInputProps("fields")}>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs" spacing="xs">
            {memberFieldValues.map((field) => (
              <Checkbox key={field} value={field} label={t(`${m}.fields.${field}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </Section>
      <Section legend={t(`${m}.detail.contacts`)}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <FormPostalCodeField form={form} fillArea />
          <TextInput {...text("area")} />
        </SimpleGrid>
        <TextInput {...text("address")} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...text("representativeName")} />
          <TextInput {...text("contactName")} />
          <TextInput type="tel" {...text("contactPhone")} />
          <TextInput type="email" {...text("contactEmail")} />
        </SimpleGrid>
      </Section>
      <Section legend={t(`${m}.detail.membership`)}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="date" required {...text("joinedOn")} />
          <TextInput type="date" {...text("leftOn")} />
          <Select
            label={label("status")}
            data={memberStatusValues.map((status) => ({
              value: status,
              label: t(`${m}.statuses.${status}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps("status")}
          />
        </SimpleGrid>
        <Textarea autosize minRows={2} maxRows={8} {...text("notes")} />
      </Section>
    </Stack>
  );
}
