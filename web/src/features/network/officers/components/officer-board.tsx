import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type Officer, officerRoles } from "@otagai/shared/network/officers";
import { IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { useOfficerBoard } from "../api/officers";

/** The board as of a day, by role in the seed's order (理事長, 専務理事, 副理事長, 理事, 監事); printable. */
export function OfficerBoard({ on, onChange }: { on: string; onChange: (on: string | undefined) => void }) {
  const { t } = useTranslation();
  const board = useOfficerBoard(on);
  const items = board.data?.items ?? [];
  const byRole = officerRoles
    .map((role) => ({ role, officers: items.filter((officer) => officer.role === role) }))
    .filter((group) => group.officers.length > 0);

  return (
    <section aria-labelledby="officer-board-heading" className="officer-board">
      <Title order={2} size="h3" id="officer-board-heading" mb="sm" className="officers-no-print">
        {t("network.officers.board.heading")}
      </Title>
      <Group align="flex-end" gap="sm" mb="md" className="officers-no-print">
        <TextInput
          type="date"
          label={t("network.officers.board.on")}
          value={on}
          onChange={(event) => onChange(event.currentTarget.value || undefined)}
          w={180}
        />
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => window.print()}
        >
          {t("network.officers.board.print")}
        </Button>
      </Group>
      <Title order={2} size="h3" className="officers-print-only" mb="sm">
        {t("network.officers.board.printHeading", { on })}
      </Title>
      {board.isPending ? <LoadingState /> : null}
      {board.isError ? <ErrorState error={board.error} onRetry={() => void board.refetch()} /> : null}
      {board.data && items.length === 0 ? <Text>{t("network.officers.board.empty")}</Text> : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} className="officer-board-groups">
        {byRole.map((group) => (
          <Paper key={group.role} withBorder p="sm" className="officer-board-group">
            <Stack gap={4}>
              <Title order={3} size="h4">
                {t(`officerRoles.${group.role}`)}{" "}
                <Text span size="sm" c="dimmed">
                  {t("network.officers.board.count", { count: group.officers.length })}
                </Text>
              </Title>
              <BoardTable officers={group.officers} />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

function BoardTable({ officers }: { officers: Officer[] }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("network.officers.terms.columns.name")}</Table.Th>
          <Table.Th scope="col">{t("network.officers.board.from")}</Table.Th>
          <Table.Th scope="col">{t("network.officers.board.term")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {officers.map((officer) => (
          <Table.Tr key={officer.id}>
            <Table.Td>
              <AnchorLink to="/network/officers/$id" params={{ id: officer.id }} fw={600}>
                {officer.name}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{officer.memberOrganizationName ?? ""}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              {officer.termStartsOn}〜{officer.termEndsOn}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
