import { Badge, Group, Stack, Table, Title } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconPlus } from "@tabler/icons-react";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { NetworkNav } from "../components/network-nav";
import { useIssues, useProposals } from "./api/proposals";
import { proposalStatusColors } from "./proposal-format";

/** 政策提言: the proposals with their status, and the issues not yet in one. */
export function ProposalsPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const proposals = useProposals();
  const issues = useIssues({ unassigned: true });
  const column = (key: string) => t(`network.proposals.columns.${key}` as "network.proposals.columns.title");
  return (
    <>
      <NetworkNav current="proposals" />
      <PageHeader
        title={t("network.proposals.title")}
        lead={t("network.proposals.lead")}
        actions={
          <Group>
            {roleHas(me.role, "proposals.write") ? (
              <ButtonLink to="/network/proposals/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t("network.proposals.addProposal")}
              </ButtonLink>
            ) : null}
            {roleHas(me.role, "policyIssues.write") ? (
              <ButtonLink
                to="/network/policy-issues/new"
                variant="light"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t("network.proposals.addIssue")}
              </ButtonLink>
            ) : null}
          </Group>
        }
      />
      <Stack gap="xl">
        <section aria-labelledby="proposals-heading">
          <Title order={2} size="h3" id="proposals-heading" mb="sm">
            {t("network.proposals.proposalsHeading")}
          </Title>
          {proposals.isPending ? <LoadingState /> : null}
          {proposals.isError ? (
            <ErrorState error={proposals.error} onRetry={() => void proposals.refetch()} />
          ) : null}
          {proposals.data ? (
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    {["title", "addressee", "status", "period", "submittedOn", "issueCount"].map((key) => (
                      <Table.Th key={key} scope="col">
                        {column(key)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {proposals.data.items.length === 0 ? (
                    <Table.Tr>
                      <Table.Td colSpan={6}>{t("network.proposals.proposalsEmpty")}</Table.Td>
                    </Table.Tr>
                  ) : null}
                  {proposals.data.items.map((proposal) => (
                    <Table.Tr key={proposal.id}>
                      <Table.Td>
                        <AnchorLink to="/network/proposals/$id" params={{ id: proposal.id }}>
                          {proposal.title}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{proposal.addressee}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={proposalStatusColors[proposal.status]}
                          c="dark"
                          radius="sm"
                        >
                          {t(`network.proposals.statuses.${proposal.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {t("network.proposals.detail.periodValue", {
                          from: proposal.periodFrom,
                          to: proposal.periodTo,
                        })}
                      </Table.Td>
                      <Table.Td>{proposal.submittedOn ?? "—"}</Table.Td>
                      <Table.Td>{proposal.issueCount}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </section>
        <section aria-labelledby="issues-heading">
          <Title order={2} size="h3" id="issues-heading" mb="sm">
            {t("network.proposals.issuesHeading")}
          </Title>
          {issues.isPending ? <LoadingState /> : null}
          {issues.isError ? <ErrorState error={issues.error} onRetry={() => void issues.refetch()} /> : null}
          {issues.data ? (
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    {["noticedOn", "title", "source", "place", "frequency", "evidenceCount"].map((key) => (
                      <Table.Th key={key} scope="col">
                        {column(key)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {issues.data.items.length === 0 ? (
                    <Table.Tr>
                      <Table.Td colSpan={6}>{t("network.proposals.issuesEmpty")}</Table.Td>
                    </Table.Tr>
                  ) : null}
                  {issues.data.items.map((issue) => (
                    <Table.Tr key={issue.id}>
                      <Table.Td>{issue.noticedOn}</Table.Td>
                      <Table.Td>
                        <AnchorLink to="/network/policy-issues/$id" params={{ id: issue.id }}>
                          {issue.title}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{t(`network.proposals.sources.${issue.source}`)}</Table.Td>
                      <Table.Td>{issue.place || "—"}</Table.Td>
                      <Table.Td>{t(`network.proposals.frequencies.${issue.frequency}`)}</Table.Td>
                      <Table.Td>{issue.evidenceCount}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </section>
      </Stack>
    </>
  );
}
