import { Button, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import {
  type Evaluation,
  type Evaluator,
  evaluationCriteria,
  type PlacementEvaluations,
} from "@otagai/shared/support/evaluations";
import { IconPencil } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { ScrollTable } from "../../../../components/scroll-table";
import { formatDate, todayInJapan } from "../../cases/components/dates";
import { FormModal } from "../../components/form-modal";
import { type CompareCell, compareTerms } from "./evaluation-compare";
import { EvaluationForm } from "./evaluation-form";
import { useEvaluations } from "./evaluations-api";

type Term = PlacementEvaluations["terms"][number];

function scoreText(score: number | null, t: TFunction): string {
  if (score === null) return t("support.evaluations.notYet");
  return t("support.evaluations.scoreValue", {
    score,
    label: t(`support.evaluations.scores.${score as 1 | 2 | 3 | 4}`),
  });
}

/**
 * 評価 of a placement: each term's workplace and coordinator evaluations side by side (criteria ×
 * the two sides, 1–4 with their words, and the comments), a term-by-term comparison with the change
 * from the term before, and a form for each side the viewer may write. The portal shows and
 * writes the workplace's side only.
 */
export function EvaluationsSection({
  placementBase,
  editable,
  portal,
}: {
  placementBase: string;
  editable: readonly ("workplace" | "coordinator")[];
  portal: boolean;
}) {
  const { t, i18n } = useTranslation();
  const e = "support.evaluations" as const;
  const evaluations = useEvaluations(placementBase);
  const [editing, setEditing] = useState<{ term: number; evaluator: Evaluator } | null>(null);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState(false);
  const today = todayInJapan();
  const sides: Evaluator[] = portal ? ["workplace"] : ["workplace", "coordinator"];
  const terms = evaluations.data?.terms ?? [];
  const editingTerm = editing ? terms.find((term) => term.term === editing.term) : undefined;
  const sideOf = (term: Term, side: Evaluator): Evaluation | null =>
    side === "workplace" ? term.workplace : (term.coordinator ?? null);

  return (
    <Paper component="section" withBorder p={{ base: "sm", sm: "lg" }} aria-labelledby="evaluations-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="evaluations-heading">
            {t(`${e}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`${e}.lead`)}
          </Text>
        </div>
        {notice ? (
          <Text size="sm" role="status">
            {t(`${e}.saved`)}
          </Text>
        ) : null}
        {evaluations.isPending ? <LoadingState /> : null}
        {evaluations.isError ? (
          <ErrorState error={evaluations.error} onRetry={() => void evaluations.refetch()} />
        ) : null}
        {evaluations.data && terms.length === 0 ? <Text size="sm">{t(`${e}.none`)}</Text> : null}
        {terms.map((term) => {
          const started = term.from <= today;
          const headingId = `evaluation-term-${term.term}`;
          return (
            <Stack key={term.term} gap="xs" component="section" aria-labelledby={headingId}>
              <Title order={3} size="h5" id={headingId}>
                {t(`${e}.termTitle`, {
                  term: term.term,
                  from: formatDate(term.from, i18n.language),
                  to: formatDate(term.to, i18n.language),
                })}
              </Title>
              {started ? null : (
                <Text size="sm" c="dimmed">
                  {t(`${e}.notStarted`)}
                </Text>
              )}
              <ScrollTable minWidth={480} labelledBy={headingId}>
                <Table withTableBorder verticalSpacing={4} fz="sm">
                  <Table.Caption>{t(`${e}.tableCaption`, { term: term.term })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t(`${e}.criterion`)}</Table.Th>
                      {sides.map((side) => (
                        <Table.Th scope="col" key={side}>
                          {t(`${e}.evaluators.${side}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {evaluationCriteria.map((criterion) => (
                      <Table.Tr key={criterion}>
                        <Table.Th scope="row">{t(`${e}.criteria.${criterion}`)}</Table.Th>
                        {sides.map((side) => (
                          <Table.Td key={side}>
                            {scoreText(sideOf(term, side)?.scores[criterion] ?? null, t)}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
              <SimpleGrid cols={{ base: 1, sm: sides.length }} spacing="sm">
                {sides.map((side) => {
                  const evaluation = sideOf(term, side);
                  const label = t(`${e}.evaluators.${side}`);
                  return (
                    <div key={side}>
                      <Text size="sm" fw={700}>
                        {label} — {t(`${e}.comments`)}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        {evaluation?.comments || t(`${e}.noComments`)}
                      </Text>
                      {evaluation ? (
                        <Text size="xs" c="dimmed">
                          {t(`${e}.recordedBy`, {
                            date: formatDate(evaluation.evaluatedOn, i18n.language),
                            name: evaluation.recordedByName ?? "",
                          })}
                        </Text>
                      ) : null}
                      {editable.includes(side) && started ? (
                        <Button
                          mt="xs"
                          size="xs"
                          variant="outline"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          onClick={() => {
                            setNotice(false);
                            setEditing({ term: term.term, evaluator: side });
                          }}
                        >
                          {t(evaluation ? `${e}.edit` : `${e}.enter`, { evaluator: label })}
                          <VisuallyHidden> {t(`${e}.tableCaption`, { term: term.term })}</VisuallyHidden>
                        </Button>
                      ) : null}
                    </div>
                  );
                })}
              </SimpleGrid>
            </Stack>
          );
        })}
        {terms.length > 1 ? (
          <Stack gap="xs" component="section" aria-labelledby="evaluations-compare-heading">
            <Title order={3} size="h5" id="evaluations-compare-heading">
              {t(`${e}.compare.title`)}
            </Title>
            {sides.map((side) => (
              <CompareTable
                key={side}
                terms={terms}
                label={t(`${e}.evaluators.${side}`)}
                cells={compareTerms(
                  terms.map((term) => ({ term: term.term, scores: sideOf(term, side)?.scores ?? null })),
                )}
              />
            ))}
          </Stack>
        ) : null}
      </Stack>
      <FormModal
        opened={editing !== null}
        title={
          editing
            ? t(`${e}.formTitle`, {
                term: editing.term,
                evaluator: t(`${e}.evaluators.${editing.evaluator}`),
              })
            : ""
        }
        onClose={() => setEditing(null)}
      >
        {editing && editingTerm ? (
          <EvaluationForm
            key={`${editing.term}-${editing.evaluator}-${generation}`}
            placementBase={placementBase}
            portal={portal}
            term={editing.term}
            evaluator={editing.evaluator}
            current={sideOf(editingTerm, editing.evaluator)}
            onSaved={() => {
              setEditing(null);
              setNotice(true);
            }}
            onCancel={() => setEditing(null)}
            onReload={async () => {
              await evaluations.refetch();
              setGeneration((value) => value + 1);
            }}
          />
        ) : null}
      </FormModal>
    </Paper>
  );
}

/** Criteria × terms for one side: the score, and an arrow with the change from the term before. */
function CompareTable({
  terms,
  label,
  cells,
}: {
  terms: readonly Term[];
  label: string;
  cells: ReturnType<typeof compareTerms>;
}) {
  const { t } = useTranslation();
  const c = "support.evaluations.compare" as const;
  const change = (cell: CompareCell) =>
    cell.score === null
      ? ""
      : cell.diff === null
        ? t(`${c}.first`)
        : cell.diff > 0
          ? t(`${c}.up`, { diff: cell.diff })
          : cell.diff < 0
            ? t(`${c}.down`, { diff: cell.diff })
            : t(`${c}.same`);
  return (
    <ScrollTable minWidth={480} label={t(`${c}.caption`, { evaluator: label })}>
      <Table withTableBorder verticalSpacing={4} fz="sm">
        <Table.Caption>{t(`${c}.caption`, { evaluator: label })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("support.evaluations.criterion")}</Table.Th>
            {terms.map((term) => (
              <Table.Th scope="col" key={term.term}>
                {t("support.attendance.rates.term", { term: term.term })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {evaluationCriteria.map((criterion) => (
            <Table.Tr key={criterion}>
              <Table.Th scope="row">{t(`support.evaluations.criteria.${criterion}`)}</Table.Th>
              {cells[criterion].map((cell, index) => (
                <Table.Td key={terms[index]?.term ?? index}>
                  {cell.score === null ? t(`${c}.empty`) : `${cell.score} ${change(cell)}`}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
