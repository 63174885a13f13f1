import { Group, Stack, Table, Text } from "@mantine/core";
import type { ParticipantSummary } from "@otagai/shared/support/participants";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { CardList } from "../../../../components/card-list";
import { AnchorLink } from "../../../../components/router-links";
import { useIsPhone } from "../../../../components/use-is-phone";
import { usePrograms } from "../api/get-programs";
import { formatDate, fullKana, fullName } from "../participant-format";
import { CaseStatusBadge } from "./case-status-badge";

function ParticipantName({ participant }: { participant: ParticipantSummary }) {
  return (
    <>
      <AnchorLink to="/support/participants/$id" params={{ id: participant.id }} search={{}} fw={600}>
        {fullName(participant)}
      </AnchorLink>
      <Text size="xs" c="dimmed">
        {fullKana(participant)}
      </Text>
    </>
  );
}

/** Each case as its program and step; a program the user cannot see is not named. */
function ParticipantCases({ participant }: { participant: ParticipantSummary }) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const names = new Map((programs.data?.items ?? []).map((program) => [program.id, program.name]));
  if (participant.cases.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("support.participants.noCases")}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {participant.cases.map((item) => (
        <Group key={item.id} gap="xs" wrap="nowrap">
          <CaseStatusBadge status={item.status} />
          <Text size="sm">{names.get(item.programId) ?? t("support.participants.cases.unknownProgram")}</Text>
        </Group>
      ))}
    </Stack>
  );
}

function ageText(age: number | null, t: TFunction): string {
  return age === null ? "" : t("support.participants.ageYears", { age });
}

/** On a phone each participant is a card: every column in view, nothing pushed off the screen. */
function ParticipantCards({ participants }: { participants: ParticipantSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <CardList
      label={t("support.participants.tableCaption")}
      items={participants}
      itemKey={(participant) => participant.id}
    >
      {(participant) => (
        <>
          <ParticipantName participant={participant} />
          {participant.birthDate ? (
            <Text size="sm" mt={4}>
              {formatDate(participant.birthDate, i18n.language)} ・ {ageText(participant.age, t)}
            </Text>
          ) : null}
          <div style={{ marginTop: 6 }}>
            <ParticipantCases participant={participant} />
          </div>
        </>
      )}
    </CardList>
  );
}

export function ParticipantTable({ participants }: { participants: ParticipantSummary[] }) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  if (isPhone) return <ParticipantCards participants={participants} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("support.participants.tableCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("support.participants.columns.name")}</Table.Th>
            <Table.Th scope="col">{t("support.participants.columns.birthDate")}</Table.Th>
            <Table.Th scope="col">{t("support.participants.columns.age")}</Table.Th>
            <Table.Th scope="col">{t("support.participants.columns.cases")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>{t("common.noResults")}</Table.Td>
            </Table.Tr>
          ) : null}
          {participants.map((participant) => (
            <Table.Tr key={participant.id}>
              <Table.Td>
                <ParticipantName participant={participant} />
              </Table.Td>
              <Table.Td>{formatDate(participant.birthDate, i18n.language)}</Table.Td>
              <Table.Td>{ageText(participant.age, t)}</Table.Td>
              <Table.Td>
                <ParticipantCases participant={participant} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
