import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { addMonths } from "@otagai/shared/japanese/calendar-date";
import { type Case, goalAreas, planInputSchema } from "@otagai/shared/support/cases";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useAddPlan } from "../api/add-plan";
import { todayInJapan } from "./dates";
import { StepError } from "./step-error";
import type { StepFormInputProps } from "./step-form-types";
import { useStepForm } from "./use-step-form";

type GoalArea = (typeof goalAreas)[number];
type ActionValues = { action: string; by: string; targetOn: string };
type GoalValues = { area: GoalArea; goal: string; actions: ActionValues[] };

const emptyAction = (): ActionValues => ({ action: "", by: "", targetOn: "" });
const emptyGoal = (area: GoalArea): GoalValues => ({ area, goal: "", actions: [emptyAction()] });

/** A first plan starts with one goal in each of the three areas; a new version from the current one. */
function initialGoals(current: Case["plans"][number] | null): GoalValues[] {
  if (!current) return goalAreas.map(emptyGoal);
  const goals = current.goals.map((goal) => ({
    area: goal.area,
    goal: goal.goal,
    actions: goal.actions.map((action) => ({ ...action, targetOn: action.targetOn ?? "" })),
  }));
  // Grouped by area, in the areas' order: the form shows them so, and their indexes stay put.
  return goalAreas.flatMap((area) => goals.filter((goal) => goal.area === area));
}

interface PlanFormProps {
  record: Case;
  onSaved: () => void;
  onReload: () => void;
  /** Puts the form away without saving (absent: the step's first record, which has to be made). */
  onCancel?: () => void;
}

/**
 * A support plan: goals in the three areas (日常生活自立 / 社会生活自立 / 就労自立), each with
 * actions, who does them and a target date; the review date and the participant's agreement
 * date. Saving makes a new version; earlier versions stay readable on the page.
 */
