import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type Case, intakeInputSchema, screeningRoutes, urgencies } from "@otagai/shared/support/cases";
import type { ConcernTopic } from "@otagai/shared/support/concern-topics";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { ConcernTopicGroups, toggledTopics } from "../../components/concern-topic-groups";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useSaveIntake } from "../api/save-intake";
import { todayInJapan } from "./dates";
import { RadioChoices } from "./radio-choices";
import { StepError } from "./step-error";
import { useStepForm } from "./use-step-form";

interface IntakeFormProps {
  record: Case;
  onSaved: () => void;
  onReload: () => void;
  /** Puts the form away without saving (absent: the step's first record, which has to be made). */
  onCancel?: () => void;
}

/** 相談受付・申込票: written at the first step, corrected later with its own version. */
export function IntakeForm({ record, onSaved, onReload, onCancel }: IntakeFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [loaded] = useState(record.intake);
  const save = useSaveIntake(record.id);
  const form = useStepForm({
    initialValues: {
      receivedOn: loaded?.receivedOn ?? todayInJapan(),
      receivedById: loaded ? (loaded.receivedById ?? "") : me.id,
      howCame: loaded?.howCame ?? "",
      accompaniedBy: loaded?.accompaniedBy ?? "",
      concernTopics: (loaded?.concernTopics ?? []) as string[],
      pressingTopic: (loaded?.pressingTopic ?? "") as string,
      urgency: (loaded?.urgency ?? "") as string,
      screeningRoute: (loaded?.screeningRoute ?? "") as string,
      notes: loaded?.notes ?? "",
    },
    schema: intakeInputSchema,
    mutation: save,
    draft: { formKey: "support.case-intake", recordKey: record.id, version: loaded?.version ?? 0 },
    toInput: (values) => ({
      ...values,
      receivedById: values.receivedById || null,
      pressingTopic: values.pressingTopic || null,
      version: loaded?.version ?? 0,
    }),
  });
  const values = form.getValues();

  // The people the receiver can be: oneself, the lead coordinator, and whoever is recorded now.
  const receiverOptions = [{ value: me.id, label: me.displayName }];
  if (record.leadCoordinatorId && record.leadCoordinatorId !== me.id)
    receiverOptions.push({ value: record.leadCoordinatorId, label: record.leadCoordinatorName ?? "" });
  if (loaded?.receivedById && !receiverOptions.some((option) => option.value === loaded.receivedById))
    receiverOptions.push({ value: loaded.receivedById, label: t("support.cases.ui.intake.otherStaff") });

  function toggleTopic(topic: ConcernTopic, checked: boolean) {
    form.setFieldValue("concernTopics", toggledTopics(values.concernTopics, topic, checked));
    // The most pressing topic is one of those chosen.
    if (!checked && values.pressingTopic === topic) form.setFieldValue("pressingTopic", "");
    form.clearFieldError("concernTopics");
  }

  const topicsError = form.errors.concernTopics;
  const submit = form.submit(async (input) => {
    await save.mutateAsync(input);
    onSaved();
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-label={t("support.cases.intake.title")}>
      <Stack gap="lg">
        <Fieldset legend={t("support.cases.ui.intake.reception")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <WarekiDateInput
              label={t("support.cases.intake.receivedOn")}
              required
              {...form.getInputProps("receivedOn")}
            />
            <Select
              label={t("support.cases.intake.receivedBy")}
              data={receiverOptions}
              clearable
              {...form.getInputProps("receivedById")}
            />
            <TextInput
              label={t("support.cases.intake.howCame")}
              description={t("support.cases.ui.intake.howCameHelp")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              {...form.getInputProps("howCame")}
            />
            <TextInput
              label={t("support.cases.intake.accompaniedBy")}
              description={t("support.cases.ui.intake.accompaniedByHelp")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              {...form.getInputProps("accompaniedBy")}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t("support.cases.intake.concernTopics")}>
          <Stack gap="md">
            <ConcernTopicGroups
              chosen={values.concernTopics}
              onToggle={toggleTopic}
              error={topicsError}
              errorId="intake-topics-error"
            />
            <RadioChoices
              label={t("support.cases.intake.pressingTopic")}
              description={
                values.concernTopics.length === 0 ? t("support.cases.ui.intake.pressingHelp") : undefined
              }
              options={values.concernTopics.map((topic) => ({
                value: topic,
                label: t(`support.concernTopics.${topic as ConcernTopic}`),
              }))}
              inline
              {...form.getInputProps("pressingTopic")}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t("support.cases.ui.intake.screening")}>
          <Stack gap="md">
            <RadioChoices
              label={t("support.cases.intake.urgency")}
              required
              inline
              options={urgencies.map((urgency) => ({
                value: urgency,
                label: t(`support.cases.urgencies.${urgency}`),
              }))}
              {...form.getInputProps("urgency")}
            />
            <RadioChoices
              label={t("support.cases.intake.screeningRoute")}
              required
              options={screeningRoutes.map((route) => ({
                value: route,
                label: t(`support.cases.screeningRoutes.${route}`),
                description: t(`support.cases.ui.intake.routeHelp.${route}`),
              }))}
              {...form.getInputProps("screeningRoute")}
            />
            <Textarea
              label={t("support.cases.intake.notes")}
              autosize
              minRows={3}
              {...form.getInputProps("notes")}
            />
          </Stack>
        </Fieldset>

        <StepError error={save.error} onReload={onReload} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {loaded ? t("support.cases.ui.intake.update") : t("support.cases.ui.intake.save")}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
