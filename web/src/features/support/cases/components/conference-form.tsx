import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { type Case, conferenceDecisions, conferenceInputSchema } from "@otagai/shared/support/cases";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useRecordConference } from "../api/record-conference";
import { formatDate, todayInJapan } from "./dates";
import { RadioChoices } from "./radio-choices";
import { StepError } from "./step-error";
import { useStepForm } from "./use-step-form";

interface ConferenceFormProps {
  record: Case;
  onSaved: () => void;
  onReload: () => void;
  /** Puts the form away without saving (absent: the step's first record, which has to be made). */
  onCancel?: () => void;
}

/** 支援調整会議 on the current plan: date, attendees, the decision (approved / revise) and notes. */
export function ConferenceForm({ record, onSaved, onReload, onCancel }: ConferenceFormProps) {
  const { t, i18n } = useTranslation();
  const [{ plan, version }] = useState({ plan: record.plans[0] ?? null, version: record.version });
  const conference = useRecordConference(record.id);
  const form = useStepForm({
    initialValues: { heldOn: todayInJapan(), attendees: "", decision: "", notes: "" },
    schema: conferenceInputSchema,
    mutation: conference,
    toInput: (values) => ({ ...values, version }),
  });

  const submit = form.submit(async (input) => {
    await conference.mutateAsync(input);
    onSaved();
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-labelledby="conference-form-title">
      <Stack gap="md" maw={760}>
        <div>
          <Text id="conference-form-title" fw={700} fz="lg" component="h3" m={0}>
            {t("support.cases.ui.conference.formTitle")}
          </Text>
          {plan ? (
            <Text size="sm" c="dimmed">
              {t("support.cases.ui.conference.onPlan", {
                number: plan.planNumber,
                madeOn: formatDate(plan.madeOn, i18n.language),
              })}
            </Text>
          ) : null}
        </div>
        <WarekiDateInput
          label={t("support.cases.conference.heldOn")}
          required
          maw={320}
          {...form.getInputProps("heldOn")}
        />
        <Textarea
          label={t("support.cases.conference.attendees")}
          description={t("support.cases.ui.conference.attendeesHelp")}
          inputWrapperOrder={["label", "input", "description", "error"]}
          autosize
          minRows={2}
          {...form.getInputProps("attendees")}
        />
        <RadioChoices
          label={t("support.cases.conference.decision")}
          required
          options={conferenceDecisions.map((decision) => ({
            value: decision,
            label: t(`support.cases.conferenceDecisions.${decision}`),
            description: t(`support.cases.ui.conference.decisionHelp.${decision}`),
          }))}
          {...form.getInputProps("decision")}
        />
        <Textarea
          label={t("support.cases.conference.notes")}
          autosize
          minRows={3}
          {...form.getInputProps("notes")}
        />
        <StepError error={conference.error} onReload={onReload} />
        <Group>
          <Button type="submit" loading={conference.isPending}>
            {t("support.cases.ui.conference.save")}
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
