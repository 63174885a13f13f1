import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import {
  type Activity,
  activityTypes,
  createActivityInputSchema,
  updateActivityInputSchema,
} from "@otagai/shared/support/activities";
import { IconRefresh } from "@tabler/icons-react";
import { type Ref, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { useCurrentUser } from "../../../../app/session";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { useCreateActivity } from "../api/create-activity";
import { useUpdateActivity } from "../api/update-activity";
import { activityTypeLabel } from "../labels";
import { fromJapanLocalInput, toJapanLocalInput } from "../participant-format";
import type { ParticipantCaseSummary } from "../participant-types";

export type ActivityValues = {
  occurredAt: string;
  type: string | null;
  minutes: number | string;
  caseId: string | null;
  notes: string;
};

function ActivityFields({
  form,
  cases,
  caseNames,
  firstRef,
}: {
  form: UseFormReturnType<ActivityValues>;
  /** The cases an entry may belong to; absent when editing (an entry keeps its case). */
  cases?: ParticipantCaseSummary[];
  caseNames: Map<string, string>;
  firstRef: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          ref={firstRef}
          type="datetime-local"
          label={t("support.participants.timeline.occurredAt")}
          required
          {...form.getInputProps("occurredAt")}
        />
        <Select
          label={t("support.participants.timeline.type")}
          required
          allowDeselect={false}
          data={activityTypes.map((type) => ({ value: type, label: activityTypeLabel(t, type) }))}
          {...form.getInputProps("type")}
        />
        <NumberInput
          label={t("support.participants.timeline.minutes")}
          required
          min={0}
          max={1440}
          step={5}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps("minutes")}
        />
      </SimpleGrid>
      {cases && cases.length > 0 ? (
        <Select
          label={t("support.participants.timeline.case")}
          data={cases.map((item) => ({ value: item.id, label: caseNames.get(item.id) ?? item.id }))}
          placeholder={t("support.participants.timeline.caseNone")}
          clearable
          {...form.getInputProps("caseId")}
        />
      ) : null}
      <Textarea
        label={t("support.participants.timeline.notes")}
        autosize
        minRows={3}
        maxRows={16}
        {...form.getInputProps("notes")}
      />
    </>
  );
}

/** Quick entry from the participant page: now, an interview, and the person's one open case by default. */
export function ActivityCreateForm({
  participantId,
  cases,
  caseNames,
  onDone,
  onCancel,
}: {
  participantId: string;
  cases: ParticipantCaseSummary[];
  caseNames: Map<string, string>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const create = useCreateActivity();
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const openCases = cases.filter((item) => item.status !== "closed");
  const form = useSchemaForm({
    initialValues: {
      occurredAt: toJapanLocalInput(new Date().toISOString()),
      type: "interview",
      minutes: 30,
      caseId: openCases.length === 1 ? (openCases[0]?.id ?? null) : null,
      notes: "",
    } as ActivityValues,
    schema: createActivityInputSchema,
    mutation: create,
    // Notes of an interview can be long: kept as a draft per participant until saved.
    draft: { formKey: "support.activity-new", recordKey: participantId },
    toInput: (values) => ({
      participantId,
      caseId: values.caseId,
      occurredAt: fromJapanLocalInput(values.occurredAt),
      type: values.type,
      minutes: values.minutes === "" ? undefined : values.minutes,
      staffId: me.id,
      notes: values.notes,
    }),
  });
  const submit = form.submit(async (input) => {
    await create.mutateAsync(input);
    onDone();
  });
  return (
    <form
      ref={form.ref}
      onSubmit={submit}
      noValidate
      aria-label={t("support.participants.timeline.addTitle")}
    >
      <Stack gap="sm">
        <MutationError error={create.error} />
        <ActivityFields form={form} cases={cases} caseNames={caseNames} firstRef={firstRef} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("support.participants.timeline.add")}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              form.draft.drop();
              onCancel();
            }}
          >
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Edits one entry with the version it was shown with; the server keeps the previous values. */
export function ActivityEditForm({
  activity,
  pending,
  onDone,
  onCancel,
  onReload,
}: {
  activity: Activity;
  /** Changes typed before a reload (someone else saved first), laid over the latest entry. */
  pending?: Partial<ActivityValues>;
  onDone: () => void;
  onCancel: () => void;
  /** Reads the latest entry and opens the form again on it, with these changes kept. */
  onReload: (changes: Partial<ActivityValues>) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateActivity(activity.id);
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  const initial: ActivityValues = {
    occurredAt: toJapanLocalInput(activity.occurredAt),
    type: activity.type,
    minutes: activity.minutes,
    caseId: activity.caseId,
    notes: activity.notes,
  };
  const form = useSchemaForm({
    initialValues: { ...initial, ...pending },
    schema: updateActivityInputSchema,
    mutation: update,
    toInput: (values) => {
      const changes: Record<string, unknown> = { version: activity.version };
      if (values.occurredAt !== initial.occurredAt)
        changes.occurredAt = fromJapanLocalInput(values.occurredAt);
      if (values.type !== initial.type) changes.type = values.type;
      if (values.minutes !== initial.minutes)
        changes.minutes = values.minutes === "" ? undefined : values.minutes;
      if (values.notes !== initial.notes) changes.notes = values.notes;
      return changes;
    },
  });
  const stale = isApiError(update.error) && update.error.code === "STALE_UPDATE" ? update.error : null;
  const submit = form.submit(async (input) => {
    await update.mutateAsync(input);
    onDone();
  });
  function changedValues(): Partial<ActivityValues> {
    const values = form.getValues();
    const keys = ["occurredAt", "type", "minutes", "notes"] as const;
    return Object.fromEntries(
      keys.filter((key) => values[key] !== initial[key]).map((key) => [key, values[key]]),
    );
  }
  return (
    <form
      ref={form.ref}
      onSubmit={submit}
      noValidate
      aria-label={t("support.participants.timeline.editTitle")}
    >
      <Stack gap="sm" mt="sm">
        {stale ? (
          <Alert color="orange" title={t("support.participants.staleTitle")} role="alert">
            <Text size="sm" mb="sm">
              {stale.message}
            </Text>
            <Button
              size="xs"
              variant="outline"
              color="orange.9"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={() => onReload(changedValues())}
            >
              {t("support.participants.reloadLatest")}
            </Button>
          </Alert>
        ) : (
          <MutationError error={update.error} />
        )}
        {pending && Object.keys(pending).length > 0 && !update.error ? (
          <Alert color="blue" role="status">
            <Text size="sm">{t("support.participants.staleReapplied")}</Text>
          </Alert>
        ) : null}
        <ActivityFields form={form} caseNames={new Map()} firstRef={firstRef} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
