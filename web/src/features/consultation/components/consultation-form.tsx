import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import {
  type Consultation,
  type ConsultationInput,
  consultationChannels,
  consultationInputSchema,
  consultationPersonSchema,
  consultationStatuses,
  outcomeRoutes,
  type PersonKind,
  personKinds,
} from "@otagai/shared/consultation/consultations";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { zodFieldErrors } from "../../../app/form-errors";
import { useCurrentUser } from "../../../app/session";
import { EditFormStatus } from "../../../components/edit-form-parts";
import { MutationError } from "../../../components/query-state";
import { useSchemaForm } from "../../../components/use-form";
import { ConcernTopicGroups, toggledTopics } from "../../support/components/concern-topic-groups";
import { ageBandOptions } from "../../support/participants/age-bands";
import { useConsultationCategories } from "../api/consultation-categories";
import { useConsultantOptions, useParticipantSearch } from "../api/find-people";
import { categoryLabel, japanDateAndTime, japanDateTimeOf } from "../consultation-format";

/** The form's values: every input as it holds them (person fields flat, so errors land under each). */
function initialValuesOf(record: Consultation | undefined, meId: string) {
  const when = japanDateAndTime(record?.consultedAt ?? new Date());
  const person = record?.person;
  return {
    consultedOn: when.date,
    consultedTime: when.time,
    channel: (record?.channel ?? "phone") as string,
    consultantId: (record ? record.consultantId : meId) as string | null,
    categoryId: (record?.categoryId ?? null) as string | null,
    personKind: (record?.personKind ?? "new_person") as PersonKind,
    participantId: (person?.participantId ?? null) as string | null,
    name: person?.kind === "new_person" ? (person.name ?? "") : "",
    nameKana: person?.nameKana ?? "",
    phone: person?.phone ?? "",
    email: person?.email ?? "",
    ageBand: (person?.ageBand ?? null) as string | null,
    gender: person?.gender ?? "",
    area: person?.area ?? "",
    concernTopics: (record?.concernTopics ?? []) as string[],
    question: record?.question ?? "",
    answer: record?.answer ?? "",
    outcomeRoute: (record?.outcomeRoute ?? null) as string | null,
    minutes: (record?.minutes ?? "") as number | string,
    status: (record?.status ?? "open") as string,
    nextAction: record?.nextAction ?? "",
    nextActionOn: record?.nextActionOn ?? "",
  };
}
type FormValues = ReturnType<typeof initialValuesOf>;

/** Who consulted, in the shape of its kind: anonymous carries no name or contact at all. */
function personOf(values: FormValues): ConsultationInput["person"] {
  if (values.personKind === "participant")
    return { kind: "participant", participantId: values.participantId ?? "" };
  const about = { ageBand: (values.ageBand || null) as never, gender: values.gender, area: values.area };
  if (values.personKind === "anonymous") return { kind: "anonymous", ...about };
  const { name, nameKana, phone, email } = values;
  return { kind: "new_person", name, nameKana, phone, email, ...about };
}

function inputOf(values: FormValues): ConsultationInput {
  return {
    consultedAt: japanDateTimeOf(values.consultedOn, values.consultedTime),
    channel: values.channel as ConsultationInput["channel"],
    consultantId: values.consultantId || null,
    categoryId: values.categoryId ?? "",
    person: personOf(values),
    concernTopics: values.concernTopics as ConsultationInput["concernTopics"],
    question: values.question,
    answer: values.answer,
    outcomeRoute: (values.outcomeRoute || null) as ConsultationInput["outcomeRoute"],
    minutes: values.minutes === "" ? null : Number(values.minutes),
    status: values.status as ConsultationInput["status"],
    nextAction: values.nextAction,
    nextActionOn: values.nextActionOn || null,
  };
}

interface ConsultationFormProps {
  /** The record being corrected; absent for a new consultation. */
  record?: Consultation;
  /** Sends the checked input (create, or update with the loaded version). */
  onSave: (input: ConsultationInput) => Promise<unknown>;
  mutation: { reset(): void; error: unknown; isPending: boolean };
  /** After a 409 STALE_UPDATE: load the latest record into the form. */
  onReload?: () => void;
  onCancel?: () => void;
  /** Shown, not editable (a user who may read consultations but not write them). */
  readOnly?: boolean;
}

