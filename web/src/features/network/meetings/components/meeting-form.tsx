import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import {
  type Meeting,
  type MeetingInput,
  type MeetingKind,
  meetingInputSchema,
  meetingKinds,
} from "@otagai/shared/network/meetings";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";

function initialValuesOf(record: Meeting | undefined) {
  return {
    kind: (record?.kind ?? "all_hands") as MeetingKind,
    title: record?.title ?? "",
    heldOn: record?.heldOn ?? "",
    startsAt: record?.startsAt ?? "",
    endsAt: record?.endsAt ?? "",
    place: record?.place ?? "",
    agenda: record?.agenda ?? "",
    minutes: record?.minutes ?? "",
    decisions: record?.decisions ?? "",
  };
}
type FormValues = ReturnType<typeof initialValuesOf>;

/** The input as the API takes it: no time is null. */
function inputOf(values: FormValues): MeetingInput {
  return { ...values, startsAt: values.startsAt || null, endsAt: values.endsAt || null };
}

interface MeetingFormProps {
  record?: Meeting;
  onSave: (input: MeetingInput) => Promise<unknown>;
  mutation: { reset(): void; error: unknown; isPending: boolean };
  onCancel?: () => void;
}

/** A meeting, new or edited: kind, title, date and time, place, agenda, minutes, decisions. */
export function MeetingForm({ record, onSave, mutation, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: initialValuesOf(record),
    schema: meetingInputSchema,
    mutation,
    toInput: inputOf,
  });
  const field = (name: keyof FormValues) => t(`network.meetings.fields.${name}`);
  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(onSave)}
      noValidate
      aria-label={record ? t("network.meetings.editTitle") : t("network.meetings.newTitle")}
    >
      <Stack gap="md" maw={880}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={field("kind")}
            required
            allowDeselect={false}
            data={meetingKinds.map((kind) => ({ value: kind, label: t(`network.meetings.kinds.${kind}`) }))}
            {...form.getInputProps("kind")}
          />
          <TextInput label={field("title")} required autoComplete="off" {...form.getInputProps("title")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="date" label={field("heldOn")} required {...form.getInputProps("heldOn")} />
          <TextInput type="time" label={field("startsAt")} {...form.getInputProps("startsAt")} />
          <TextInput type="time" label={field("endsAt")} {...form.getInputProps("endsAt")} />
        </SimpleGrid>
        <TextInput label={field("place")} autoComplete="off" {...form.getInputProps("place")} />
        <Textarea label={field("agenda")} autosize minRows={3} {...form.getInputProps("agenda")} />
        <Textarea label={field("minutes")} autosize minRows={4} {...form.getInputProps("minutes")} />
        <Textarea label={field("decisions")} autosize minRows={2} {...form.getInputProps("decisions")} />
        <MutationError error={mutation.error} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t("network.meetings.save")}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t("network.meetings.cancel")}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
