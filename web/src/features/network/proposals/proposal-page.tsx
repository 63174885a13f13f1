import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { Proposal } from "@otagai/shared/network/proposals";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconCircleCheck, IconFileTypePdf, IconPencil } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { NotFoundPage } from "../../../app/not-found-page";
import { useCurrentUser } from "../../../app/session";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import {
  isRecordId,
  proposalPdfUrl,
  useAddProposalEvent,
  useMoveProposal,
  useProposal,
  useUpdateProposal,
} from "./api/proposals";
import { FiguresSection } from "./components/figures-section";
import { EventForm, MoveForm, ProposalForm } from "./components/proposal-forms";
import { proposalStatusColors } from "./proposal-format";

const routeApi = getRouteApi("/_authenticated/network/proposals/$id");

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

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function ProposalDetails({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const d = (key: string) => t(`network.proposals.detail.${key}` as "network.proposals.detail.status");
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
        <Detail label={t("network.proposals.fields.addressee")}>{proposal.addressee}</Detail>
        <Detail label={d("period")}>
          {t("network.proposals.detail.periodValue", { from: proposal.periodFrom, to: proposal.periodTo })}
        </Detail>
        <Detail label={d("submittedOn")}>{proposal.submittedOn ?? "—"}</Detail>
        <Detail label={d("answeredOn")}>{proposal.answeredOn ?? "—"}</Detail>
        <Detail label={t("network.proposals.fields.summary")}>{proposal.summary || "—"}</Detail>
        <Detail label={d("answer")}>{proposal.answer || "—"}</Detail>
      </SimpleGrid>
      <dl style={{ margin: 0, marginTop: "var(--mantine-spacing-md)" }}>
        <Detail label={t("network.proposals.fields.body")}>{proposal.body || "—"}</Detail>
      </dl>
    </Paper>
  );
}

/** One proposal: its text, status moves, live figures, grouped issues and the campaign's history. */
export function ProposalPage(): JSX.Element {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id } = routeApi.useParams();
  const proposal = useProposal(id);
  const update = useUpdateProposal(id);
  const move = useMoveProposal(id);
  const addEvent = useAddProposalEvent(id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canWrite = roleHas(me.role, "proposals.write");

  if (!isRecordId(id) || (isApiError(proposal.error) && proposal.error.status === 404))
    return <NotFoundPage />;
  const record = proposal.data;

  return (
    <>
      <AnchorLink to="/network/proposals" size="sm" display="inline-block" mb="sm">
        {t("network.proposals.backToList")}
      </AnchorLink>
      <PageHeader
        title={record?.title ?? t("network.proposals.title")}
        lead={
          record ? (
            <Badge variant="light" color={proposalStatusColors[record.status]} c="dark" radius="sm">
              {t(`network.proposals.statuses.${record.status}`)}
            </Badge>
          ) : undefined
        }
        actions={
          record ? (
            <Group>
              <Button
                component="a"
                href={proposalPdfUrl(record.id)}
                variant="light"
                leftSection={<IconFileTypePdf size={16} aria-hidden />}
              >
                {t("network.proposals.detail.pdf")}
              </Button>
              {canWrite && !editing ? (
                <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                  {t("network.proposals.editProposal")}
                </Button>
              ) : null}
            </Group>
          ) : null
        }
      />
      {proposal.isPending ? <LoadingState /> : null}
      {proposal.isError ? (
        <ErrorState error={proposal.error} onRetry={() => void proposal.refetch()} />
      ) : null}
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
            <ProposalForm
              record={record}
              mutation={update}
              onSave={async (input) => {
                await update.mutateAsync({ proposal: input, version: record.version });
                setEditing(false);
                setNotice(t("network.proposals.saved"));
              }}
              onCancel={() => {
                update.reset();
                setEditing(false);
              }}
            />
          ) : (
            <ProposalDetails proposal={record} />
          )}
          {canWrite && record.nextStatus ? (
            <Section id="proposal-move" title={t("network.proposals.fields.status")}>
              <MoveForm
                key={`${record.id}:${record.version}`}
                proposal={record}
                next={record.nextStatus}
                mutation={move}
                onSave={async (input) => {
                  await move.mutateAsync(input);
                  setNotice(t("network.proposals.detail.moved"));
                }}
              />
            </Section>
          ) : null}
          <FiguresSection proposal={record} canWrite={canWrite} />
          <Section id="proposal-issues" title={t("network.proposals.detail.issues")}>
            {record.issues.length === 0 ? (
              <Text>{t("network.proposals.detail.issuesEmpty")}</Text>
            ) : (
              <List spacing="xs">
                {record.issues.map((issue) => (
                  <List.Item key={issue.id}>
                    <AnchorLink to="/network/policy-issues/$id" params={{ id: issue.id }}>
                      {issue.title}
                    </AnchorLink>{" "}
                    <Text span size="sm" c="dimmed">
                      {issue.noticedOn}・{t(`network.proposals.sources.${issue.source}`)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </Section>
          <Section id="proposal-events" title={t("network.proposals.detail.events")}>
            {record.events.length === 0 ? (
              <Text>{t("network.proposals.detail.eventsEmpty")}</Text>
            ) : (
              <List spacing="xs" mb="md">
                {record.events.map((event) => (
                  <List.Item key={event.id}>
                    <Text span fw={700}>
                      {event.happenedOn}
                    </Text>{" "}
                    <Badge variant="outline" c="dark" color="gray" radius="sm" mx={4}>
                      {t(`network.proposals.eventKinds.${event.kind}`)}
                    </Badge>
                    {event.kind === "status"
                      ? t(`network.proposals.statuses.${event.description as Proposal["status"]}`)
                      : event.description}
                  </List.Item>
                ))}
              </List>
            )}
            {canWrite ? (
              <EventForm
                mutation={addEvent}
                onSave={async (input) => {
                  await addEvent.mutateAsync(input);
                  setNotice(t("network.proposals.detail.eventAdded"));
                }}
              />
            ) : null}
          </Section>
          {record.figures.length > 0 ? (
            <Anchor href={proposalPdfUrl(record.id)} size="sm">
              {t("network.proposals.detail.pdf")}
            </Anchor>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
