import {
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { supportFeatures, weekdays, workKinds, workplaceStatuses } from "@otagai/shared/support/workplaces";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormPostalCodeField } from "../../../../components/postal-code-field";
import type { WorkplaceValues } from "../workplace-values";

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} radius="md">
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  );
}

const below = ["label", "input", "description", "error"] as ("label" | "input" | "description" | "error")[];

/**
 * The workplace's inputs, for registration and editing alike: name and reading, where it is and
 * whom to call, the work and when, the support it offers, its status.
 */
export function WorkplaceFields({
  form,
  identityFromMember = false,
}: {
  form: UseFormReturnType<WorkplaceValues>;
  /** A member organization's workplace: its name, reading and address are edited on the member (ADR 021). */
  identityFromMember?: boolean;
}) {
  const { t } = useTranslation();
  const w = "support.workplaces" as const;
  const label = (field: Exclude<keyof WorkplaceValues, "postalCode">) => t(`${w}.fields.${field}`);
  const identityFields: readonly string[] = ["name", "nameKana", "area", "address"];
  const text = (field: Exclude<keyof WorkplaceValues, "postalCode">) => ({
    label: label(field),
    autoComplete: "off",
    ...form.getInputProps(field),
    ...(identityFromMember && identityFields.includes(field) ? { readOnly: true, variant: "filled" } : {}),
  });

  return (
    <Stack gap="md">
      <Section legend={t(`${w}.sections.name`)}>
        {identityFromMember ? <Text size="sm">{t("validation.identityFromMember")}</Text> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput required {...text("name")} />
          <TextInput
            required
            lang="ja"
            description={t(`${w}.help.nameKana`)}
            inputWrapperOrder={below}
            {...text("nameKana")}
          />
        </SimpleGrid>
      </Section>
      <Section legend={t(`${w}.sections.contact`)}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {identityFromMember ? (
            <TextInput
              label={t("postalCode.label")}
              readOnly
              variant="filled"
              value={form.getValues().postalCode}
            />
          ) : (
            <FormPostalCodeField form={form} fillArea />
          )}
          <TextInput description={t(`${w}.help.area`)} inputWrapperOrder={below} {...text("area")} />
        </SimpleGrid>
        <TextInput {...text("address")} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...text("contactName")} />
          <TextInput type="tel" {...text("contactPhone")} />
          <TextInput type="email" {...text("contactEmail")} />
        </SimpleGrid>
      </Section>
      <Section legend={t(`${w}.sections.work`)}>
        <Checkbox.Group label={label("workKinds")} {...form.getInputProps("workKinds")}>
          <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs" spacing="xs">
            {workKinds.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`${w}.workKinds.${kind}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          description={t(`${w}.help.workDescription`)}
          inputWrapperOrder={below}
          autosize
          minRows={2}
          maxRows={8}
          {...text("workDescription")}
        />
        <Checkbox.Group label={label("workDays")} {...form.getInputProps("workDays")}>
          <Group mt="xs" gap="md">
            {weekdays.map((day) => (
              <Checkbox key={day} value={day} label={t(`${w}.weekdaysLong.${day}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="time"
            description={t(`${w}.help.hours`)}
            inputWrapperOrder={below}
            {...text("hoursFrom")}
          />
          <TextInput
            type="time"
            description={t(`${w}.help.hours`)}
            inputWrapperOrder={below}
            {...text("hoursTo")}
          />
          <NumberInput
            label={label("traineeCapacity")}
            description={t(`${w}.help.traineeCapacity`)}
            inputWrapperOrder={below}
            required
            min={0}
            max={99}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps("traineeCapacity")}
          />
        </SimpleGrid>
      </Section>
      <Section legend={t(`${w}.sections.support`)}>
        <Checkbox.Group label={label("supportFeatures")} {...form.getInputProps("supportFeatures")}>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt="xs" spacing="xs">
            {supportFeatures.map((feature) => (
              <Checkbox key={feature} value={feature} label={t(`${w}.supportFeatures.${feature}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          description={t(`${w}.help.supportNotes`)}
          inputWrapperOrder={below}
          autosize
          minRows={3}
          maxRows={12}
          {...text("supportNotes")}
        />
      </Section>
      <Section legend={t(`${w}.sections.status`)}>
        <Radio.Group
          label={label("status")}
          description={t(`${w}.help.status`)}
          {...form.getInputProps("status")}
        >
          <Group mt="xs" gap="lg">
            {workplaceStatuses.map((status) => (
              <Radio key={status} value={status} label={t(`${w}.statuses.${status}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Section>
    </Stack>
  );
}