export function PlanForm({ record, onSaved, onReload, onCancel }: PlanFormProps) {
  const { t } = useTranslation();
  const [{ current, version }] = useState({ current: record.plans[0] ?? null, version: record.version });
  const add = useAddPlan(record.id);
  const today = todayInJapan();
  const form = useStepForm({
    initialValues: {
      madeOn: today,
      reviewOn: addMonths(today, 3),
      agreedOn: "",
      goals: initialGoals(current),
      notes: current?.notes ?? "",
    },
    schema: planInputSchema,
    mutation: add,
    draft: { formKey: "support.case-plan", recordKey: record.id, version },
    toInput: (values) => ({
      ...values,
      version,
      agreedOn: values.agreedOn || null,
      goals: values.goals.map((goal) => ({
        ...goal,
        actions: goal.actions.map((action) => ({ ...action, targetOn: action.targetOn || null })),
      })),
    }),
  });
  const goals = form.getValues().goals;

  function addGoal(area: GoalArea) {
    // After the area's last goal (or where the area begins), keeping the goals grouped by area.
    const order = goalAreas.indexOf(area);
    let index = 0;
    goals.forEach((goal, position) => {
      if (goalAreas.indexOf(goal.area) <= order) index = position + 1;
    });
    form.insertListItem("goals", emptyGoal(area), index);
  }

  const submit = form.submit(async (input) => {
    await add.mutateAsync(input);
    onSaved();
  });

  const goalsError = form.errors.goals;
  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-labelledby="plan-form-title">
      <Stack gap="lg">
        <div>
          <Text id="plan-form-title" fw={700} fz="lg" component="h3" m={0}>
            {current
              ? t("support.cases.ui.plan.newVersionTitle", { number: current.planNumber + 1 })
              : t("support.cases.ui.plan.firstTitle")}
          </Text>
          {current ? (
            <Text size="sm" c="dimmed">
              {t("support.cases.ui.plan.fromCurrent", { number: current.planNumber })}
            </Text>
          ) : null}
        </div>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <WarekiDateInput
            label={t("support.cases.plan.madeOn")}
            required
            {...form.getInputProps("madeOn")}
          />
          <WarekiDateInput
            label={t("support.cases.plan.reviewOn")}
            required
            {...form.getInputProps("reviewOn")}
          />
          <WarekiDateInput
            label={t("support.cases.plan.agreedOn")}
            description={t("support.cases.ui.plan.agreedOnHelp")}
            {...form.getInputProps("agreedOn")}
          />
        </SimpleGrid>

        {goalAreas.map((area) => {
          const indexes = goals.flatMap((goal, index) => (goal.area === area ? [index] : []));
          const areaLabel = t(`support.cases.goalAreas.${area}`);
          return (
            <Fieldset key={area} legend={areaLabel}>
              <Stack gap="md">
                {indexes.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("support.cases.ui.plan.noGoals")}
                  </Text>
                ) : null}
                {indexes.map((index, position) => (
                  <GoalEditor
                    key={index}
                    index={index}
                    number={position + 1}
                    areaLabel={areaLabel}
                    goal={goals[index] as GoalValues}
                    form={form}
                  />
                ))}
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => addGoal(area)}
                  >
                    {t("support.cases.ui.plan.addGoal", { area: areaLabel })}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        {goalsError ? (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {goalsError}
          </Text>
        ) : null}
        <Textarea
          label={t("support.cases.plan.notes")}
          autosize
          minRows={2}
          {...form.getInputProps("notes")}
        />
        <StepError error={add.error} onReload={onReload} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t("support.cases.ui.plan.save")}
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

/** The parts of the form a goal's editor uses (paths like "goals.2.actions.0.action"). */
interface ListForm {
  getInputProps: StepFormInputProps;
  insertListItem: (path: string, item: ActionValues) => void;
  removeListItem: (path: string, index: number) => void;
}

interface GoalEditorProps {
  index: number;
  number: number;
  areaLabel: string;
  goal: GoalValues;
  form: ListForm;
}

function GoalEditor({ index, number, areaLabel, goal, form }: GoalEditorProps) {
  const { t } = useTranslation();
  const goalName = t("support.cases.ui.plan.goalNumber", { area: areaLabel, number });
  return (
    <Paper withBorder p={{ base: "xs", sm: "sm" }} radius="md" component="section" aria-label={goalName}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Textarea
            label={t("support.cases.ui.plan.goalLabel", { number })}
            required
            autosize
            minRows={1}
            style={{ flex: 1 }}
            {...form.getInputProps(`goals.${index}.goal`)}
          />
          <ActionIcon
            variant="subtle"
            color="red.8"
            mt={26}
            aria-label={t("support.cases.ui.plan.removeGoal", { goal: goalName })}
            onClick={() => form.removeListItem("goals", index)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
        {goal.actions.map((_, actionIndex) => {
          const actionName = t("support.cases.ui.plan.actionNumber", { number: actionIndex + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their index is their path.
            <Fieldset key={actionIndex} legend={actionName} variant="filled" p="xs">
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  label={t("support.cases.plan.action")}
                  required
                  style={{ flex: "2 1 240px" }}
                  {...form.getInputProps(`goals.${index}.actions.${actionIndex}.action`)}
                />
                <TextInput
                  label={t("support.cases.plan.by")}
                  style={{ flex: "1 1 160px" }}
                  {...form.getInputProps(`goals.${index}.actions.${actionIndex}.by`)}
                />
                <WarekiDateInput
                  label={t("support.cases.plan.targetOn")}
                  style={{ flex: "1 1 160px" }}
                  {...form.getInputProps(`goals.${index}.actions.${actionIndex}.targetOn`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.8"
                  mt={26}
                  aria-label={t("support.cases.ui.plan.removeAction", { action: actionName, goal: goalName })}
                  onClick={() => form.removeListItem(`goals.${index}.actions`, actionIndex)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem(`goals.${index}.actions`, emptyAction())}
          >
            {t("support.cases.ui.plan.addAction")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
