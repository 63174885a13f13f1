import { Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type Advisor, advisorFields, advisorInputSchema } from "@otagai/shared/consultation/referrals";
import type { referralsJa } from "@otagai/shared/i18n/consultation/referrals.ja";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useSaveAdvisor } from "../api/directory";

/** Adds an advisor with the contract period, or edits one (version-checked). */
export function AdvisorForm({ advisor, onDone }: { advisor?: Advisor; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAdvisor();
  const form = useSchemaForm({
    initialValues: {
      name: advisor?.name ?? "",
      field: (advisor?.field ?? "lawyer") as string,
      organization: advisor?.organization ?? "",
      phone: advisor?.phone ?? "",
      email: advisor?.email ?? "",
      contractStartsOn: advisor?.contractStartsOn ?? "",
      contractEndsOn: advisor?.contractEndsOn ?? "",
      notes: advisor?.notes ?? "",
      active: advisor?.active ?? true,
    },
    schema: advisorInputSchema,
    toInput: (values) => ({
      ...values,
      contractEndsOn: values.contractEndsOn === "" ? null : values.contractEndsOn,
    }),
    mutation: save,
  });
  const field = (name: keyof typeof referralsJa.advisors.fields) =>
    t(`consultation.referrals.advisors.fields.${name}`);
  return (
    <form
      ref={form.ref}
      noValidate
      onSubmit={form.submit(async (input) => {
        await save.mutateAsync(advisor ? { id: advisor.id, input, version: advisor.version } : { input });
        onDone();
      })}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={field("name")} required maxLength={100} {...form.getInputProps("name")} />
          <Select
            label={field("field")}
            required
            allowDeselect={false}
            data={advisorFields.map((value) => ({
              value,
              label: t(`consultation.referrals.advisorFields.${value}`),
            }))}
            {...form.getInputProps("field")}
          />
          <TextInput label={field("organization")} {...form.getInputProps("organization")} />
          <TextInput label={field("phone")} type="tel" {...form.getInputProps("phone")} />
          <TextInput label={field("email")} type="email" {...form.getInputProps("email")} />
          <span />
          <TextInput
            label={field("contractStartsOn")}
            type="date"
            required
            {...form.getInputProps("contractStartsOn")}
          />
          <TextInput label={field("contractEndsOn")} type="date" {...form.getInputProps("contractEndsOn")} />
        </SimpleGrid>
        <Textarea label={field("notes")} autosize minRows={2} {...form.getInputProps("notes")} />
        <Checkbox
          label={t("consultation.referrals.common.active")}
          {...form.getInputProps("active", { type: "checkbox" })}
        />
        <MutationError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("consultation.referrals.common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("consultation.referrals.common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
