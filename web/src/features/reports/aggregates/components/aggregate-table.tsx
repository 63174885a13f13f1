import { Box, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import type { AggregateCell, AggregateTable as Table_ } from "@otagai/shared/reports/aggregates";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { ScrollTable } from "../../../../components/scroll-table";

/** A count, or the symbol of a hidden one with its reason for screen readers and on hover. */
function Count({ cell, threshold }: { cell: AggregateCell; threshold: number }) {
  const { t, i18n } = useTranslation();
  if (cell.suppressed === null) return <>{formatNumber(cell.value ?? 0, i18n.language)}</>;
  const reason =
    cell.suppressed === "primary"
      ? t("reports.aggregates.suppressedPrimary", { threshold })
      : t("reports.aggregates.suppressedSecondary");
  return (
    <abbr title={reason} data-suppressed={cell.suppressed} style={{ textDecoration: "none" }}>
      <span aria-hidden="true">{t("reports.aggregates.symbol")}</span>
      <VisuallyHidden>{reason}</VisuallyHidden>
    </abbr>
  );
}

/** One aggregate table with its totals row and column, a hidden count shown as the symbol. */
export function AggregateTable({ table, threshold }: { table: Table_; threshold: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const total = t("reports.aggregates.total");
  return (
    <Box component="section" aria-labelledby={headingId} mb="xl">
      <Title order={2} size="h3" id={headingId} mb={4}>
        {t(`reports.aggregates.tables.${table.key}`)}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t(`reports.aggregates.notes.${table.key}`)}
      </Text>
      <ScrollTable minWidth={Math.max(480, 120 + table.columns.length * 72)} labelledBy={headingId}>
        <Table
          withTableBorder
          withColumnBorders
          aria-labelledby={headingId}
          data-testid={`aggregate-${table.key}`}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`reports.aggregates.rowHeadings.${table.key}`)}</Table.Th>
              {table.columns.map((column) => (
                <Table.Th key={column.key} scope="col" ta="right">
                  {column.label}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {total}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                {row.cells.map((cell, index) => (
                  <Table.Td key={table.columns[index]?.key ?? index} ta="right">
                    <Count cell={cell} threshold={threshold} />
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  <Count cell={row.total} threshold={threshold} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{total}</Table.Th>
              {table.totals.map((cell, index) => (
                <Table.Td key={table.columns[index]?.key ?? index} ta="right" fw={700}>
                  <Count cell={cell} threshold={threshold} />
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                <Count cell={table.grandTotal} threshold={threshold} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollTable>
    </Box>
  );
}
