import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { activityTypes, createActivityInputSchema } from "@otagai/shared/support/activities";
import type { Case } from "@otagai/shared/support/cases";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useCreateActivity } from "../api/create-activity";
import { japanDateTime, nowInJapanLocal } from "./dates";

/** Quick entry of a support record (支援記録) on this case: when, what kind, how long, notes. */
export function ActivityForm({ record, onSaved }: { record: Case; onSaved: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const create = useCreateActivity(record.id);
  const blank = () => ({
    occurredAt: nowInJapanLocal(),
    type: "",
    minutes: 30 as number | string,
    notes: "",
  });
  const form = useSchemaForm({
    initialValues: blank(),
    schema: createActivityInputSchema,
    mutation: create,
    toInput: (values) => ({
      participantId: record.participantId,
      caseId: record.id,
      // Typed as Japan time, whatever zone the PC is set to.
      occurredAt: japanDateTime(values.occurredAt),
      type: values.type,
      minutes: typeof values.minutes === "number" ? values.minutes : Number.NaN,
      staffId: me.id,
      notes: values.notes,
    }),
  });

  const submit = form.submit(async (input) => {
    await create.mutateAsync(input);
    form.setValues(blank());
    onSaved();
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-label={t("support.cases.ui.activities.formTitle")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="datetime-local"
            label={t("support.activities.fields.occurredAt")}
            required
            {...form.getInputProps("occurredAt")}
          />
          <Select
            label={t("support.activities.fields.type")}
            required
            data={activityTypes.map((type) => ({
              value: type,
              label: t(`support.activities.types.${type}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps("type")}
          />
          <NumberInput
            label={t("support.activities.fields.minutes")}
            required
            min={0}
            max={1440}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps("minutes")}
          />
        </SimpleGrid>
        <Textarea
          label={t("support.activities.fields.notes")}
          autosize
          minRows={3}
          {...form.getInputProps("notes")}
        />
        <MutationError error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("support.cases.ui.activities.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
