import { BarChart } from "@mantine/charts";
import { Box, Button, Group, Paper, SimpleGrid, Table, Text, TextInput, Title } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { ScrollTable } from "../../../../components/scroll-table";
import { useMemberCount, useMemberCountByYear } from "../api/members";

const seedDate = "2018-04-01";
const firstYear = 1985;

function fiscalYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

/** The member count on a chosen date, and the count on April 1 of each fiscal year (chart and table). */
export function MemberCountPanel({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const m = "network.members.count" as const;
  const [on, setOn] = useState(today);
  const count = useMemberCount(on);
  const lastYear = fiscalYearOf(today);
  const byYear = useMemberCountByYear(firstYear, lastYear);
  const headingId = useId();
  const tableHeadingId = useId();
  const rows = byYear.data?.items ?? [];

  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t(`${m}.title`)}
      </Title>
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          type="date"
          label={t(`${m}.on`)}
          value={on}
          onChange={(event) => setOn(event.currentTarget.value)}
        />
        <Button variant="light" onClick={() => setOn(seedDate)}>
          {t(`${m}.example`)}
        </Button>
      </Group>
      <Text size="lg" fw={600} role="status" aria-live="polite" data-testid="member-count">
        {count.data
          ? t(`${m}.result`, { on: count.data.on, count: formatNumber(count.data.count, i18n.language) })
          : " "}
      </Text>
      <Title order={3} size="h5" mt="lg" mb="sm" id={tableHeadingId}>
        {t(`${m}.chartTitle`)}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Box aria-hidden="true">
          <BarChart
            h={260}
            data={rows.map((row) => ({ ...row, label: String(row.fiscalYear) }))}
            dataKey="label"
            series={[{ name: "count", label: t(`${m}.count`), color: "blue.6" }]}
            barChartProps={{ accessibilityLayer: false }}
            withTooltip={false}
          />
        </Box>
        <ScrollTable minWidth={320} label={t(`${m}.tableCaption`)}>
          <Table striped withTableBorder aria-labelledby={tableHeadingId} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("network.members.fiscalYearLabel")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t(`${m}.count`)}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t(`${m}.joined`)}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t(`${m}.left`)}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...rows].reverse().map((row) => (
                <Table.Tr key={row.fiscalYear}>
                  <Table.Th scope="row" fw={400}>
                    {t("network.members.fiscalYear", { year: row.fiscalYear })}
                  </Table.Th>
                  <Table.Td ta="right">{formatNumber(row.count, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.joined, i18n.language)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.left, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </SimpleGrid>
    </Paper>
  );
}
