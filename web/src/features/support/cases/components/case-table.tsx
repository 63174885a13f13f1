import { Group, Table, Text } from "@mantine/core";
import type { CaseSummary } from "@otagai/shared/support/cases";
import { useTranslation } from "react-i18next";
import { CardList } from "../../../../components/card-list";
import { AnchorLink } from "../../../../components/router-links";
import { useIsPhone } from "../../../../components/use-is-phone";
import { usePrograms } from "../api/get-programs";
import { CaseStatusBadge } from "./case-status-badge";
import { formatDate } from "./dates";

function ParticipantName({ item }: { item: CaseSummary }) {
  return (
    <>
      <AnchorLink to="/support/cases/$id" params={{ id: item.id }} fw={600}>
        {item.participantName}
      </AnchorLink>
      {item.participantNameKana ? (
        <Text size="xs" c="dimmed">
          {item.participantNameKana}
        </Text>
      ) : null}
    </>
  );
}

function useProgramName() {
  const programs = usePrograms();
  const names = new Map((programs.data?.items ?? []).map((program) => [program.id, program.name]));
  return (id: string) => names.get(id) ?? "";
}

/** On a phone each case is a card: every column in view, nothing pushed off the screen. */
function CaseCards({ items }: { items: CaseSummary[] }) {
  const { t, i18n } = useTranslation();
  const programName = useProgramName();
  return (
    <CardList label={t("support.cases.ui.list.caption")} items={items} itemKey={(item) => item.id}>
      {(item) => (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <ParticipantName item={item} />
            </div>
            <CaseStatusBadge status={item.status} />
          </Group>
          <Text size="sm" mt={4}>
            {programName(item.programId)}
          </Text>
          <Text size="sm" c="dimmed">
            {t("support.cases.fields.leadCoordinator")}:{" "}
            {item.leadCoordinatorName ?? t("support.cases.ui.none")}
            {" ・ "}
            {t("support.cases.fields.openedOn")}: {formatDate(item.openedOn, i18n.language)}
          </Text>
        </>
      )}
    </CardList>
  );
}

export function CaseTable({ items }: { items: CaseSummary[] }) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const programName = useProgramName();
  if (isPhone) return <CaseCards items={items} />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("support.cases.ui.list.caption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("support.cases.fields.participant")}</Table.Th>
            <Table.Th scope="col">{t("support.cases.fields.program")}</Table.Th>
            <Table.Th scope="col">{t("support.cases.fields.status")}</Table.Th>
            <Table.Th scope="col">{t("support.cases.fields.leadCoordinator")}</Table.Th>
            <Table.Th scope="col">{t("support.cases.fields.openedOn")}</Table.Th>
            <Table.Th scope="col">{t("support.cases.fields.closedOn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>{t("common.noResults")}</Table.Td>
            </Table.Tr>
          ) : null}
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <ParticipantName item={item} />
              </Table.Td>
              <Table.Td>{programName(item.programId)}</Table.Td>
              <Table.Td>
                <CaseStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{item.leadCoordinatorName ?? ""}</Table.Td>
              <Table.Td>{formatDate(item.openedOn, i18n.language)}</Table.Td>
              <Table.Td>{formatDate(item.closedOn, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
