import { Button, Fieldset, Group, Stack, Text, Textarea } from "@mantine/core";
import { type Case, evaluationInputSchema, goalResults } from "@otagai/shared/support/cases";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useRecordEvaluation } from "../api/record-evaluation";
import { todayInJapan } from "./dates";
import { RadioChoices } from "./radio-choices";
import { StepError } from "./step-error";
import { useStepForm } from "./use-step-form";

interface EvaluationFormProps {
  record: Case;
  onSaved: () => void;
  onReload: () => void;
  /** Puts the form away without saving (absent: the step's first record, which has to be made). */
  onCancel?: () => void;
}

/** The evaluation of the current plan: one result (achieved / partly / not) per goal, in its order. */
export function EvaluationForm({ record, onSaved, onReload, onCancel }: EvaluationFormProps) {
  const { t } = useTranslation();
  const [{ plan, version }] = useState({ plan: record.plans[0] ?? null, version: record.version });
  const evaluation = useRecordEvaluation(record.id);
  const form = useStepForm({
    initialValues: {
      evaluatedOn: todayInJapan(),
      goalResults: (plan?.goals ?? []).map(() => ({ result: "", notes: "" })),
      notes: "",
    },
    schema: evaluationInputSchema,
    mutation: evaluation,
    toInput: (values) => ({ ...values, version }),
  });

  const submit = form.submit(async (input) => {
    await evaluation.mutateAsync(input);
    onSaved();
  });

  if (!plan) return <Text size="sm">{t("support.cases.ui.evaluation.noPlan")}</Text>;
  const resultOptions = goalResults.map((result) => ({
    value: result,
    label: t(`support.cases.goalResults.${result}`),
  }));

  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-labelledby="evaluation-form-title">
      <Stack gap="md">
        <div>
          <Text id="evaluation-form-title" fw={700} fz="lg" component="h3" m={0}>
            {t("support.cases.ui.evaluation.formTitle", { number: plan.planNumber })}
          </Text>
        </div>
        <WarekiDateInput
          label={t("support.cases.evaluation.evaluatedOn")}
          required
          maw={320}
          {...form.getInputProps("evaluatedOn")}
        />
        {plan.goals.map((goal, index) => (
          <Fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: a plan's goals have no id; the index is the API's.
            key={index}
            legend={t("support.cases.ui.evaluation.goalLegend", {
              number: index + 1,
              area: t(`support.cases.goalAreas.${goal.area}`),
              goal: goal.goal,
            })}
          >
            <Stack gap="sm">
              <RadioChoices
                label={t("support.cases.evaluation.goalResult")}
                required
                inline
                options={resultOptions}
                {...form.getInputProps(`goalResults.${index}.result`)}
              />
              <Textarea
                label={t("support.cases.evaluation.goalNotes")}
                autosize
                minRows={1}
                {...form.getInputProps(`goalResults.${index}.notes`)}
              />
            </Stack>
          </Fieldset>
        ))}
        <Textarea
          label={t("support.cases.evaluation.notes")}
          autosize
          minRows={3}
          {...form.getInputProps("notes")}
        />
        <StepError error={evaluation.error} onReload={onReload} />
        <Group>
          <Button type="submit" loading={evaluation.isPending}>
            {t("support.cases.ui.evaluation.save")}
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
