import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { modals } from "@mantine/modals";
import type { DuplicatePair } from "@otagai/shared/support/duplicates";
import type { ParticipantSummary } from "@otagai/shared/support/participants";
import { IconArrowsJoin, IconCircleX } from "@tabler/icons-react";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { PaginationBar } from "../../../../components/pagination-bar";
import { ErrorState, LoadingState, MutationError } from "../../../../components/query-state";
import { AnchorLink, ButtonLink } from "../../../../components/router-links";
import { useIsPhone } from "../../../../components/use-is-phone";
import { useDismissPair } from "../api/dismiss-pair";
import { duplicatePairsPageSize, useDuplicatePairs } from "../api/find-duplicate-pairs";
import { formatDate, formatDateTime, fullKana, fullName, percent } from "../person-format";

function Person({ person }: { person: ParticipantSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <AnchorLink to="/support/participants/$id" params={{ id: person.id }} search={{}} fw={600}>
        {fullName(person)}
      </AnchorLink>
      <Text size="xs" c="dimmed">
        {fullKana(person)}
      </Text>
      <Text size="xs">
        {person.birthDate
          ? t("support.duplicates.pairs.birthDate", { date: formatDate(person.birthDate, i18n.language) })
          : t("support.duplicates.pairs.noBirthDate")}
      </Text>
    </div>
  );
}

function Reasons({ pair }: { pair: DuplicatePair }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {pair.reasons.map((reason) => (
        <Badge key={reason} variant="light" color="gray" tt="none" fw={500}>
          {t(`support.participants.duplicates.reasons.${reason}`)}
        </Badge>
      ))}
    </Group>
  );
}

function Actions({ pair, onDismiss }: { pair: DuplicatePair; onDismiss: (pair: DuplicatePair) => void }) {
  const { t } = useTranslation();
  const names = { first: fullName(pair.participant), second: fullName(pair.other) };
  return (
    <Group gap="xs" wrap="wrap">
      <ButtonLink
        to="/support/duplicates/merge"
        search={{ a: pair.participant.id, b: pair.other.id }}
        size="xs"
        leftSection={<IconArrowsJoin size={14} aria-hidden />}
        aria-label={t("support.duplicates.pairs.compareLabel", names)}
      >
        {t("support.duplicates.pairs.compare")}
      </ButtonLink>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconCircleX size={14} aria-hidden />}
        aria-label={t("support.duplicates.pairs.dismissLabel", names)}
        onClick={() => onDismiss(pair)}
      >
        {t("support.duplicates.pairs.dismiss")}
      </Button>
    </Group>
  );
}

function Score({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <Text fw={600} aria-label={t("support.duplicates.pairs.scoreLabel", { score: percent(score) })}>
      {t("support.duplicates.pairs.score", { score: percent(score) })}
    </Text>
  );
}

function pairKey(pair: DuplicatePair): string {
  return `${pair.participant.id} ${pair.other.id}`;
}

function PairTable({
  pairs,
  onDismiss,
}: {
  pairs: DuplicatePair[];
  onDismiss: (pair: DuplicatePair) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table captionSide="top" striped verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("support.duplicates.pairs.tableCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("support.duplicates.pairs.columns.people")}</Table.Th>
            <Table.Th scope="col">{t("support.duplicates.pairs.columns.reasons")}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>
              {t("support.duplicates.pairs.columns.score")}
            </Table.Th>
            <Table.Th scope="col">{t("support.duplicates.pairs.columns.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((pair) => (
            <Table.Tr key={pairKey(pair)}>
              <Table.Td>
                <Group gap="lg" align="flex-start" wrap="nowrap">
                  <Person person={pair.participant} />
                  <Person person={pair.other} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Reasons pair={pair} />
              </Table.Td>
              <Table.Td>
                <Score score={pair.score} />
              </Table.Td>
              <Table.Td>
                <Actions pair={pair} onDismiss={onDismiss} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On a phone each pair is a card: both people, the reasons, the score and the actions in view. */
function PairCards({
  pairs,
  onDismiss,
}: {
  pairs: DuplicatePair[];
  onDismiss: (pair: DuplicatePair) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      aria-label={t("support.duplicates.pairs.tableCaption")}
      style={{ listStyle: "none" }}
    >
      {pairs.map((pair) => (
        <Paper component="li" key={pairKey(pair)} withBorder p="sm" radius="md">
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap="xs">
                <Person person={pair.participant} />
                <Person person={pair.other} />
              </Stack>
              <Score score={pair.score} />
            </Group>
            <Reasons pair={pair} />
            <Actions pair={pair} onDismiss={onDismiss} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** The newest finished sweep's pairs, best first; "not a duplicate" after a confirmation. */
export function PairList({ page, onPage }: { page: number; onPage: (page: number) => void }): JSX.Element {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const pairs = useDuplicatePairs(page);
  const dismiss = useDismissPair();
  const [dismissed, setDismissed] = useState(false);

  function confirmDismiss(pair: DuplicatePair) {
    dismiss.reset();
    setDismissed(false);
    const names = { first: fullName(pair.participant), second: fullName(pair.other) };
    modals.openConfirmModal({
      title: t("support.duplicates.pairs.dismissTitle"),
      centered: true,
      closeButtonProps: { "aria-label": t("common.cancel") },
      children: <Text>{t("support.duplicates.pairs.dismissBody", names)}</Text>,
      labels: { confirm: t("support.duplicates.pairs.dismiss"), cancel: t("common.cancel") },
      onConfirm: () =>
        dismiss.mutate(
          { participantId: pair.participant.id, otherId: pair.other.id },
          { onSuccess: () => setDismissed(true) },
        ),
    });
  }

  const data = pairs.data;
  return (
    <Stack component="section" gap="sm" aria-labelledby="duplicate-pairs-heading">
      <Title order={2} size="h4" id="duplicate-pairs-heading">
        {t("support.duplicates.pairs.heading")}
      </Title>
      {data?.sweepFinishedAt ? (
        <Text size="sm" c="dimmed">
          {t("support.duplicates.pairs.asOf", { date: formatDateTime(data.sweepFinishedAt, i18n.language) })}
        </Text>
      ) : null}
      {dismissed ? (
        <Text size="sm" c="otagai.8" role="status">
          {t("support.duplicates.pairs.dismissed")}
        </Text>
      ) : null}
      <MutationError error={dismiss.error} title={t("support.duplicates.pairs.dismissFailedTitle")} />
      {pairs.isPending ? <LoadingState /> : null}
      {pairs.isError ? <ErrorState error={pairs.error} onRetry={() => void pairs.refetch()} /> : null}
      {data && data.sweepId === null ? <Text>{t("support.duplicates.pairs.noneYet")}</Text> : null}
      {data && data.sweepId !== null && data.items.length === 0 ? (
        <Text>{t("support.duplicates.pairs.none")}</Text>
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          {isPhone ? (
            <PairCards pairs={data.items} onDismiss={confirmDismiss} />
          ) : (
            <PairTable pairs={data.items} onDismiss={confirmDismiss} />
          )}
          <PaginationBar
            page={data.page}
            pageSize={data.pageSize || duplicatePairsPageSize}
            total={data.total}
            totalCapped={data.totalCapped}
            onChange={onPage}
          />
        </>
      ) : null}
    </Stack>
  );
}
