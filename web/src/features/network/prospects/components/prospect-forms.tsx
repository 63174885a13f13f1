import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import {
  contactMethods,
  type Prospect,
  type ProspectAgreementInput,
  type ProspectContactInput,
  type ProspectEmploymentType,
  prospectAgreementInputSchema,
  prospectContactInputSchema,
  prospectEmploymentTypes,
} from "@otagai/shared/network/prospects";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useAddContact, useRecordAgreement } from "../api/prospects";
import { japanToday } from "../prospect-format";

const contactInitial = () => ({
  contactedOn: japanToday(),
  method: "phone" as (typeof contactMethods)[number],
  notes: "",
  nextStep: "",
  nextStepOn: "",
});

/** Records a contact (the caller made it); the first one moves a prospect to 連絡済み. */
export function ContactForm({ prospect }: { prospect: Prospect }): JSX.Element {
  const { t } = useTranslation();
  const add = useAddContact(prospect.id);
  const form = useSchemaForm({
    initialValues: contactInitial(),
    schema: prospectContactInputSchema,
    mutation: add,
    toInput: (values): ProspectContactInput => ({ ...values, nextStepOn: values.nextStepOn || null }),
  });
  const label = (key: string) => t(`network.prospects.contacts.${key as "notes"}`);
  return (
    <Paper withBorder p="md">
      <form
        ref={form.ref}
        noValidate
        aria-labelledby="prospect-contact-form"
        onSubmit={form.submit(async (input: ProspectContactInput) => {
          await add.mutateAsync(input);
          form.setValues(contactInitial());
        })}
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id="prospect-contact-form">
            {t("network.prospects.contacts.add")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              required
              label={label("contactedOn")}
              {...form.getInputProps("contactedOn")}
            />
            <NativeSelect
              label={label("method")}
              required
              data={contactMethods.map((method) => ({
                value: method,
                label: t(`network.prospects.methods.${method}`),
              }))}
              {...form.getInputProps("method")}
            />
          </SimpleGrid>
          <Textarea label={label("notes")} autosize minRows={2} {...form.getInputProps("notes")} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={label("nextStep")} autoComplete="off" {...form.getInputProps("nextStep")} />
            <TextInput
              type="date"
              label={label("nextStepOn")}
              description={t("network.prospects.contacts.nextStepHelp")}
              {...form.getInputProps("nextStepOn")}
            />
          </SimpleGrid>
          <MutationError error={add.error} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t("network.prospects.contacts.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The agreement (協力の合意): recording it moves the prospect to 合意. */
export function AgreementForm({
  prospect,
  onSaved,
}: {
  prospect: Prospect;
  onSaved: () => void;
}): JSX.Element {
  const { t } = useTranslation();
  const record = useRecordAgreement(prospect.id);
  const form = useSchemaForm({
    initialValues: {
      agreedOn: prospect.agreedOn ?? japanToday(),
      agreementScope: prospect.agreementScope,
      insurance: prospect.insurance,
      traineeCapacity: (prospect.traineeCapacity ?? "") as number | "",
      employmentType: (prospect.employmentType ?? "non_employment") as ProspectEmploymentType,
    },
    schema: prospectAgreementInputSchema,
    mutation: record,
    toInput: (values) => ({ ...values, version: prospect.version }),
  });
  const label = (key: string) => t(`network.prospects.agreement.${key as "scope"}`);
  return (
    <form
      ref={form.ref}
      noValidate
      aria-label={t("network.prospects.agreement.title")}
      onSubmit={form.submit(async (input: ProspectAgreementInput) => {
        await record.mutateAsync(input);
        onSaved();
      })}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="date" required label={label("agreedOn")} {...form.getInputProps("agreedOn")} />
          <NumberInput
            required
            min={0}
            max={99}
            allowDecimal={false}
            label={label("traineeCapacity")}
            {...form.getInputProps("traineeCapacity")}
          />
          <NativeSelect
            required
            label={label("employmentType")}
            data={prospectEmploymentTypes.map((type) => ({
              value: type,
              label: t(`network.prospects.employmentTypes.${type}`),
            }))}
            {...form.getInputProps("employmentType")}
          />
        </SimpleGrid>
        <Textarea label={label("scope")} autosize minRows={2} {...form.getInputProps("agreementScope")} />
        <TextInput label={label("insurance")} autoComplete="off" {...form.getInputProps("insurance")} />
        <MutationError error={record.error} />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {prospect.agreedOn
              ? t("network.prospects.agreement.saveChanges")
              : t("network.prospects.agreement.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
