import { Alert, Button, Stack, Text, Textarea } from "@mantine/core";
import {
  type Evaluation,
  type Evaluator,
  evaluationCriteria,
  evaluationInputSchema,
  evaluationScoreMax,
  evaluationScoreMin,
} from "@otagai/shared/support/evaluations";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { todayInJapan } from "../../cases/components/dates";
import { RadioChoices } from "../../cases/components/radio-choices";
import { DialogButtons } from "../../components/dialog-buttons";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useSaveEvaluation } from "./evaluations-api";

const scores = Array.from(
  { length: evaluationScoreMax - evaluationScoreMin + 1 },
  (_, i) => evaluationScoreMin + i,
);

/**
 * One side's evaluation of one term: each criterion 1–4, the date and comments. Kept as a draft on
 * the server while typed (app/drafts); someone saving first (409) keeps the typing and offers to
 * load theirs.
 */
export function EvaluationForm({
  placementBase,
  portal,
  term,
  evaluator,
  current,
  onSaved,
  onCancel,
  onReload,
}: {
  placementBase: string;
  portal: boolean;
  term: number;
  evaluator: Evaluator;
  current: Evaluation | null;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const e = "support.evaluations" as const;
  const save = useSaveEvaluation(placementBase, portal);
  const placementId = placementBase.split("/").pop() ?? "";
  const version = current?.version ?? null;
  const form = useSchemaForm({
    initialValues: {
      evaluatedOn: current?.evaluatedOn ?? todayInJapan(),
      scores: Object.fromEntries(
        evaluationCriteria.map((criterion) => [criterion, current ? String(current.scores[criterion]) : ""]),
      ) as Record<(typeof evaluationCriteria)[number], string>,
      comments: current?.comments ?? "",
    },
    schema: evaluationInputSchema,
    mutation: save,
    draft: {
      formKey: "support.placement-evaluation",
      recordKey: `${placementId}.${term}.${evaluator}`,
      version,
    },
    toInput: (values) => ({
      ...values,
      version,
      scores: Object.fromEntries(
        evaluationCriteria.map((criterion) => [
          criterion,
          values.scores[criterion] ? Number(values.scores[criterion]) : undefined,
        ]),
      ),
    }),
  });
  const submit = form.submit(async (input) => {
    await save.mutateAsync({ term, evaluator, input });
    onSaved();
  });
  const options = scores.map((score) => ({
    value: String(score),
    label: t(`${e}.scoreValue`, { score, label: t(`${e}.scores.${score as 1 | 2 | 3 | 4}`) }),
  }));
  const stale = isApiError(save.error) && save.error.status === 409;

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t(`${e}.scoreLegend`)}
        </Text>
        <WarekiDateInput
          label={t(`${e}.evaluatedOn`)}
          required
          maw={260}
          {...form.getInputProps("evaluatedOn")}
        />
        {evaluationCriteria.map((criterion) => (
          <RadioChoices
            key={criterion}
            inline
            required
            label={t(`${e}.criteria.${criterion}`)}
            options={options}
            {...form.getInputProps(`scores.${criterion}`)}
          />
        ))}
        <Textarea
          label={t(`${e}.comments`)}
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps("comments")}
        />
        {stale ? (
          <Alert color="orange" title={t(`${e}.staleTitle`)} role="alert">
            <Text size="sm" mb="sm">
              {isApiError(save.error) ? save.error.message : null}
            </Text>
            <Button
              size="xs"
              variant="outline"
              color="orange.9"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={onReload}
            >
              {t(`${e}.reload`)}
            </Button>
          </Alert>
        ) : (
          <MutationError error={save.error} />
        )}
        <DialogButtons pending={save.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
