import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { consultationChannels } from "@otagai/shared/consultation/consultations";
import {
  type FigureFilters,
  type FigureInput,
  type FigureMeasure,
  type FigureOptions,
  figureInputSchema,
  figureMeasures,
  type Proposal,
  type ProposalFigure,
} from "@otagai/shared/network/proposals";
import { concernTopics } from "@otagai/shared/support/concern-topics";
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import {
  useAddFigure,
  useDeleteFigure,
  useFigureOptions,
  useReorderFigures,
  useUpdateFigure,
} from "../api/proposals";
import type { ProposalFieldKey } from "../proposal-format";

type Mutation = { reset(): void; error: unknown; isPending: boolean };
const filterKeys = ["categoryCode", "concernTopic", "area", "programId", "channel"] as const;

/** A figure's filters in words: "住まい・座間市". */
function useFiltersText(options: FigureOptions | undefined) {
  const { t } = useTranslation();
  return (filters: FigureFilters) => {
    const parts = [
      filters.categoryCode
        ? (options?.categories.find((category) => category.code === filters.categoryCode)?.name ??
          filters.categoryCode)
        : "",
      filters.concernTopic ? t(`support.concernTopics.${filters.concernTopic}`) : "",
      filters.area ?? "",
      filters.programId
        ? (options?.programs.find((program) => program.id === filters.programId)?.name ?? "")
        : "",
      filters.channel ? t(`consultation.channels.${filters.channel}`) : "",
    ].filter(Boolean);
    return parts.length > 0 ? parts.join("・") : t("network.proposals.any");
  };
}

function FigureForm({
  figure,
  options,
  onSave,
  mutation,
  onCancel,
}: {
  figure?: ProposalFigure;
  options: FigureOptions | undefined;
  onSave: (input: FigureInput) => Promise<unknown>;
  mutation: Mutation;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: {
      label: figure?.label ?? "",
      measure: (figure?.measure ?? "consultations") as FigureMeasure,
      filters: Object.fromEntries(filterKeys.map((key) => [key, figure?.filters[key] ?? ""])) as Record<
        (typeof filterKeys)[number],
        string
      >,
    },
    schema: figureInputSchema,
    mutation,
    toInput: (values) => ({
      ...values,
      filters: Object.fromEntries(Object.entries(values.filters).filter(([, value]) => value !== "")),
    }),
  });
  const field = (name: ProposalFieldKey) => t(`network.proposals.fields.${name}`);
  const deskOnly = form.values.measure === "consultations";
  const choice = (name: (typeof filterKeys)[number], data: { value: string; label: string }[]) => (
    <Select
      label={field(name)}
      placeholder={t("network.proposals.any")}
      clearable
      data={data}
      {...form.getInputProps(`filters.${name}`)}
      onChange={(value) => form.setFieldValue(`filters.${name}`, value ?? "")}
    />
  );
  const title = figure ? t("network.proposals.detail.editFigure") : t("network.proposals.detail.addFigure");
  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(async (input) => {
        await onSave(input);
        if (!figure) form.reset();
      })}
      noValidate
      aria-label={title}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={field("label")} required autoComplete="off" {...form.getInputProps("label")} />
          <Select
            label={field("measure")}
            required
            allowDeselect={false}
            data={figureMeasures.map((measure) => ({
              value: measure,
              label: t(`network.proposals.measures.${measure}`),
            }))}
            {...form.getInputProps("measure")}
          />
          {deskOnly
            ? choice(
                "categoryCode",
                (options?.categories ?? []).map((category) => ({
                  value: category.code,
                  label: category.name,
                })),
              )
            : null}
          {choice(
            "concernTopic",
            concernTopics.map((topic) => ({ value: topic, label: t(`support.concernTopics.${topic}`) })),
          )}
          <TextInput label={field("area")} autoComplete="off" {...form.getInputProps("filters.area")} />
          {choice(
            "programId",
            (options?.programs ?? []).map((program) => ({ value: program.id, label: program.name })),
          )}
          {deskOnly
            ? choice(
                "channel",
                consultationChannels.map((channel) => ({
                  value: channel,
                  label: t(`consultation.channels.${channel}`),
                })),
              )
            : null}
        </SimpleGrid>
        <MutationError error={mutation.error} />
        <Group>
          <Button type="submit" variant="light" loading={mutation.isPending}>
            {figure ? t("network.proposals.saveChanges") : title}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t("network.proposals.cancel")}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/** The figures backing a proposal, each counted now over its period, with their editor. */
export function FiguresSection({ proposal, canWrite }: { proposal: Proposal; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const options = useFigureOptions();
  const filtersText = useFiltersText(options.data);
  const add = useAddFigure(proposal.id);
  const update = useUpdateFigure(proposal.id);
  const remove = useDeleteFigure(proposal.id);
  const reorder = useReorderFigures(proposal.id);
  const [editing, setEditing] = useState<string | null>(null);
  const ids = proposal.figures.map((figure) => figure.id);
  function move(index: number, by: number) {
    const next = [...ids];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    reorder.mutate({ figureIds: next });
  }
  const heading = t("network.proposals.detail.figures");
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="proposal-figures">
      <Title order={2} size="h4" id="proposal-figures">
        {heading}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("network.proposals.detail.figuresLead")}{" "}
        {t("network.proposals.detail.periodValue", { from: proposal.periodFrom, to: proposal.periodTo })}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("network.proposals.fields.label")}</Table.Th>
              <Table.Th scope="col">{t("network.proposals.fields.measure")}</Table.Th>
              <Table.Th scope="col">{t("network.proposals.detail.filters")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("network.proposals.detail.count")}
              </Table.Th>
              {canWrite ? <Table.Td /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {proposal.figures.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={canWrite ? 5 : 4}>{t("network.proposals.detail.figuresEmpty")}</Table.Td>
              </Table.Tr>
            ) : null}
            {proposal.figures.map((figure, index) => (
              <Table.Tr key={figure.id}>
                <Table.Th scope="row" fw="normal">
                  {figure.label}
                </Table.Th>
                <Table.Td>{t(`network.proposals.measures.${figure.measure}`)}</Table.Td>
                <Table.Td>{filtersText(figure.filters)}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {t("network.proposals.detail.unitCount", {
                    count: figure.count.toLocaleString(i18n.language),
                  })}
                </Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t("network.proposals.detail.moveUp")}: ${figure.label}`}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                      >
                        <IconArrowUp size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t("network.proposals.detail.moveDown")}: ${figure.label}`}
                        disabled={index === ids.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        <IconArrowDown size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${t("network.proposals.detail.editFigure")}: ${figure.label}`}
                        onClick={() => setEditing(figure.id)}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t("network.proposals.detail.deleteFigure")}: ${figure.label}`}
                        onClick={() => remove.mutate(figure.id)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MutationError error={remove.error ?? reorder.error} />
      {canWrite ? (
        <Stack mt="md">
          {editing ? (
            <FigureForm
              key={editing}
              figure={proposal.figures.find((figure) => figure.id === editing)}
              options={options.data}
              mutation={update}
              onSave={async (figure) => {
                await update.mutateAsync({ figureId: editing, figure });
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <FigureForm options={options.data} mutation={add} onSave={(figure) => add.mutateAsync(figure)} />
          )}
        </Stack>
      ) : null}
    </Paper>
  );
}