/** 相談記録: one consultation, new or corrected, kept as a server draft while typed. */
export function ConsultationForm({
  record,
  onSave,
  mutation,
  onReload,
  onCancel,
  readOnly = false,
}: ConsultationFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const categories = useConsultationCategories();
  const form = useSchemaForm({
    initialValues: initialValuesOf(record, me.id),
    schema: consultationInputSchema,
    mutation,
    draft: record
      ? { formKey: "consultation.consultation", recordKey: record.id, version: record.version }
      : { formKey: "consultation.consultation-new" },
    toInput: inputOf,
  });
  const values = form.getValues();
  const [participantQuery, setParticipantQuery] = useState("");
  const participants = useParticipantSearch(participantQuery);

  const consultantOptions = useConsultantOptions(
    me,
    t("consultation.form.consultantMe", { name: me.displayName }),
    record?.consultantId ? { id: record.consultantId, name: record.consultantName ?? "" } : null,
  );
  // Active categories, and the record's own even if no longer in use.
  const categoryOptions = (categories.data?.items ?? [])
    .filter((category) => category.active || category.id === record?.categoryId)
    .map((category) => ({ value: category.id, label: categoryLabel(category, t) }));
  const participantOptions = (participants.data?.items ?? []).map((participant) => ({
    value: participant.id,
    label: `${participant.familyName} ${participant.givenName}（${participant.familyNameKana} ${participant.givenNameKana}）`,
  }));
  if (values.participantId && !participantOptions.some((option) => option.value === values.participantId))
    participantOptions.unshift({ value: values.participantId, label: record?.person.name ?? "" });

  const send = form.submit(onSave);
  // Registered from this consultation: the person is the case's participant (the server refuses a change).
  const personLocked = record?.caseId != null;
  // The person is checked against its own kind first, so each message lands under its input.
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const person = personOf(values);
    const parsed = consultationPersonSchema.safeParse(person);
    if (!parsed.success) {
      form.showErrors(zodFieldErrors(parsed.error, t, person));
      return;
    }
    await send();
  }

  const below = ["label", "input", "description", "error"] as ("label" | "input" | "description" | "error")[];
  const about = (
    <>
      <Select
        label={t("consultation.form.ageBand")}
        data={ageBandOptions(t)}
        clearable
        {...form.getInputProps("ageBand")}
      />
      <TextInput label={t("consultation.form.gender")} autoComplete="off" {...form.getInputProps("gender")} />
      <TextInput label={t("consultation.form.area")} autoComplete="off" {...form.getInputProps("area")} />
    </>
  );

  return (
    <form
      ref={form.ref}
      onSubmit={submit}
      noValidate
      aria-label={record ? t("consultation.form.editTitle") : t("consultation.form.newTitle")}
    >
      <Fieldset variant="unstyled" disabled={readOnly} p={0} m={0}>
        <Stack gap="lg" maw={960}>
          <Fieldset legend={t("consultation.form.when")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t("consultation.form.consultedOn")}
                required
                {...form.getInputProps("consultedOn")}
              />
              <TextInput
                type="time"
                label={t("consultation.form.consultedTime")}
                required
                {...form.getInputProps("consultedTime")}
              />
              <Select
                label={t("consultation.form.channel")}
                required
                allowDeselect={false}
                data={consultationChannels.map((channel) => ({
                  value: channel,
                  label: t(`consultation.channels.${channel}`),
                }))}
                {...form.getInputProps("channel")}
              />
              <Select
                label={t("consultation.form.consultant")}
                data={consultantOptions}
                clearable
                {...form.getInputProps("consultantId")}
              />
              <Select
                label={t("consultation.form.category")}
                required
                data={categoryOptions}
                {...form.getInputProps("categoryId")}
              />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t("consultation.form.who")} disabled={personLocked}>
            <Stack gap="md">
              {personLocked ? <Text size="sm">{t("consultation.form.personRegistered")}</Text> : null}
              <Radio.Group
                label={t("consultation.form.personKind")}
                required
                {...form.getInputProps("personKind")}
                onChange={(value) => {
                  form.setFieldValue("personKind", value as PersonKind);
                  form.clearErrors();
                }}
              >
                <Group mt="xs">
                  {personKinds.map((kind) => (
                    <Radio key={kind} value={kind} label={t(`consultation.personKinds.${kind}`)} />
                  ))}
                </Group>
              </Radio.Group>
              {values.personKind === "participant" ? (
                <Select
                  label={t("consultation.form.participantSearch")}
                  description={t("consultation.form.participantSearchHelp")}
                  inputWrapperOrder={below}
                  required
                  searchable
                  clearable
                  data={participantOptions}
                  filter={({ options }) => options}
                  searchValue={participantQuery}
                  onSearchChange={setParticipantQuery}
                  nothingFoundMessage={
                    participantQuery.trim().length >= 2 ? t("consultation.form.participantNone") : undefined
                  }
                  {...form.getInputProps("participantId")}
                />
              ) : null}
              {values.personKind === "new_person" ? (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t("consultation.form.name")}
                    required
                    autoComplete="off"
                    {...form.getInputProps("name")}
                  />
                  <TextInput
                    label={t("consultation.form.nameKana")}
                    lang="ja"
                    autoComplete="off"
                    {...form.getInputProps("nameKana")}
                  />
                  <TextInput
                    type="tel"
                    label={t("consultation.form.phone")}
                    autoComplete="off"
                    {...form.getInputProps("phone")}
                  />
                  <TextInput
                    type="email"
                    label={t("consultation.form.email")}
                    autoComplete="off"
                    {...form.getInputProps("email")}
                  />
                  {about}
                </SimpleGrid>
              ) : null}
              {values.personKind === "anonymous" ? (
                <SimpleGrid cols={{ base: 1, sm: 3 }}>{about}</SimpleGrid>
              ) : null}
            </Stack>
          </Fieldset>

          <Fieldset legend={t("consultation.form.concernTopics")}>
            <ConcernTopicGroups
              chosen={values.concernTopics}
              onToggle={(topic, checked) => {
                form.setFieldValue("concernTopics", toggledTopics(values.concernTopics, topic, checked));
                form.clearFieldError("concernTopics");
              }}
              error={form.errors.concernTopics}
              errorId="consultation-topics-error"
            />
          </Fieldset>

          <Fieldset legend={t("consultation.form.content")}>
            <Stack gap="md">
              <Textarea
                label={t("consultation.form.question")}
                autosize
                minRows={3}
                {...form.getInputProps("question")}
              />
              <Textarea
                label={t("consultation.form.answer")}
                autosize
                minRows={3}
                {...form.getInputProps("answer")}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t("consultation.form.outcomeRoute")}
                  placeholder={t("consultation.form.outcomeNone")}
                  clearable
                  data={outcomeRoutes.map((route) => ({
                    value: route,
                    label: t(`consultation.outcomeRoutes.${route}`),
                  }))}
                  {...form.getInputProps("outcomeRoute")}
                />
                <NumberInput
                  label={t("consultation.form.minutes")}
                  min={0}
                  max={1440}
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps("minutes")}
                />
                <Select
                  label={t("consultation.form.status")}
                  required
                  allowDeselect={false}
                  data={consultationStatuses.map((status) => ({
                    value: status,
                    label: t(`consultation.statuses.${status}`),
                  }))}
                  {...form.getInputProps("status")}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t("consultation.form.nextAction")}
                  autoComplete="off"
                  {...form.getInputProps("nextAction")}
                />
                <TextInput
                  type="date"
                  label={t("consultation.form.nextActionOn")}
                  {...form.getInputProps("nextActionOn")}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>

          {record ? (
            <EditFormStatus
              error={mutation.error}
              reapplied={false}
              labels={{
                staleTitle: t("consultation.form.staleTitle"),
                reloadLatest: t("consultation.form.reloadLatest"),
                staleReapplied: t("consultation.form.staleReapplied"),
              }}
              onReload={() => onReload?.()}
            />
          ) : (
            <MutationError error={mutation.error} />
          )}
          {readOnly ? null : (
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {record ? t("consultation.form.saveChanges") : t("consultation.form.save")}
              </Button>
              {onCancel ? (
                <Button variant="default" onClick={onCancel}>
                  {t("common.cancel")}
                </Button>
              ) : null}
            </Group>
          )}
        </Stack>
      </Fieldset>
    </form>
  );
}
