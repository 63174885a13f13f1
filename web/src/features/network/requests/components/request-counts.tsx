import { BarChart } from "@mantine/charts";
import { Box, Group, Select, SimpleGrid, Table, Title } from "@mantine/core";
import { type NetworkRequestCounts, networkRequestStatuses } from "@otagai/shared/network/requests";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { ScrollTable } from "../../../../components/scroll-table";
import { useNetworkRequestCounts } from "../api/requests";
import { currentFiscalYear } from "../request-format";

const chartProps = { accessibilityLayer: false };

function CountsTable({ counts, headingId }: { counts: NetworkRequestCounts; headingId: string }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <ScrollTable minWidth={420} labelledBy={headingId}>
      <Table striped withTableBorder aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("network.requests.counts.kind")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("network.requests.counts.total")}
            </Table.Th>
            {networkRequestStatuses.map((status) => (
              <Table.Th key={status} scope="col" ta="right">
                {t(`network.requests.statuses.${status}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {counts.byKind.map((row) => (
            <Table.Tr key={row.kind}>
              <Table.Th scope="row" fw={400}>
                {t(`network.requests.kinds.${row.kind}`)}
              </Table.Th>
              <Table.Td ta="right">{number(row.count)}</Table.Td>
              {networkRequestStatuses.map((status) => (
                <Table.Td key={status} ta="right">
                  {number(row.byStatus[status])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t("network.requests.counts.total")}</Table.Th>
            <Table.Td ta="right" fw={700}>
              {number(counts.total)}
            </Table.Td>
            {networkRequestStatuses.map((status) => (
              <Table.Td key={status} ta="right" fw={700}>
                {number(counts.byStatus[status])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/**
 * The year's requests by kind: a bar chart for the eye (hidden from screen readers) and the same
 * numbers as a table, by status too. The year is chosen here (today's fiscal year by default).
 */
export function RequestCounts({
  fiscalYear,
  onYearChange,
}: {
  fiscalYear: number | undefined;
  onYearChange: (year: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const thisYear = currentFiscalYear();
  const year = fiscalYear ?? thisYear;
  const counts = useNetworkRequestCounts(year);
  const years = Array.from({ length: 6 }, (_, index) => String(thisYear - index));
  if (!years.includes(String(year))) years.push(String(year));
  const data = (counts.data?.byKind ?? []).map((row) => ({
    label: t(`network.requests.kinds.${row.kind}`),
    count: row.count,
  }));

  return (
    <Box component="section" aria-labelledby={headingId} mt="xl">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t("network.requests.counts.heading")}
          {`（${t("network.requests.fiscalYearLabel", { year })}）`}
        </Title>
        <Select
          label={t("network.requests.counts.fiscalYear")}
          allowDeselect={false}
          data={years.map((value) => ({
            value,
            label: t("network.requests.fiscalYearLabel", { year: value }),
          }))}
          value={String(year)}
          onChange={(value) => onYearChange(value && Number(value) !== thisYear ? Number(value) : undefined)}
          w={160}
        />
      </Group>
      {counts.isPending ? <LoadingState /> : null}
      {counts.isError ? <ErrorState error={counts.error} onRetry={() => void counts.refetch()} /> : null}
      {counts.data ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <div aria-hidden="true">
            <BarChart
              h={300}
              data={data}
              dataKey="label"
              orientation="vertical"
              series={[{ name: "count", label: t("network.requests.counts.count"), color: "teal.6" }]}
              yAxisProps={{ width: 120 }}
              barChartProps={chartProps}
              withTooltip={false}
              withBarValueLabel
            />
          </div>
          <CountsTable counts={counts.data} headingId={headingId} />
        </SimpleGrid>
      ) : null}
    </Box>
  );
}
