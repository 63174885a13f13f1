import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import {
  type FollowUp,
  type FollowUpInput,
  followUpInputSchema,
  stoppedReasons,
} from "@otagai/shared/support/outcomes";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSchemaForm } from "../../../../components/use-form";
import { SaveError } from "../../components/stale-alert";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useRecordFollowUp } from "../api/record-follow-up";
import { todayInJapan } from "./dates";
import { RadioChoices } from "./radio-choices";

type FollowUpValues = {
  doneOn: string;
  stillWorking: "" | "yes" | "no";
  stoppedOn: string;
  stoppedReason: string;
  hoursPerWeek: number | string;
  concerns: string;
  supportGiven: string;
  nextStep: string;
};

/** A follow-up not yet recorded starts on today's date (Japan); a recorded one as it was recorded. */
function valuesOf(followUp: FollowUp): FollowUpValues {
  return {
    doneOn: followUp.doneOn ?? todayInJapan(),
    stillWorking: followUp.stillWorking === null ? "" : followUp.stillWorking ? "yes" : "no",
    stoppedOn: followUp.stoppedOn ?? "",
    stoppedReason: followUp.stoppedReason ?? "",
    hoursPerWeek: followUp.hoursPerWeek ?? "",
    concerns: followUp.concerns,
    supportGiven: followUp.supportGiven,
    nextStep: followUp.nextStep,
  };
}

/** When and why the person stopped go only with "no longer working": hidden answers are not sent. */
function inputOf(values: FollowUpValues, version: number) {
  const stopped = values.stillWorking === "no";
  const hours = values.hoursPerWeek;
  return {
    doneOn: values.doneOn,
    // Unanswered: left out, which the schema reports as "required" under the question.
    stillWorking: values.stillWorking === "" ? undefined : !stopped,
    stoppedOn: stopped && values.stoppedOn ? values.stoppedOn : null,
    stoppedReason:
      stopped && values.stoppedReason ? (values.stoppedReason as FollowUpInput["stoppedReason"]) : null,
    hoursPerWeek: typeof hours === "number" ? hours : hours.trim() === "" ? null : Number(hours),
    concerns: values.concerns,
    supportGiven: values.supportGiven,
    nextStep: values.nextStep,
    version,
  };
}

/**
 * Records a retention follow-up (定着支援) in its dialog: the day of the check, whether the person
 * still works (when not: since when and why, both required), hours, concerns, the support given
 * and the next step. Saved with the version it opened with; a 409 offers the latest.
 */
export function FollowUpForm({
  caseId,
  followUp,
  onSaved,
  onCancel,
  onReload,
}: {
  caseId: string;
  followUp: FollowUp;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const f = "support.outcomes.followUps" as const;
  const [loaded] = useState(followUp);
  const record = useRecordFollowUp(caseId, loaded.id);
  const form = useSchemaForm({
    initialValues: valuesOf(loaded),
    schema: followUpInputSchema,
    mutation: record,
    toInput: (values) => inputOf(values, loaded.version),
  });
  const submit = form.submit(async (input) => {
    await record.mutateAsync(input);
    onSaved();
  });
  const stopped = form.getValues().stillWorking === "no";
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <WarekiDateInput label={t(`${f}.fields.doneOn`)} required {...form.getInputProps("doneOn")} />
        <RadioChoices
          label={t(`${f}.fields.stillWorking`)}
          required
          inline
          options={(["yes", "no"] as const).map((answer) => ({
            value: answer,
            label: t(`${f}.stillWorking.${answer}`),
          }))}
          {...form.getInputProps("stillWorking")}
        />
        {stopped ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <WarekiDateInput
              label={t(`${f}.fields.stoppedOn`)}
              required
              {...form.getInputProps("stoppedOn")}
            />
            <Select
              label={t(`${f}.fields.stoppedReason`)}
              required
              data={stoppedReasons.map((reason) => ({
                value: reason,
                label: t(`${f}.stoppedReasons.${reason}`),
              }))}
              {...form.getInputProps("stoppedReason")}
            />
          </SimpleGrid>
        ) : null}
        <NumberInput
          label={t(`${f}.fields.hoursPerWeek`)}
          min={0}
          max={80}
          decimalScale={1}
          suffix={` ${t("support.outcomes.help.hoursPerWeek")}`}
          inputMode="decimal"
          maw={240}
          {...form.getInputProps("hoursPerWeek")}
        />
        <Textarea
          label={t(`${f}.fields.concerns`)}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("concerns")}
        />
        <Textarea
          label={t(`${f}.fields.supportGiven`)}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps("supportGiven")}
        />
        <Textarea
          label={t(`${f}.fields.nextStep`)}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps("nextStep")}
        />
        <SaveError error={record.error} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
