import { Box, SimpleGrid, Table, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { ScrollTable } from "../../../../components/scroll-table";

export type FigureRow = { key: string; cells: (string | number)[] };

/**
 * One breakdown: its heading, the chart, and the same numbers as a table. The chart is a picture
 * for the eye only (hidden from screen readers, nothing in it to focus); the table says it all.
 */
export function FigureSection({
  title,
  chart,
  columns,
  rows,
}: {
  title: string;
  chart: ReactNode;
  columns: string[];
  rows: FigureRow[];
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} mb="xl">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <div aria-hidden="true">{chart}</div>
        <ScrollTable minWidth={320} label={t("consultation.figures.tableOf", { name: title })}>
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
                    typeof cell === "number" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
                      <Table.Td key={index} ta="right">
                        {formatNumber(cell, i18n.language)}
                      </Table.Td>
                    ) : index === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
                      <Table.Th key={index} scope="row" fw={400}>
                        {cell}
                      </Table.Th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed per table
                      <Table.Td key={index}>{cell}</Table.Td>
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
