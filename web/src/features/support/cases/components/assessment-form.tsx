import { Button, Fieldset, Group, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import {
  assessmentAreas,
  assessmentInputSchema,
  assessmentLevels,
  type Case,
} from "@otagai/shared/support/cases";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useAddAssessment } from "../api/add-assessment";
import { todayInJapan } from "./dates";
import { RadioChoices } from "./radio-choices";
import { StepError } from "./step-error";
import { useStepForm } from "./use-step-form";

type Area = (typeof assessmentAreas)[number];

interface AssessmentFormProps {
  record: Case;
  onSaved: () => void;
  onReload: () => void;
  /** Puts the form away without saving (absent: the step's first record, which has to be made). */
  onCancel?: () => void;
}

/**
 * A new assessment: six areas, each a level (1 much support needed … 4 independent, or not
 * assessed) and notes. Starts from the latest assessment, if any, so a re-assessment only
 * changes what changed; the earlier one stays on record.
 */
export function AssessmentForm({ record, onSaved, onReload, onCancel }: AssessmentFormProps) {
  const { t } = useTranslation();
  const [{ latest, version }] = useState({ latest: record.assessments[0] ?? null, version: record.version });
  const add = useAddAssessment(record.id);
  const form = useStepForm({
    initialValues: {
      assessedOn: todayInJapan(),
      areas: Object.fromEntries(
        assessmentAreas.map((area) => {
          const previous = latest?.areas[area];
          return [
            area,
            { level: previous?.level ? String(previous.level) : "", notes: previous?.notes ?? "" },
          ];
        }),
      ) as Record<Area, { level: string; notes: string }>,
      summary: "",
    },
    schema: assessmentInputSchema,
    mutation: add,
    draft: { formKey: "support.case-assessment", recordKey: record.id, version },
    toInput: (values) => ({
      ...values,
      version,
      areas: Object.fromEntries(
        assessmentAreas.map((area) => [
          area,
          {
            level: values.areas[area].level ? Number(values.areas[area].level) : null,
            notes: values.areas[area].notes,
          },
        ]),
      ),
    }),
  });

  const submit = form.submit(async (input) => {
    await add.mutateAsync(input);
    onSaved();
  });

  const levelOptions = [
    ...assessmentLevels.map((level) => ({
      value: String(level),
      label: `${level}: ${t(`support.cases.assessmentLevels.${level}`)}`,
    })),
    { value: "", label: t("support.cases.assessmentLevelNone") },
  ];

  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-labelledby="assessment-form-title">
      <Stack gap="lg">
        <div>
          <Text id="assessment-form-title" fw={700} fz="lg" component="h3" m={0}>
            {t("support.cases.ui.assessment.formTitle")}
          </Text>
          {latest ? (
            <Text size="sm" c="dimmed">
              {t("support.cases.ui.assessment.fromLatest")}
            </Text>
          ) : null}
        </div>
        <WarekiDateInput
          label={t("support.cases.assessment.assessedOn")}
          required
          maw={320}
          {...form.getInputProps("assessedOn")}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {assessmentAreas.map((area) => (
            <Fieldset key={area} legend={t(`support.cases.assessmentAreas.${area}`)}>
              <Stack gap="sm">
                <RadioChoices
                  label={t("support.cases.assessment.level")}
                  options={levelOptions}
                  {...form.getInputProps(`areas.${area}.level`)}
                />
                <Textarea
                  label={t("support.cases.assessment.notes")}
                  autosize
                  minRows={2}
                  {...form.getInputProps(`areas.${area}.notes`)}
                />
              </Stack>
            </Fieldset>
          ))}
        </SimpleGrid>
        <Textarea
          label={t("support.cases.assessment.summary")}
          autosize
          minRows={3}
          {...form.getInputProps("summary")}
        />
        <StepError error={add.error} onReload={onReload} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t("support.cases.ui.assessment.save")}
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
