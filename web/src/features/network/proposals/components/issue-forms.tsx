import { Button, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import {
  type AddEvidenceInput,
  addEvidenceInputSchema,
  type PolicyIssue,
  type PolicyIssueFrequency,
  type PolicyIssueInput,
  type PolicyIssueSource,
  policyIssueFrequencies,
  policyIssueInputSchema,
  policyIssueSources,
} from "@otagai/shared/network/proposals";
import { useTranslation } from "react-i18next";
import { MutationError } from "../../../../components/query-state";
import { useSchemaForm } from "../../../../components/use-form";
import { japanToday, type ProposalFieldKey } from "../proposal-format";

type Mutation = { reset(): void; error: unknown; isPending: boolean };

/** An issue, new or corrected: what was seen, where, how often, when. */
export function IssueForm({
  record,
  onSave,
  mutation,
  onCancel,
}: {
  record?: PolicyIssue;
  onSave: (input: PolicyIssueInput) => Promise<unknown>;
  mutation: Mutation;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: {
      title: record?.title ?? "",
      observed: record?.observed ?? "",
      source: (record?.source ?? "desk") as PolicyIssueSource,
      place: record?.place ?? "",
      frequency: (record?.frequency ?? "sometimes") as PolicyIssueFrequency,
      noticedOn: record?.noticedOn ?? japanToday(),
    },
    schema: policyIssueInputSchema,
    mutation,
  });
  const field = (name: ProposalFieldKey) => t(`network.proposals.fields.${name}`);
  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(onSave)}
      noValidate
      aria-label={record ? t("network.proposals.editIssue") : t("network.proposals.newIssueTitle")}
    >
      <Stack gap="md" maw={880}>
        <TextInput label={field("title")} required autoComplete="off" {...form.getInputProps("title")} />
        <Textarea
          label={field("observed")}
          required
          autosize
          minRows={3}
          {...form.getInputProps("observed")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={field("source")}
            required
            allowDeselect={false}
            data={policyIssueSources.map((source) => ({
              value: source,
              label: t(`network.proposals.sources.${source}`),
            }))}
            {...form.getInputProps("source")}
          />
          <Select
            label={field("frequency")}
            required
            allowDeselect={false}
            data={policyIssueFrequencies.map((frequency) => ({
              value: frequency,
              label: t(`network.proposals.frequencies.${frequency}`),
            }))}
            {...form.getInputProps("frequency")}
          />
          <TextInput label={field("place")} autoComplete="off" {...form.getInputProps("place")} />
          <TextInput type="date" label={field("noticedOn")} required {...form.getInputProps("noticedOn")} />
        </SimpleGrid>
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

/** Links a consultation or a case, by the id from its page's address. */
export function EvidenceForm({
  onSave,
  mutation,
}: {
  onSave: (input: AddEvidenceInput) => Promise<unknown>;
  mutation: Mutation;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: { kind: "consultation" as "consultation" | "case", recordId: "" },
    schema: addEvidenceInputSchema,
    mutation,
    toInput: (values) =>
      values.kind === "consultation"
        ? { consultationId: values.recordId.trim() }
        : { caseId: values.recordId.trim() },
  });
  const field = (name: ProposalFieldKey) => t(`network.proposals.fields.${name}`);
  const errors = form.errors as Record<string, unknown>;
  const idError = (errors.consultationId ?? errors.caseId ?? errors.recordId) as string | undefined;
  return (
    <form
      ref={form.ref}
      onSubmit={form.submit(async (input) => {
        await onSave(input);
        form.setFieldValue("recordId", "");
      })}
      noValidate
      aria-label={t("network.proposals.issue.addEvidence")}
    >
      <Stack gap="sm" maw={640}>
        <Radio.Group label={field("evidenceKind")} {...form.getInputProps("kind")}>
          <Group mt="xs">
            <Radio value="consultation" label={t("network.proposals.evidenceKinds.consultation")} />
            <Radio value="case" label={t("network.proposals.evidenceKinds.case")} />
          </Group>
        </Radio.Group>
        <TextInput
          label={field("recordId")}
          description={t("network.proposals.issue.recordIdHint")}
          required
          autoComplete="off"
          {...form.getInputProps("recordId")}
          error={idError}
        />
        <MutationError error={mutation.error} />
        <Group>
          <Button type="submit" variant="light" loading={mutation.isPending}>
            {t("network.proposals.issue.addEvidence")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
