import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { PolicyIssueDetail } from "@otagai/shared/network/proposals";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck, IconPencil } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState, MutationError } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import {
  isRecordId,
  useAddEvidence,
  useAssignPolicyIssue,
  usePolicyIssue,
  useProposals,
  useRemoveEvidence,
  useUpdatePolicyIssue,
} from "./api/proposals";
import { EvidenceForm, IssueForm } from "./components/issue-forms";

const routeApi = getRouteApi("/_authenticated/network/policy-issues/$id");

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: "pre-wrap" }}>
        {children}
      </Text>
    </div>
  );
}

/** Puts the issue into a proposal, or takes it out. */
function AssignProposal({ issue, onDone }: { issue: PolicyIssueDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const proposals = useProposals();
  const assign = useAssignPolicyIssue(issue.id);
  const [value, setValue] = useState(issue.proposalId ?? "");
  const data = [
    { value: "", label: t("network.proposals.none") },
    ...(proposals.data?.items ?? []).map((proposal) => ({ value: proposal.id, label: proposal.title })),
  ];
  return (
    <Stack gap="xs" maw={640}>
      <Group align="end">
        <Select
          label={t("network.proposals.issue.proposal")}
          data={data}
          value={value}
          allowDeselect={false}
          onChange={(next) => setValue(next ?? "")}
          style={{ flex: 1 }}
        />
        <Button
          variant="light"
          loading={assign.isPending}
          onClick={() =>
            void assign
              .mutateAsync({ proposalId: value || null, version: issue.version })
              .then(onDone, () => undefined)
          }
        >
          {t("network.proposals.issue.assign")}
        </Button>
      </Group>
      <MutationError error={assign.error} />
    </Stack>
  );
}

function EvidenceTable({
  issue,
  canWrite,
  onRemoved,
}: {
  issue: PolicyIssueDetail;
  canWrite: boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveEvidence(issue.id);
  const i = (key: string) => t(`network.proposals.issue.${key}` as "network.proposals.issue.month");
  if (issue.evidence.length === 0) return <Text>{i("evidenceEmpty")}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("network.proposals.fields.evidenceKind")}</Table.Th>
              <Table.Th scope="col">{i("month")}</Table.Th>
              <Table.Th scope="col">{i("categoryOrProgram")}</Table.Th>
              <Table.Th scope="col">{i("topics")}</Table.Th>
              <Table.Th scope="col">{i("channel")}</Table.Th>
              {canWrite ? <Table.Td /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issue.evidence.map((evidence) => (
              <Table.Tr key={evidence.id}>
                <Table.Td>{t(`network.proposals.evidenceKinds.${evidence.kind}`)}</Table.Td>
                <Table.Td>{evidence.month}</Table.Td>
                <Table.Td>{evidence.categoryName ?? evidence.programName ?? "—"}</Table.Td>
                <Table.Td>
                  {evidence.concernTopics
                    .map((topic) => t(`support.concernTopics.${topic}` as "support.concernTopics.housing"))
                    .join("・") || "—"}
                </Table.Td>
                <Table.Td>
                  {evidence.channel
                    ? t(`consultation.channels.${evidence.channel}` as "consultation.channels.phone")
                    : "—"}
                </Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => void remove.mutateAsync(evidence.id).then(onRemoved, () => undefined)}
                      aria-label={`${i("removeEvidence")}: ${t(`network.proposals.evidenceKinds.${evidence.kind}`)} ${evidence.month}`}
                    >
                      {i("removeEvidence")}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MutationError error={remove.error} />
    </>
  );
}

/** One issue: what was seen, its proposal, and its evidence without personal details. */
export function IssuePage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const issue = usePolicyIssue(id);
  const update = useUpdatePolicyIssue(id);
  const addEvidence = useAddEvidence(id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canWrite = roleHas(me.role, "policyIssues.write");

  if (!isRecordId(id) || (isApiError(issue.error) && issue.error.status === 404)) return <NotFoundPage />;
  const record = issue.data;
  const field = (key: "source" | "place" | "frequency" | "noticedOn") => t(`network.proposals.fields.${key}`);

  return (
    <>
      <AnchorLink to="/network/proposals" size="sm" display="inline-block" mb="sm">
        {t("network.proposals.backToList")}
      </AnchorLink>
      <PageHeader
        title={record?.title ?? t("network.proposals.title")}
        actions={
          record && canWrite && !editing ? (
            <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
              {t("network.proposals.editIssue")}
            </Button>
          ) : null
        }
      />
      {issue.isPending ? <LoadingState /> : null}
      {issue.isError ? <ErrorState error={issue.error} onRetry={() => void issue.refetch()} /> : null}
      {record ? (
        <Stack gap="lg">
          {notice ? (
            <Alert
              color="otagai"
              icon={<IconCircleCheck aria-hidden />}
              role="status"
              withCloseButton
              onClose={() => setNotice(null)}
              closeButtonLabel={t("common.close")}
            >
              {notice}
            </Alert>
          ) : null}
          {editing ? (
            <IssueForm
              record={record}
              mutation={update}
              onSave={async (input) => {
                await update.mutateAsync({ issue: input, version: record.version });
                setEditing(false);
                setNotice(t("network.proposals.saved"));
              }}
              onCancel={() => {
                update.reset();
                setEditing(false);
              }}
            />
          ) : (
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
                <Detail label={field("noticedOn")}>{record.noticedOn}</Detail>
                <Detail label={field("source")}>{t(`network.proposals.sources.${record.source}`)}</Detail>
                <Detail label={field("place")}>{record.place || "—"}</Detail>
                <Detail label={field("frequency")}>
                  {t(`network.proposals.frequencies.${record.frequency}`)}
                </Detail>
                <Detail label={t("network.proposals.issue.proposal")}>
                  {record.proposalId ? (
                    <AnchorLink to="/network/proposals/$id" params={{ id: record.proposalId }}>
                      {record.proposalTitle}
                    </AnchorLink>
                  ) : (
                    t("network.proposals.none")
                  )}
                </Detail>
              </SimpleGrid>
              <dl style={{ margin: 0, marginTop: "var(--mantine-spacing-md)" }}>
                <Detail label={t("network.proposals.issue.observed")}>{record.observed}</Detail>
              </dl>
            </Paper>
          )}
          {canWrite ? (
            <AssignProposal
              key={record.version}
              issue={record}
              onDone={() => setNotice(t("network.proposals.issue.assigned"))}
            />
          ) : null}
          <Paper withBorder p="md" component="section" aria-labelledby="issue-evidence">
            <Title order={2} size="h4" id="issue-evidence">
              {t("network.proposals.issue.evidence")}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t("network.proposals.issue.evidenceLead")}
            </Text>
            <EvidenceTable
              issue={record}
              canWrite={canWrite}
              onRemoved={() => setNotice(t("network.proposals.issue.evidenceRemoved"))}
            />
            {canWrite ? (
              <Stack mt="md">
                <EvidenceForm
                  mutation={addEvidence}
                  onSave={async (input) => {
                    await addEvidence.mutateAsync(input);
                    setNotice(t("network.proposals.issue.evidenceAdded"));
                  }}
                />
              </Stack>
            ) : null}
          </Paper>
        </Stack>
      ) : null}
    </>
  );
}
