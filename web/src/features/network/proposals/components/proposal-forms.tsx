import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import {
  type MoveProposalInput,
  manualProposalEventKinds,
  moveProposalInputSchema,
  type Proposal,
  type ProposalEventInput,
  type ProposalInput,
  type ProposalStatus,
  proposalEventInputSchema,
  proposalInputSchema,
} from "@otagai/shared/network/proposals";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { japanToday, type ProposalFieldKey } from "../proposal-format";

type Mutation = { reset(): void; error: unknown; isPending: boolean };

/** A proposal, new or corrected: its title, addressee, text and the period its figures count. */
export function ProposalForm({
  record,
  onSave,
  mutation,
  onCancel,
}: {
  record?: Proposal;
  onSave: (input: ProposalInput) => Promise<unknown>;
  mutation: Mutation;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const today = japanToday();
  const form = useSchemaForm({
    initialValues: {
      title: record?.title ?? "",
      addressee: record?.addressee ?? "",
      summary: record?.summary ?? "",
      body: record?.body ?? "",
      periodFrom:
        record?.periodFrom ?? `${Number(today.slice(0, 4)) - (today.slice(5) < "04-01" ? 1 : 0)}-04-01`,
      periodTo: record?.periodTo ?? today,
    },
    schema: proposalInputSchema,
    mutation,
  });
  const field = (name: ProposalFieldKey) => t(`network.proposals.fields.${name}`);
  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(onSave)}
      noValidate
      aria-label={record ? t("network.proposals.editProposal") : t("network.proposals.newProposalTitle")}
    >
      <Stack gap="md" maw={880}>
        <TextInput label={field("title")} required autoComplete="off" {...form.getInputProps("title")} />
        <TextInput
          label={field("addressee")}
          required
          autoComplete="off"
          {...form.getInputProps("addressee")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={field("periodFrom")} required {...form.getInputProps("periodFrom")} />
          <TextInput type="date" label={field("periodTo")} required {...form.getInputProps("periodTo")} />
        </SimpleGrid>
        <Textarea label={field("summary")} autosize minRows={2} {...form.getInputProps("summary")} />
        <Textarea label={field("body")} autosize minRows={5} {...form.getInputProps("body")} />
        <MutationError error={mutation.error} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {record ? t("network.proposals.saveChanges") : t("network.proposals.save")}
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

/** The next status, one step: submitted takes its day, answered its day and the answer. */
export function MoveForm({
  proposal,
  next,
  onSave,
  mutation,
}: {
  proposal: Proposal;
  next: ProposalStatus;
  onSave: (input: MoveProposalInput) => Promise<unknown>;
  mutation: Mutation;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: { on: japanToday(), answer: "" },
    schema: moveProposalInputSchema,
    mutation,
    toInput: (values) => ({ ...values, status: next, version: proposal.version }),
  });
  const label = t("network.proposals.detail.move", { status: t(`network.proposals.statuses.${next}`) });
  return (
    <form ref={form.ref} onSubmit={form.submit(onSave)} noValidate aria-label={label}>
      <Stack gap="sm" maw={640}>
        <TextInput
          type="date"
          label={t("network.proposals.fields.on")}
          required
          {...form.getInputProps("on")}
        />
        {next === "answered" ? (
          <Textarea
            label={t("network.proposals.fields.answer")}
            required
            autosize
            minRows={2}
            {...form.getInputProps("answer")}
          />
        ) : null}
        <MutationError error={mutation.error} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One entry of the campaign's history. */
export function EventForm({
  onSave,
  mutation,
}: {
  onSave: (input: ProposalEventInput) => Promise<unknown>;
  mutation: Mutation;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: {
      happenedOn: japanToday(),
      kind: "meeting" as ProposalEventInput["kind"],
      description: "",
    },
    schema: proposalEventInputSchema,
    mutation,
  });
  const field = (name: ProposalFieldKey) => t(`network.proposals.fields.${name}`);
  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(async (input) => {
        await onSave(input);
        form.setFieldValue("description", "");
      })}
      noValidate
      aria-label={t("network.proposals.detail.addEvent")}
    >
      <Stack gap="sm" maw={880}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={field("happenedOn")} required {...form.getInputProps("happenedOn")} />
          <Select
            label={field("kind")}
            required
            allowDeselect={false}
            data={manualProposalEventKinds.map((kind) => ({
              value: kind,
              label: t(`network.proposals.eventKinds.${kind}`),
            }))}
            {...form.getInputProps("kind")}
          />
        </SimpleGrid>
        <Textarea
          label={field("description")}
          required
          autosize
          minRows={2}
          {...form.getInputProps("description")}
        />
        <MutationError error={mutation.error} />
        <Group>
          <Button type="submit" variant="light" loading={mutation.isPending}>
            {t("network.proposals.detail.addEvent")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
