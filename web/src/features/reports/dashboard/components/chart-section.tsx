import { Box, SimpleGrid, Table, Text, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { ScrollTable } from "../../../../components/scroll-table";

export type ChartTableRow = { key: string; cells: (string | number | null)[] };

/**
 * One chart with the same numbers as a table beside it: the chart is a picture for the eye only
 * (hidden from screen readers, nothing to focus in it); the table says it all. null: not begun.
 */
export function ChartSection({
  title,
  chart,
  columns,
  rows,
  note,
  stacked = false,
}: {
  title: string;
  chart: ReactNode;
  columns: string[];
  rows: ChartTableRow[];
  note?: string;
  /** The table under the chart, full width (a table with many columns). */
  stacked?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} mb="xl">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {title}
      </Title>
      {note ? (
        <Text size="sm" c="dimmed" mb="sm">
          {note}
        </Text>
      ) : null}
      <SimpleGrid cols={stacked ? 1 : { base: 1, lg: 2 }} spacing="lg">
        <div aria-hidden="true" data-testid="dashboard-chart">
          {chart}
        </div>
        <ScrollTable minWidth={360} label={t("reports.dashboard.tableOf", { name: title })}>
          <Table striped withTableBorder aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column, index) => (
                  <Table.Th key={column} scope="col" ta={index === 0 ? undefined : "right"}>
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
                      <Table.Th key={index} scope="row" fw={400}>
                        {cell}
                      </Table.Th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
                      <Table.Td key={index} ta="right">
                        {typeof cell === "number"
                          ? formatNumber(cell, i18n.language)
                          : (cell ?? t("reports.dashboard.notBegun"))}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </SimpleGrid>
    </Box>
  );
}
